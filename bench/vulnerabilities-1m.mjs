// Issue 6, 8b and 8c: `GET /v2/vulnerabilities` filtered and paged, and the widgets/statistics, with 1,000,000
// findings in one organization. Targets: list p95 ≤ 50 ms, widgets/statistics p95 ≤ 100 ms, on PostgreSQL.
// Issue 14: three organization-wide exception rules cover 60,000 of the findings (an active false positive, an active
// disputed severity, a pending one), and the lists filter on them.
//
// usage: npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/vulnerabilities-1m.mjs
//
// The script creates a throw-away database next to the one DATABASE_URL names (dropped at the end), starts the built
// server on 127.0.0.1 against it (migrations run at start), seeds one organization, one user and BENCH_FINDINGS
// (default 1,000,000) findings with ONE set-based INSERT ... SELECT generate_series, rebuilds the widget counters the
// way a completed run does, and measures each endpoint with autocannon, GET /health as the baseline in the same run.
// Without DATABASE_URL (embedded PGlite) there is no second connection to seed through: it prints a note and stops.
import argon2 from 'argon2';
import autocannon from 'autocannon';
import pg from 'pg';
import { signIn, startServer } from './lib.mjs';

const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 1_000_000);
const duration = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);

if (!process.env.DATABASE_URL) {
  console.log('Note: DATABASE_URL is not set (embedded PGlite). This benchmark seeds through a second database');
  console.log('connection, which PGlite does not offer, and its targets are for PostgreSQL. Run it with DATABASE_URL.');
  process.exit(0);
}

const adminUrl = new URL(process.env.DATABASE_URL);
const dbName = `cg_bench_vulns_${Date.now()}`;
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${dbName}`;

/** Runs autocannon and computes p95 from every response time (autocannon's summary has p90 and p97.5, not p95). */
function measure(url, headers) {
  return new Promise((resolve, reject) => {
    const times = [];
    const instance = autocannon({ url, headers, duration, connections }, (err, result) => {
      if (err) return reject(err);
      times.sort((a, b) => a - b);
      const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
      resolve({
        requests: times.length,
        rps: Math.round(result.requests.average),
        p50: at(0.5),
        p95: at(0.95),
        bad: result.non2xx + result.errors + result.timeouts,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

let server;
let db;
try {
  server = await startServer({ env: { DATABASE_URL: benchUrl.toString(), RUN_PERIODIC_TASKS: 'false' } });
  db = new pg.Client({ connectionString: benchUrl.toString() });
  await db.connect();

  const password = `bench password ${Math.random().toString(36).slice(2)}`;
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const [{ id: orgId }] = (await db.query(`INSERT INTO organizations (name) VALUES ('Bench Org') RETURNING id`)).rows;
  await db.query(
    `INSERT INTO users (organization_id, username, email, password_hash, role, confirmed_at) VALUES ($1, 'bench', 'bench@example.test', $2, 'User', now())`,
    [orgId, hash],
  );

  let t = Date.now();
  // Finding i: host 10.(i/65536).(i/256%256).(i%256) spread over 20,000 hosts, 50 checks, severities 0-4,
  // one in ten fixed, last seen within 90 days.
  await db.query(
    `INSERT INTO vulnerabilities (organization_id, host, port, protocol, check_id, title, description, solution, cvss_vector,
       cvss_score, severity, severity_rank, cve, cwe, evidence, pci_fail, pci_reason, status, first_seen_at, last_seen_at, fixed_at)
     SELECT $1, '10.' || (h / 65536) || '.' || (h / 256 % 256) || '.' || (h % 256), 1 + (i / 20000), 'tcp',
            'bench.check-' || (i % 50), 'Bench check ' || (i % 50), 'Description of the check', 'Upgrade',
            'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N', (i % 5) * 2.4, (ARRAY['info','low','medium','high','critical'])[i % 5 + 1], i % 5,
            ARRAY['CVE-2024-' || (i % 9000 + 1000)], ARRAY['CWE-200'], 'Server: Apache/2.4.' || (i % 60), i % 5 >= 2, NULL,
            CASE WHEN i % 10 = 0 THEN 'fixed' ELSE 'open' END, now() - interval '120 days', now() - (i % 90) * interval '1 day',
            CASE WHEN i % 10 = 0 THEN now() ELSE NULL END
       FROM generate_series(1, $2) AS i, LATERAL (SELECT i % 20000 AS h) AS hh`,
    [orgId, FINDINGS],
  );
  // Exceptions: rules on bench.check-7 (false positive, active), bench.check-13 (disputed to low, active) and
  // bench.check-21 (false positive, pending), 20,000 findings each, with the coverage columns
  // VulnerabilitiesService.applyExceptionCoverage writes.
  const rules = [
    ['bench.check-7', 'false_positive', 'active', null],
    ['bench.check-13', 'disputed_severity', 'active', 'low'],
    ['bench.check-21', 'false_positive', 'pending', null],
  ];
  for (const [checkId, reason, status, recast] of rules) {
    const [{ id }] = (
      await db.query(
        `INSERT INTO exceptions (organization_id, reason, justification, recast_severity, status, scope, check_id, covered_count, reviewed_at)
         VALUES ($1, $2, 'bench', $3, $4::varchar, 'organization', $5, 20000, CASE WHEN $4::varchar = 'active' THEN now() END) RETURNING id`,
        [orgId, reason, recast, status, checkId],
      )
    ).rows;
    await db.query(
      `INSERT INTO exception_findings (exception_id, vulnerability_id, organization_id)
       SELECT $1, id, organization_id FROM vulnerabilities WHERE organization_id = $2 AND check_id = $3`,
      [id, orgId, checkId],
    );
    const active = status === 'active';
    await db.query(
      `UPDATE vulnerabilities SET exception_id = $1, exception_reason = $2, exception_status = $3,
         recast_severity_rank = $4, exception_excluded = $5, exception_pci_fail = $6
       WHERE organization_id = $7 AND check_id = $8`,
      [
        id,
        reason,
        status,
        active && recast ? 1 : null,
        active && reason === 'false_positive',
        active ? (reason === 'false_positive' ? false : recast ? false : null) : null,
        orgId,
        checkId,
      ],
    );
  }
  const insertMs = Date.now() - t;
  t = Date.now();
  // What a completed run does for the widgets (VulnerabilitiesService.refreshStats).
  const activeCount = (reason) =>
    `count(*) FILTER (WHERE status <> 'fixed' AND exception_status = 'active' AND exception_reason = '${reason}')`;
  await db.query(
    `INSERT INTO vulnerability_check_stats (organization_id, check_id, title, severity, severity_rank, open_count, fixed_count,
       pci_fail_count, false_positive_count, accepted_risk_count, compensating_control_count, disputed_severity_count)
     SELECT organization_id, check_id, max(title), (ARRAY['info','low','medium','high','critical'])[COALESCE(recast_severity_rank, severity_rank) + 1],
            COALESCE(recast_severity_rank, severity_rank),
            count(*) FILTER (WHERE status <> 'fixed' AND NOT exception_excluded), count(*) FILTER (WHERE status = 'fixed'),
            count(*) FILTER (WHERE status <> 'fixed' AND COALESCE(exception_pci_fail, pci_fail)),
            ${['false_positive', 'accepted_risk', 'compensating_control', 'disputed_severity'].map(activeCount).join(', ')}
       FROM vulnerabilities WHERE organization_id = $1 GROUP BY organization_id, check_id, COALESCE(recast_severity_rank, severity_rank)`,
    [orgId],
  );
  // What autovacuum does after a bulk insert (autovacuum_vacuum_insert_threshold): statistics for the planner and the
  // visibility map that lets the capped counts run as index-only scans. BENCH_VACUUM=false measures the state just
  // after the insert instead (statistics only), the worst case.
  if (process.env.BENCH_VACUUM === 'false') await db.query('ANALYZE vulnerabilities');
  else await db.query('VACUUM (ANALYZE) vulnerabilities');
  await db.query('ANALYZE vulnerability_check_stats');
  await db.query('ANALYZE exceptions');
  await db.query('ANALYZE exception_findings');
  const [{ id: ruleId }] = (await db.query(`SELECT id FROM exceptions WHERE check_id = 'bench.check-7'`)).rows;
  const statsMs = Date.now() - t;
  console.log(
    `seeded ${FINDINGS.toLocaleString('en')} findings in ${insertMs} ms; widget counters rebuilt in ${statsMs} ms`,
  );

  const token = await signIn(server.base, server.apiKey, 'bench', password);
  const headers = { 'x-api-key': server.apiKey, authorization: `Bearer ${token}` };
  const v = `${server.base}/v2/vulnerabilities`;
  const cases = [
    ['GET /health (baseline)', `${server.base}/health`, {}, null],
    ['list: default (severity desc), page 1', v, headers, 50],
    [
      'list: q[severity]=critical&q[status]=open, page 5',
      `${v}?q[severity]=critical&q[status]=open&page=5`,
      headers,
      50,
    ],
    [
      'list: q[host]=10.0.1.*&sort_by=last_seen_at:desc',
      `${v}?q[host]=10.0.1.*&sort_by=last_seen_at:desc`,
      headers,
      50,
    ],
    ['list: q[check_id]=bench.check-7&per_page=100', `${v}?q[check_id]=bench.check-7&per_page=100`, headers, 50],
    ['list: q[exception_status]=active (40,000 of 1M)', `${v}?q[exception_status]=active`, headers, 50],
    [
      'list: q[exception_reason]=false_positive&q[status]=open, page 3',
      `${v}?q[exception_reason]=false_positive&q[status]=open&page=3`,
      headers,
      50,
    ],
    ['list: q[exception_status]=none&q[severity]=high', `${v}?q[exception_status]=none&q[severity]=high`, headers, 50],
    ['widget: total', `${v}/widgets/total`, headers, 100],
    ['widget: top', `${v}/widgets/top`, headers, 100],
    ['widget: pci_compliant', `${v}/widgets/pci_compliant`, headers, 100],
    ['hosts: most_vulnerable', `${server.base}/v2/hosts/most_vulnerable`, headers, 100],
    ['exceptions: statistics', `${server.base}/v2/exceptions/statistics`, headers, 100],
    ['exceptions: {id}/details, page 10', `${server.base}/v2/exceptions/${ruleId}/details?page=10`, headers, 50],
  ];
  for (const [, url, h] of cases) await measure(url, h); // warm-up (plans, caches)
  const rows = [];
  for (const [name, url, h, target] of cases) {
    const r = await measure(url, h);
    rows.push({
      name,
      'req/s': r.rps,
      'p50 ms': r.p50,
      'p95 ms': r.p95,
      'target p95 ms': target ?? '-',
      ok: target ? (r.p95 <= target ? 'yes' : 'NO') : '-',
      'non-2xx/errors': r.bad,
    });
  }
  console.table(rows);
  console.log(
    `PostgreSQL, ${FINDINGS.toLocaleString('en')} findings in one organization, ${connections} connections, ${duration} s per endpoint, ` +
      (process.env.BENCH_VACUUM === 'false' ? 'not vacuumed (ANALYZE only)' : 'after VACUUM (ANALYZE)'),
  );
  if (rows.some((r) => r['non-2xx/errors'] > 0)) {
    console.error('some requests failed');
    process.exitCode = 1;
  }
} finally {
  await db?.end().catch(() => undefined);
  await server?.stop();
  await admin
    .query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
    .catch((err) => console.error(`could not drop ${dbName}: ${err.message}`));
  await admin.end();
}
