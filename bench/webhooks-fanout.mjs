// Webhooks fan-out benchmark: 1,000 scan.completed events, each delivered to 10 webhooks on a loopback receiver
// (10,000 signed deliveries), with the real outbox relay, fan-out subscriber and delivery jobs of ONE process (one
// worker). Reports every delivery made (and duplicates), and p50/p99 from the event (its outbox `occurred_at`) to the
// receiver reading the delivery.
// Run after `npm run build`:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/webhooks-fanout.mjs
// BENCH_EVENTS (1000), BENCH_WEBHOOKS (10), BENCH_RATE events per second published (100; 0 = all at once).
// PostgreSQL when DATABASE_URL is set (a throw-away database is created next to it and dropped), else in-memory PGlite.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { percentile, throwAwayDatabase } from './lib.mjs';

const require = createRequire(import.meta.url);
const dist = path.resolve(import.meta.dirname, '..', 'dist', 'src');
const { DataSource } = require('typeorm');
const { createApp } = require(path.join(dist, 'app.factory.js'));
const { EventsService } = require(path.join(dist, 'events/events.service.js'));
const { SCAN_COMPLETED } = require(path.join(dist, 'modules/scans/scans.events.js'));
const { WebhooksService } = require(path.join(dist, 'modules/webhooks/webhooks.service.js'));
const { TenantScope } = require(path.join(dist, 'common/tenancy/tenant-scope.js'));

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 100);

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-bench-webhooks-'));
  const { database, drop: dropDatabase } = await throwAwayDatabase('cg_bench_webhooks');

  // The receiver: notes when each (event, webhook) arrives.
  const arrivals = new Map();
  let duplicates = 0;
  let received = 0;
  const receiver = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const key = `${body.id}/${req.url}`;
      received++;
      if (arrivals.has(key)) duplicates++;
      else arrivals.set(key, at - Date.parse(body.occurred_at));
      res.writeHead(200).end('ok');
    });
  });
  receiver.keepAliveTimeout = 60_000;
  await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
  const port = receiver.address().port;

  const { app } = await createApp({
    logger: false,
    database,
    envOverrides: {
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      RUN_PERIODIC_TASKS: 'true',
      RUN_WORKERS_IN_API: 'true',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_ALLOW_HTTP: 'true',
    },
  });
  try {
    const ds = app.get(DataSource);
    const [{ id: organizationId }] = await ds.query(
      `INSERT INTO organizations (name, company_name) VALUES ('Bench', 'Bench Inc.') RETURNING id`,
    );
    const [{ id: userId }] = await ds.query(
      `INSERT INTO users (organization_id, username, email, role) VALUES ($1, 'bench', 'bench@example.test', 'Admin') RETURNING id`,
      [organizationId],
    );
    const auth = { tenant: TenantScope.of(organizationId), user: { id: userId } };
    for (let i = 0; i < WEBHOOKS; i++) {
      await app.get(WebhooksService).create(auth, {
        name: `hook ${i}`,
        url: `http://127.0.0.1:${port}/hook/${i}`,
        events: i % 2 ? ['*'] : ['scan_completed'],
      });
    }
    const events = app.get(EventsService);
    const started = Date.now();
    for (let i = 0; i < EVENTS; i++) {
      if (RATE > 0) {
        const due = started + (i * 1000) / RATE;
        if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      }
      await ds.transaction((tx) =>
        events.publish(tx, SCAN_COMPLETED, {
          organizationId,
          scanId: randomUUID(),
          scanName: `scan ${i}`,
          historyId: randomUUID(),
          targetId: randomUUID(),
          trigger: 'schedule',
          userId: null,
          scheduleId: randomUUID(),
          attempt: 1,
          startedAt: new Date(Date.now() - 60_000).toISOString(),
          finishedAt: new Date().toISOString(),
          hosts: { total: 16, up: 12 },
          openPorts: 40,
          counts: { total: 25, critical: 1, high: 4, medium: 8, low: 7, info: 5 },
          changes: { new: 3, fixed: 1, persisting: 21, reopened: 0 },
          pci: { status: 'fail', failing: 5 },
        }),
      );
    }
    const published = Date.now();
    const expected = EVENTS * WEBHOOKS;
    const deadline = Date.now() + 300_000;
    while (arrivals.size < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const done = Date.now();
    const lags = [...arrivals.values()].sort((a, b) => a - b);
    const [{ n: succeeded }] = await ds.query(
      `SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'succeeded'`,
    );
    console.log(
      JSON.stringify(
        {
          database: database.kind,
          events: EVENTS,
          webhooks: WEBHOOKS,
          publish_rate_per_s: RATE || 'all at once',
          publish_s: (published - started) / 1000,
          deliveries_expected: expected,
          deliveries_received: arrivals.size,
          duplicate_requests: duplicates,
          requests: received,
          deliveries_succeeded_in_log: succeeded,
          all_done_s: (done - started) / 1000,
          throughput_per_s: Math.round(arrivals.size / ((done - started) / 1000)),
          p50_ms: percentile(lags, 50),
          p99_ms: percentile(lags, 99),
          max_ms: lags[lags.length - 1],
          load_average: os.loadavg().map((l) => l.toFixed(1)),
        },
        null,
        2,
      ),
    );
  } finally {
    await app.close();
    receiver.closeAllConnections();
    receiver.close();
    await dropDatabase();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
