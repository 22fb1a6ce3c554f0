import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.factory';
import { ScansService } from '../../src/modules/scans/scans.service';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { ScheduleDispatcher, type DispatchedRun } from '../../src/modules/schedules/schedule-dispatcher.service';
import { SchedulesClock } from '../../src/modules/schedules/schedules.clock';
import { usingPostgres } from '../helpers/database';
import type { SignedIn, TestApp } from '../helpers/test-app';
import { ScanFixture } from './scan-fixture';

describe('schedule dispatcher (e2e)', () => {
  let t: TestApp;
  let scans: ScanFixture;
  let org: Organization;
  let alice: SignedIn;
  let now: Date;
  /** Every run the dispatchers queued with the scans module, per schedule. */
  const starts: string[] = [];

  const launcherOf = (app: NestFastifyApplication) => app.get(ScansService);
  const recordStarts = (scansService: ScansService) => {
    const original = scansService.startRunInTransaction.bind(scansService);
    jest.spyOn(scansService, 'startRunInTransaction').mockImplementation(async (tx, run) => {
      const started = await original(tx, run);
      if (started !== 'already_running' && run.trigger.scheduleId) starts.push(run.trigger.scheduleId);
      return started;
    });
  };
  const startsOf = (scheduleId: string) => starts.filter((id) => id === scheduleId).length;

  beforeAll(async () => {
    ({ t, scans } = await ScanFixture.start());
    jest.spyOn(t.get(SchedulesClock), 'now').mockImplementation(() => new Date(now));
    recordStarts(launcherOf(t.app));
    org = await t.createOrganization('Dispatch Co');
    alice = await t.createUser(org, 'User');
  });
  afterAll(async () => {
    await t?.close();
  });

  const dispatcher = () => t.get(ScheduleDispatcher);
  const schedule = async (fields: Record<string, unknown>) => {
    const scanId =
      (fields.scan_id as string | undefined) ?? (await scans.createScan(t, alice, org, `scan ${Math.random()}`));
    const res = await t.http
      .post('/v2/schedules')
      .set(alice.headers)
      .send({ schedule: { scan_id: scanId, ...fields } });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.data.id as string, scanId };
  };
  const show = async (id: string) => (await t.http.get(`/v2/schedules/${id}`).set(alice.headers)).body.data.attributes;

  it('starts a due run once, on time, and moves next_run_at to the following slot', async () => {
    now = new Date('2026-05-01T00:00:00Z');
    const { id } = await schedule({
      start_at: '2026-05-04T09:00',
      time_zone: 'Europe/Berlin',
      frequency: 'weekly',
      weekdays: ['MO'],
    });
    expect((await show(id)).next_run_at).toBe('2026-05-04T07:00:00.000Z');

    now = new Date('2026-05-04T06:59:59Z');
    expect(await dispatcher().dispatchDue()).toEqual([]);

    now = new Date('2026-05-04T07:00:00Z');
    const runs = await dispatcher().dispatchDue();
    expect(runs).toEqual([
      expect.objectContaining({ scheduleId: id, outcome: 'started', scheduledFor: new Date('2026-05-04T07:00:00Z') }),
    ]);
    expect(await dispatcher().dispatchDue()).toEqual([]);
    expect(startsOf(id)).toBe(1);
    expect(await show(id)).toMatchObject({
      last_run_at: '2026-05-04T07:00:00.000Z',
      last_run_outcome: 'started',
      next_run_at: '2026-05-11T07:00:00.000Z',
    });
    const upcoming = await t.http.get('/v2/scans/upcoming').set(alice.headers);
    expect(upcoming.body.data.find((u: { id: string }) => u.id === id).attributes.next_run_at).toBe(
      '2026-05-11T07:00:00.000Z',
    );
  });

  it('starts each slot exactly once while the clock ticks through a DST change', async () => {
    now = new Date('2026-10-23T00:00:00Z');
    const { id, scanId } = await schedule({
      start_at: '2026-10-23T08:00',
      time_zone: 'Europe/Berlin',
      frequency: 'daily',
    });
    const fired: DispatchedRun[] = [];
    // Every 20 minutes for 5 days (Berlin leaves summer time on 25 October); each run finishes before the next.
    for (let ms = now.getTime(); ms <= Date.parse('2026-10-28T00:00:00Z'); ms += 20 * 60_000) {
      now = new Date(ms);
      const runs = await dispatcher().dispatchDue();
      for (const run of runs) await scans.finishRun(t, alice, run.scanId);
      fired.push(...runs.filter((r) => r.scheduleId === id));
    }
    expect(fired.map((r) => r.scheduledFor.toISOString())).toEqual([
      '2026-10-23T06:00:00.000Z',
      '2026-10-24T06:00:00.000Z',
      '2026-10-25T07:00:00.000Z', // 08:00 CET from here on
      '2026-10-26T07:00:00.000Z',
      '2026-10-27T07:00:00.000Z',
    ]);
    expect(fired.every((r) => r.outcome === 'started' && r.scanId === scanId)).toBe(true);
    expect(startsOf(id)).toBe(5);
  });

  it('starts runs missed while the service was down once on recovery, not once per missed slot', async () => {
    now = new Date('2026-06-01T00:00:00Z');
    const { id } = await schedule({ start_at: '2026-06-01T06:00', time_zone: 'UTC', frequency: 'hourly', interval: 6 });
    // Down from before the first slot until 3 days later: 12 slots missed.
    now = new Date('2026-06-04T01:00:00Z');
    const runs = (await dispatcher().dispatchDue()).filter((r) => r.scheduleId === id);
    expect(runs).toHaveLength(1);
    expect((await dispatcher().dispatchDue()).filter((r) => r.scheduleId === id)).toEqual([]);
    expect(startsOf(id)).toBe(1);
    expect(await show(id)).toMatchObject({ last_run_outcome: 'started', next_run_at: '2026-06-04T06:00:00.000Z' });
  });

  it('skips and records a run whose scan is still running, and runs the next slot', async () => {
    now = new Date('2026-07-01T00:00:00Z');
    const { id, scanId } = await schedule({
      start_at: '2026-07-01T10:00',
      time_zone: 'Asia/Tokyo',
      frequency: 'daily',
    });
    await scans.startManually(t, alice, scanId);
    now = new Date('2026-07-01T01:00:30Z');
    const skipped = (await dispatcher().dispatchDue()).filter((r) => r.scheduleId === id);
    expect(skipped).toEqual([expect.objectContaining({ scheduleId: id, outcome: 'skipped_already_running' })]);
    expect(await show(id)).toMatchObject({
      last_run_outcome: 'skipped_already_running',
      next_run_at: '2026-07-02T01:00:00.000Z',
    });

    await scans.finishRun(t, alice, scanId);
    now = new Date('2026-07-02T01:00:00Z');
    const started = (await dispatcher().dispatchDue()).filter((r) => r.scheduleId === id);
    expect(started.map((r) => r.outcome)).toEqual(['started']);
    const recorded = await t.dataSource.query(
      `SELECT outcome FROM schedule_runs WHERE schedule_id = $1 ORDER BY scheduled_for`,
      [id],
    );
    expect(recorded.map((r: { outcome: string }) => r.outcome)).toEqual(['skipped_already_running', 'started']);
  });

  it('ends after its run count and drops out of the upcoming list', async () => {
    now = new Date('2026-08-01T00:00:00Z');
    const { id } = await schedule({ start_at: '2026-08-01T12:00', time_zone: 'UTC', frequency: 'daily', count: 2 });
    for (const at of ['2026-08-01T12:00:00Z', '2026-08-02T12:00:00Z']) {
      now = new Date(at);
      const runs = await dispatcher().dispatchDue();
      for (const run of runs) await scans.finishRun(t, alice, run.scanId);
    }
    expect(startsOf(id)).toBe(2);
    expect((await show(id)).next_run_at).toBeNull();
    const upcoming = await t.http.get('/v2/scans/upcoming?per_page=100').set(alice.headers);
    expect(upcoming.body.data.map((u: { id: string }) => u.id)).not.toContain(id);
  });

  it('disables a schedule whose scan is gone', async () => {
    now = new Date('2026-09-01T00:00:00Z');
    const { id, scanId } = await schedule({ start_at: '2026-09-01T12:00', frequency: 'daily' });
    await scans.deleteScan(t, alice, scanId);
    now = new Date('2026-09-01T12:00:01Z');
    const runs = await dispatcher().dispatchDue();
    expect(runs.filter((r) => r.scheduleId === id).map((r) => r.outcome)).toEqual(['scan_not_found']);
    expect(await show(id)).toMatchObject({ enabled: false, last_run_outcome: 'scan_not_found' });
  });

  it('does nothing on its interval when periodic tasks are off in this process', async () => {
    now = new Date('2026-10-01T00:00:00Z');
    const { id } = await schedule({ start_at: '2026-10-01T12:00', frequency: 'once' });
    now = new Date('2026-10-01T13:00:00Z');
    await dispatcher().tick();
    expect(startsOf(id)).toBe(0);
    expect((await show(id)).next_run_at).toBe('2026-10-01T12:00:00.000Z');
    await dispatcher().dispatchDue();
    expect(startsOf(id)).toBe(1);
    expect((await show(id)).next_run_at).toBeNull();
  });

  it('starts each due run exactly once with two dispatchers racing on the same database', async () => {
    now = new Date('2026-11-01T00:00:00Z');
    const created = [];
    for (let i = 0; i < 12; i++)
      created.push(await schedule({ start_at: '2026-11-02T09:00', time_zone: 'America/Chicago', frequency: 'weekly' }));
    const due = new Date('2026-11-02T15:00:00Z');
    now = new Date(due.getTime() + 500);

    // PostgreSQL: a second API instance on the same database. PGlite (one process, one connection): a second,
    // concurrent dispatch in the same app.
    let second: NestFastifyApplication | null = null;
    let secondDispatcher = dispatcher();
    if (usingPostgres()) {
      const url = (t.dataSource.options as { url: string }).url;
      ({ app: second } = await createApp({
        logger: false,
        database: { kind: 'postgres', url },
        envOverrides: {
          LOG_LEVEL: 'silent',
          NODE_ENV: 'test',
          RUN_PERIODIC_TASKS: 'false',
          RUN_WORKERS_IN_API: 'false',
          DATA_DIR: t.dataDir,
        },
      }));
      jest.spyOn(second.get(SchedulesClock), 'now').mockImplementation(() => new Date(now));
      recordStarts(launcherOf(second));
      secondDispatcher = second.get(ScheduleDispatcher);
    }
    try {
      const results = await Promise.all([
        dispatcher().dispatchDue(),
        secondDispatcher.dispatchDue(),
        dispatcher().dispatchDue(),
        secondDispatcher.dispatchDue(),
      ]);
      const ids = created.map((c) => c.id);
      const dispatched = results.flat().filter((r) => ids.includes(r.scheduleId));
      expect(dispatched).toHaveLength(ids.length);
      expect(new Set(dispatched.map((r) => r.scheduleId)).size).toBe(ids.length);
      for (const id of ids) expect(startsOf(id)).toBe(1);
      const rows = await t.dataSource.query(
        `SELECT count(*)::int AS n, count(DISTINCT schedule_id)::int AS schedules FROM schedule_runs WHERE schedule_id = ANY($1::uuid[])`,
        [ids],
      );
      expect(rows[0]).toEqual({ n: ids.length, schedules: ids.length });
      for (const { id } of created) expect((await show(id)).next_run_at).toBe('2026-11-09T15:00:00.000Z');
    } finally {
      await second?.close();
    }
  });
});
