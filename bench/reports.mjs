// Issue 15 item 7: a detailed CSV of BENCH_FINDINGS (default 1,000,000) findings streamed at constant memory
// (target: server peak RSS growth ≤ 100 MB, ≥ 50,000 rows/s), and a detailed PDF of BENCH_PDF_FINDINGS (default
// 10,000) findings in ≤ 30 s. PostgreSQL only (it seeds through a second connection, as bench/vulnerabilities-1m.mjs).
//
// usage: npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/reports.mjs
// (BENCH_KEEP=1 keeps the database it creates, to investigate the queries; BENCH_NODE_ARGS passes flags to the server)
//
// Creates a throw-away database, starts the built server against it (its own process: its RSS is read from
// /proc/<pid>/status every 50 ms), seeds two organizations with one set-based INSERT each, then asks for each report
// over HTTP, polls until it is completed, and downloads it (counting rows / checking the hash). Rates are measured
// from the report's started_at to generated_at (the job's own time) and from request to download end (wall).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import argon2 from 'argon2';
import pg from 'pg';
import { signIn, startServer } from './lib.mjs';

const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 1_000_000);
const PDF_FINDINGS = Number(process.env.BENCH_PDF_FINDINGS ?? 10_000);

if (!process.env.DATABASE_URL) {
  console.log(
    'Note: DATABASE_URL is not set. This benchmark seeds through a second connection and targets PostgreSQL.',
  );
  process.exit(0);
}

const adminUrl = new URL(process.env.DATABASE_URL);
const dbName = `cg_bench_reports_${Date.now()}`;
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${dbName}`;

const rssOf = (pid) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
};
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

async function seed(db, name, count, hosts) {
  const password = `bench password ${Math.random().toString(36).slice(2)}`;
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const [{ id: orgId }] = (await db.query(`INSERT INTO organizations (name) VALUES ($1) RETURNING id`, [name])).rows;
  const username = `bench_${name.toLowerCase().replace(/\W+/g, '_')}`;
  await db.query(
    `INSERT INTO users (organization_id, username, email, password_hash, role, confirmed_at) VALUES ($1, $2, $3, $4, 'User', now())`,
    [orgId, username, `${username}@example.test`, hash],
  );
  // Finding i on host i % hosts, like bench/vulnerabilities-1m.mjs: 50 checks, severities 0-4, one in ten fixed.
  await db.query(
    `INSERT INTO vulnerabilities (organization_id, host, port, protocol, check_id, title, description, solution, cvss_vector,
       cvss_score, severity, severity_rank, cve, cwe, evidence, pci_fail, pci_reason, status, first_seen_at, last_seen_at, fixed_at)
     SELECT $1, '10.' || (h / 65536) || '.' || (h / 256 % 256) || '.' || (h % 256), 1 + (i / $3), 'tcp',
            'bench.check-' || (i % 50), 'Bench check ' || (i % 50) || ': a realistic title for a finding',
            'Description of the check: what is wrong, why it matters and how an attacker would use it.',
            'Upgrade the affected software to the latest version.',
            'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N', (i % 5) * 2.4, (ARRAY['info','low','medium','high','critical'])[i % 5 + 1], i % 5,
            ARRAY['CVE-2024-' || (i % 9000 + 1000)], ARRAY['CWE-200'], 'Server: Apache/2.4.' || (i % 60), i % 5 >= 2, NULL,
            CASE WHEN i % 10 = 0 THEN 'fixed' ELSE 'open' END, now() - interval '120 days', now() - (i % 90) * interval '1 day',
            CASE WHEN i % 10 = 0 THEN now() ELSE NULL END
       FROM generate_series(1, $2) AS i, LATERAL (SELECT i % $3 AS h) AS hh`,
    [orgId, count, hosts],
  );
  await db.query('VACUUM (ANALYZE) vulnerabilities');
  return { orgId, username, password };
}

async function measure(server, user, report, { countRows }) {
  const token = await signIn(server.base, server.apiKey, user.username, user.password);
  const headers = { 'x-api-key': server.apiKey, authorization: `Bearer ${token}` };
  const baseline = rssOf(server.child.pid);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server.child.pid))), 50);
  const t0 = Date.now();
  const res = await fetch(`${server.base}/v2/reports/generate`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ report }),
  });
  const { data } = await res.json();
  let a;
  for (;;) {
    a = (await (await fetch(`${server.base}/v2/reports/${data.id}`, { headers })).json()).data.attributes;
    if (a.status === 'completed' || a.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const generated = Date.now();
  const generationPeak = peak;
  peak = rssOf(server.child.pid);
  const downloadBaseline = peak;
  if (a.status !== 'completed') throw new Error(`report failed: ${a.error_message}`);
  const download = await fetch(`${server.base}/v2/reports/${data.id}/download`, { headers });
  const hash = createHash('sha256');
  let rows = 0;
  let size = 0;
  for await (const chunk of download.body) {
    hash.update(chunk);
    size += chunk.length;
    if (countRows) for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) rows++;
  }
  clearInterval(sampler);
  const jobMs = Date.parse(a.generated_at) - Date.parse(a.started_at);
  return {
    size,
    rows: countRows ? rows - 1 : null,
    hashOk: hash.digest('hex') === a.sha256,
    jobMs,
    wallMs: generated - t0,
    downloadMs: Date.now() - generated,
    baseline,
    peak: generationPeak,
    downloadBaseline,
    downloadPeak: peak,
  };
}

let server;
let db;
try {
  server = await startServer({
    env: { DATABASE_URL: benchUrl.toString(), RUN_PERIODIC_TASKS: 'false', LOG_LEVEL: 'warn' },
  });
  db = new pg.Client({ connectionString: benchUrl.toString() });
  await db.connect();
  let t = Date.now();
  const big = await seed(db, 'CSV Org', FINDINGS, 20_000);
  const small = await seed(db, 'PDF Org', PDF_FINDINGS, 200);
  console.log(
    `seeded ${FINDINGS.toLocaleString('en')} + ${PDF_FINDINGS.toLocaleString('en')} findings in ${Date.now() - t} ms`,
  );

  const csv = await measure(server, big, { kind: 'detailed', format: 'csv' }, { countRows: true });
  console.log(
    `detailed CSV, ${FINDINGS.toLocaleString('en')} findings: ${csv.rows.toLocaleString('en')} rows, ${mb(csv.size)}, hash ${csv.hashOk ? 'ok' : 'MISMATCH'}; ` +
      `job ${csv.jobMs} ms = ${Math.round(FINDINGS / (csv.jobMs / 1000)).toLocaleString('en')} rows/s ` +
      `(request → completed ${csv.wallMs} ms); server RSS while generating ${mb(csv.baseline)} → peak ${mb(csv.peak)} ` +
      `(+${mb(csv.peak - csv.baseline)}); download ${csv.downloadMs} ms, RSS ${mb(csv.downloadBaseline)} → peak ${mb(csv.downloadPeak)}`,
  );
  const pdf = await measure(server, small, { kind: 'detailed', format: 'pdf' }, { countRows: false });
  console.log(
    `detailed PDF, ${PDF_FINDINGS.toLocaleString('en')} findings: ${mb(pdf.size)}, hash ${pdf.hashOk ? 'ok' : 'MISMATCH'}; job ${pdf.jobMs} ms ` +
      `(request → completed ${pdf.wallMs} ms); server RSS while generating ${mb(pdf.baseline)} → peak ${mb(pdf.peak)} (+${mb(pdf.peak - pdf.baseline)})`,
  );
} finally {
  await db?.end().catch(() => undefined);
  await server?.stop();
  // BENCH_KEEP=1 keeps the seeded database (to EXPLAIN ANALYZE the report queries on it); drop it by hand after.
  if (process.env.BENCH_KEEP) console.log(`kept database ${dbName}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
}
