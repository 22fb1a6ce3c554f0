// Throughput of an authenticated `GET /v2/user/me` (API key + JWT session, real database lookups) against
// `GET /health` (one `SELECT 1`), measured in the same run on the same server. Target: me ≥ 40% of health.
// usage: npm run build && node bench/auth-overhead.mjs          (embedded PGlite)
//        DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench node bench/auth-overhead.mjs
import { run, signIn, startServer, summary } from './lib.mjs';

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const server = await startServer();
try {
  const token = await signIn(server.base, server.apiKey, 'admin', server.password);
  const auth = { 'x-api-key': server.apiKey, authorization: `Bearer ${token}` };
  await run(`${server.base}/health`, { duration: 2, connections }); // warm-up
  await run(`${server.base}/v2/user/me`, { headers: auth, duration: 2, connections });
  const health = await run(`${server.base}/health`, { duration, connections });
  const me = await run(`${server.base}/v2/user/me`, { headers: auth, duration, connections });
  const rows = [summary('GET /health (baseline)', health), summary('GET /v2/user/me (API key + JWT)', me)];
  console.table(rows);
  const ratio = me.requests.average / health.requests.average;
  console.log(
    `database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}; ${connections} connections, ${duration} s each`,
  );
  console.log(`ratio me/health: ${(ratio * 100).toFixed(1)}% (target ≥ 40%)`);
  if (rows.some((r) => r['non-2xx/errors'] > 0)) {
    console.error('some requests failed');
    process.exitCode = 1;
  }
} finally {
  await server.stop();
}
