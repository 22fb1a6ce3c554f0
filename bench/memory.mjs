// Memory of the real server (`node dist/src/main.js`) on a fresh database: RSS after start (idle) and after a short
// load, with where it goes: V8 heap, external/ArrayBuffers (PGlite's WebAssembly memory lives there), and the
// process's resident anonymous vs file-backed pages (code of node and the .wasm/.node files).
// Each run starts the server twice, alternating: as `npm start` does (scripts/node-tuned.sh: malloc arenas and
// threshold, 8 MB semi-spaces) and with bare `node` as the baseline.
// usage: npm run build && node bench/memory.mjs [--runs 3] [--only tuned|plain]          (embedded PGlite)
//        DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/memory.mjs  (a fresh database on that server)
import fs from 'node:fs';
import { median, run, signIn, startServer, throwAwayDatabase } from './lib.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined; // tuned | plain
const launchers = only ? [only] : ['tuned', 'plain'];
const mb = (bytes) => Math.round(bytes / 1048576);

function procStatus(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile') };
}

async function metrics(base) {
  const text = await (await fetch(`${base}/metrics`)).text();
  const value = (name) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    heapUsed: value('nodejs_heap_size_used_bytes'),
    heapTotal: value('nodejs_heap_size_total_bytes'),
    external: value('nodejs_external_memory_bytes'),
  };
}

/** The server's database: a throw-away PostgreSQL database when DATABASE_URL is set, else its own PGlite directory. */
async function freshDatabase() {
  const { database, drop } = await throwAwayDatabase('cg_bench_mem');
  return { env: database.kind === 'postgres' ? { DATABASE_URL: database.url } : {}, drop };
}

async function sample(base, pid) {
  return { ...procStatus(pid), ...(await metrics(base)) };
}

const row = (label, s) => ({
  when: label,
  'RSS MB': mb(s.rss),
  'anon MB': mb(s.anon),
  'file MB': mb(s.file),
  'heap used MB': mb(s.heapUsed),
  'heap total MB': mb(s.heapTotal),
  'external MB': mb(s.external),
});

const results = { tuned: [], plain: [] };
for (let i = 0; i < runs; i++) {
  for (const launcher of launchers) {
    const db = await freshDatabase();
    const server = await startServer({ env: { ...db.env, LOG_LEVEL: 'warn' }, launcher });
    try {
      await new Promise((r) => setTimeout(r, 5000)); // first-start work settles (bootstrap, pg-boss maintenance)
      const idle = await sample(server.base, server.child.pid);
      const token = await signIn(server.base, server.apiKey, 'admin', server.password);
      const headers = { 'x-api-key': server.apiKey, authorization: `Bearer ${token}` };
      await run(`${server.base}/v2/user/me`, { headers, duration: 5, connections: 10 });
      await run(`${server.base}/v2/targets`, { headers, duration: 3, connections: 10 });
      const loaded = await sample(server.base, server.child.pid);
      results[launcher].push({ idle, loaded });
      console.table([row(`run ${i + 1} ${launcher} idle`, idle), row(`run ${i + 1} ${launcher} after load`, loaded)]);
    } finally {
      await server.stop();
      await db.drop();
    }
  }
}
for (const launcher of launchers) {
  const rs = results[launcher];
  console.log(
    `${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, ${launcher === 'tuned' ? 'npm start (scripts/node-tuned.sh)' : 'bare node (baseline)'}: ` +
      `median RSS idle ${mb(median(rs.map((r) => r.idle.rss)))} MB, after load ${mb(median(rs.map((r) => r.loaded.rss)))} MB (${runs} runs)`,
  );
}
