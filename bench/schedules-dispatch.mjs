// Schedules benchmark: 10,000 enabled schedules.
//   1. time to compute and store their next runs (RecurrenceRule + batched UPDATE), and
//   2. dispatch lag (due time -> scan handed to the scans module) for 1,000 schedules due in the same minute,
//      with the real @Periodic dispatcher of one or two API instances (two only on PostgreSQL).
// Run after `npm run build`:  node bench/schedules-dispatch.mjs [--instances 2]
// PostgreSQL when DATABASE_URL is set (a throw-away database is created next to it and dropped), else in-memory PGlite.
// The scans module is a recorder: it notes when each run is handed over, so the figures are the dispatcher's own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { percentile, throwAwayDatabase } from './lib.mjs';

const require = createRequire(import.meta.url);
const dist = path.resolve(import.meta.dirname, '..', 'dist', 'src');
const { DataSource } = require('typeorm');
const { createApp } = require(path.join(dist, 'app.factory.js'));
const { ScansService } = require(path.join(dist, 'modules/scans/scans.service.js'));
const { TenantScope } = require(path.join(dist, 'common/tenancy/tenant-scope.js'));
const { parseRecurrence, RecurrenceRule } = require(path.join(dist, 'modules/schedules/recurrence.js'));

const TOTAL = 10_000;
const DUE_IN_SAME_MINUTE = 1_000;
const instancesArg = process.argv.indexOf('--instances');
const INSTANCES = instancesArg > 0 ? Number(process.argv[instancesArg + 1]) : process.env.DATABASE_URL ? 2 : 1;

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'America/Los_Angeles'];
const SHAPES = [
  { frequency: 'daily' },
  { frequency: 'weekly', weekdays: ['MO', 'TH'] },
  { frequency: 'monthly', month_day: 31 },
  { frequency: 'monthly', week_of_month: 2, weekday: 'TU' },
  { frequency: 'hourly', interval: 6 },
  { frequency: 'quarterly', month_day: -1 },
];

/** Records when each run reaches the scans module (inside the dispatcher's claiming transaction). */
const handedOver = new Map();
let duplicates = 0;

/**
 * The scans module of each instance is replaced by a recorder: the bench's schedules name no real scans, and the
 * figures are the dispatcher's own (the scans module's queueing is measured by its own tests).
 */
function recordStarts(app) {
  const scans = app.get(ScansService);
  scans.prepareRun = async (scope, scanId, trigger) => ({
    scope: TenantScope.of(scope.organizationId),
    scan: { id: scanId, organizationId: scope.organizationId },
    trigger,
    limits: { concurrentScans: null, scansPerMonth: null },
  });
  scans.startRunInTransaction = async (_tx, run) => {
    const scheduleId = run.trigger.scheduleId;
    if (handedOver.has(scheduleId)) duplicates++;
    else handedOver.set(scheduleId, Date.now());
    return { id: randomUUID() };
  };
}

async function startInstance(database, dataDir) {
  const { app } = await createApp({
    logger: false,
    database,
    envOverrides: {
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      RUN_PERIODIC_TASKS: 'true',
      RUN_WORKERS_IN_API: 'false',
    },
  });
  recordStarts(app);
  return app;
}

const ms = (n) => `${n.toFixed(0)} ms`;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-bench-schedules-'));
  const { database, drop: dropDatabase } = await throwAwayDatabase('cg_bench_schedules');
  const instances = process.env.DATABASE_URL ? INSTANCES : 1;
  const apps = [];
  try {
    apps.push(await startInstance(database, dataDir));
    const ds = apps[0].get(DataSource);
    const [{ id: organizationId }] = await ds.query(
      `INSERT INTO organizations (name, company_name) VALUES ('Bench', 'Bench Inc.') RETURNING id`,
    );
    const [{ id: userId }] = await ds.query(
      `INSERT INTO users (organization_id, username, email, role) VALUES ($1, 'bench', 'bench@example.test', 'User') RETURNING id`,
      [organizationId],
    );

    // 10,000 schedules of varied shapes and zones, starting tomorrow; next_run_at not computed yet.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const rows = Array.from({ length: TOTAL }, (_, i) => {
      const input = {
        start_at: `${tomorrow}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
        time_zone: ZONES[i % ZONES.length],
        ...SHAPES[i % SHAPES.length],
      };
      const { recurrence, problems } = parseRecurrence(input);
      if (!recurrence) throw new Error(problems.join('; '));
      return recurrence;
    });
    for (let i = 0; i < TOTAL; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await ds.query(
        `INSERT INTO schedules (organization_id, user_id, scan_id, start_at, time_zone, frequency, interval, weekdays, month_day, week_of_month, weekday, rrule, enabled)
         SELECT $1, $2, gen_random_uuid(), v.start_at, v.time_zone, v.frequency, v.interval, CASE WHEN v.weekdays = '' THEN NULL ELSE string_to_array(v.weekdays, ',') END,
                v.month_day, v.week_of_month, v.weekday, '', true
           FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::int[], $9::int[], $10::text[])
             AS v(start_at, time_zone, frequency, interval, weekdays, month_day, week_of_month, weekday)`,
        [
          organizationId,
          userId,
          chunk.map((r) => r.startAt),
          chunk.map((r) => r.timeZone),
          chunk.map((r) => r.frequency),
          chunk.map((r) => r.interval),
          chunk.map((r) => (r.weekdays ?? []).join(',')),
          chunk.map((r) => r.monthDay),
          chunk.map((r) => r.weekOfMonth),
          chunk.map((r) => r.weekday),
        ],
      );
    }

    // 1. Compute and store next runs (and the RRULE text) for all 10,000.
    const computeStart = performance.now();
    const stored = await ds.query(
      `SELECT id, start_at, time_zone, frequency, interval, weekdays, month_day, week_of_month, weekday, end_date, count FROM schedules`,
    );
    const now = new Date();
    let computeMs = 0;
    for (let i = 0; i < stored.length; i += 1000) {
      const chunk = stored.slice(i, i + 1000);
      const t0 = performance.now();
      const computed = chunk.map((s) => {
        const rule = new RecurrenceRule({
          startAt: s.start_at,
          timeZone: s.time_zone,
          frequency: s.frequency,
          interval: s.interval,
          weekdays: s.weekdays,
          monthDay: s.month_day,
          weekOfMonth: s.week_of_month,
          weekday: s.weekday,
          endDate: s.end_date,
          count: s.count,
        });
        return { next: rule.firstAtOrAfter(now)?.toISOString() ?? null, rrule: rule.toRRuleString() };
      });
      computeMs += performance.now() - t0;
      await ds.query(
        `UPDATE schedules AS s SET next_run_at = v.next_run_at, rrule = v.rrule
           FROM unnest($1::uuid[], $2::timestamptz[], $3::text[]) AS v(id, next_run_at, rrule) WHERE s.id = v.id`,
        [chunk.map((s) => s.id), computed.map((c) => c.next), computed.map((c) => c.rrule)],
      );
    }
    const computeTotal = performance.now() - computeStart;
    const [{ n: withNext }] = await ds.query(`SELECT count(*)::int AS n FROM schedules WHERE next_run_at IS NOT NULL`);

    // 2. 1,000 of them due within one minute starting 10 s from now; the others stay in the future.
    for (let i = 1; i < instances; i++) apps.push(await startInstance(database, dataDir));
    const minuteStart = Date.now() + 10_000;
    const due = stored
      .slice(0, DUE_IN_SAME_MINUTE)
      .map((s, i) => ({ id: s.id, at: minuteStart + Math.floor((i * 60_000) / DUE_IN_SAME_MINUTE) }));
    await ds.query(
      `UPDATE schedules AS s SET next_run_at = v.at FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at) WHERE s.id = v.id`,
      [due.map((d) => d.id), due.map((d) => new Date(d.at).toISOString())],
    );
    const deadline = minuteStart + 60_000 + 30_000;
    while (handedOver.size < DUE_IN_SAME_MINUTE && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    const lags = due
      .filter((d) => handedOver.has(d.id))
      .map((d) => handedOver.get(d.id) - d.at)
      .sort((a, b) => a - b);
    const [{ n: runRows }] = await ds.query(`SELECT count(*)::int AS n FROM schedule_runs`);

    const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)';
    console.log(`schedules benchmark on ${engine}, ${instances} dispatcher instance(s), ${os.cpus().length} CPU(s)`);
    console.log(
      `compute + store next runs for ${TOTAL} schedules: ${ms(computeTotal)} (RRULE computation ${ms(computeMs)}); ${withNext} with a next run`,
    );
    console.log(
      `dispatch of ${DUE_IN_SAME_MINUTE} schedules due in one minute: ${lags.length} handed over, ${duplicates} duplicate starts, ${runRows} run rows`,
    );
    if (lags.length) {
      console.log(
        `lag due -> handed over: p50 ${ms(percentile(lags, 50))}, p99 ${ms(percentile(lags, 99))}, max ${ms(lags[lags.length - 1])} (target p99 <= 2000 ms on PostgreSQL)`,
      );
    }
    if (lags.length !== DUE_IN_SAME_MINUTE || duplicates) process.exitCode = 1;
  } finally {
    for (const app of apps) await app.close();
    await dropDatabase();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
