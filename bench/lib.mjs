// Shared pieces of the benchmarks: start the built server on 127.0.0.1, sign in, run autocannon, a throw-away database.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * Starts the built server on a fresh data directory. `launcher: 'tuned'` (the default) starts it as `npm start` does,
 * through scripts/node-tuned.sh (malloc and V8 heap settings); 'plain' with bare `node`, for a baseline
 * (BENCH_LAUNCHER=plain runs any benchmark that way).
 */
export async function startServer({
  port = 3900 + Math.floor(Math.random() * 500),
  env = {},
  launcher = process.env.BENCH_LAUNCHER ?? 'tuned',
} = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-bench-'));
  const apiKey = `cgk_bench_${Math.random().toString(36).slice(2)}_${Date.now()}`;
  const password = `bench password ${Math.random().toString(36).slice(2)}`;
  // BENCH_NODE_ARGS passes flags to the server process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where time goes.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const entry = [...nodeArgs, path.join(root, 'dist/src/main.js')];
  const [command, args] =
    launcher === 'plain' ? [process.execPath, entry] : [path.join(root, 'scripts/node-tuned.sh'), entry];
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      BOOTSTRAP_API_KEY: apiKey,
      BOOTSTRAP_ADMIN_PASSWORD: password,
      BOOTSTRAP_ADMIN_USERNAME: 'admin',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error('server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { base, apiKey, password, stop, child };
}

export async function signIn(base, apiKey, username, password) {
  const res = await fetch(`${base}/auth/sign_in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({ username, password }),
  });
  const body = await res.json();
  if (!body.token) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return body.token;
}

export function run(url, { headers = {}, duration = 10, connections = 10, method = 'GET', body } = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, duration, connections, method, body }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

export function summary(name, r) {
  const bad = r.non2xx + r.errors + r.timeouts;
  return {
    name,
    'req/s': Math.round(r.requests.average),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    requests: r.requests.total,
    'non-2xx/errors': bad,
  };
}

/** The median of a list of numbers (the upper one of the two middle values when the count is even). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Whether an `nmap` binary is on the PATH; says so, with the install command, when it is not. */
export function nmapInstalled() {
  try {
    execFileSync('nmap', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.log('nmap is not installed: only the builtin engine is measured (apt-get install -y nmap)');
    return false;
  }
}

/** The p-th percentile (nearest rank) of an ascending array. */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * A database of the benchmark's own: a fresh one next to DATABASE_URL (dropped by `drop`), or in-memory PGlite when
 * DATABASE_URL is unset. `database` is the app factory's DatabaseTarget.
 */
export async function throwAwayDatabase(prefix) {
  if (!process.env.DATABASE_URL)
    return { database: { kind: 'pglite', dataDir: 'memory://' }, drop: async () => undefined };
  const name = `${prefix}_${Date.now()}`;
  const admin = async (sql) => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', url: url.toString() },
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
