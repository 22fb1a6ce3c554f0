import { ScheduleDispatcher } from '../../src/modules/schedules/schedule-dispatcher.service';
import { SchedulesClock } from '../../src/modules/schedules/schedules.clock';
import { closedPort } from '../scan-engines/servers';
import { createPortList, createScan, createTarget, waitForScan } from '../scans/helpers';
import { TestApp, type SignedIn } from '../helpers/test-app';

jest.setTimeout(120_000);

/**
 * Claiming a due schedule and queueing its run (with the run's job) commit in one transaction: a crash before the
 * commit leaves the slot due, a crash after it leaves a queued run that the next start runs. Either way the run
 * happens exactly once.
 */
describe('schedule dispatch across a crash', () => {
  let t: TestApp;
  let alice: SignedIn;
  let now: Date;

  const boot = async (app: TestApp) => {
    jest.spyOn(app.get(SchedulesClock), 'now').mockImplementation(() => new Date(now));
    return app;
  };

  beforeAll(async () => {
    // Workers and timers off: this test decides when the dispatcher runs and when runs execute.
    t = await boot(await TestApp.start({ RUN_WORKERS_IN_API: 'false', RUN_PERIODIC_TASKS: 'false' }));
    alice = await t.createUser(await t.createOrganization('Crash Co'), 'User');
  });
  afterAll(() => t?.close());

  async function dueSchedule(): Promise<{ scheduleId: string; scanId: string }> {
    const target = await createTarget(t, alice.headers, ['127.0.0.1']);
    const ports = await createPortList(t, alice.headers, [await closedPort()]);
    const scanId = await createScan(t, alice.headers, {
      name: `nightly ${Math.random()}`,
      target_id: target,
      port_list_id: ports,
    });
    now = new Date('2026-06-01T00:00:00Z');
    const res = await t.http
      .post('/v2/schedules')
      .set(alice.headers)
      .send({ schedule: { scan_id: scanId, start_at: '2026-06-01T02:00', time_zone: 'UTC', frequency: 'weekly' } })
      .expect(201);
    now = new Date('2026-06-01T02:00:01Z');
    return { scheduleId: res.body.data.id, scanId };
  }

  const runsOf = async (scanId: string) =>
    (await t.dataSource.query(`SELECT id, status, schedule_id FROM scan_histories WHERE scan_id = $1`, [scanId])) as {
      id: string;
      status: string;
      schedule_id: string;
    }[];

  it('a crash before the commit changes nothing: the slot is claimed again and run once', async () => {
    const { scheduleId, scanId } = await dueSchedule();
    const dispatcher = t.get(ScheduleDispatcher);
    // The process dies after queueing the run, before the transaction commits.
    const crash = jest
      .spyOn(dispatcher as unknown as { recordOutcomes: () => Promise<void> }, 'recordOutcomes')
      .mockRejectedValueOnce(new Error('process killed'));
    await expect(dispatcher.dispatchDue()).rejects.toThrow('process killed');
    crash.mockRestore();
    expect(await runsOf(scanId)).toEqual([]);
    const [schedule] = await t.dataSource.query(`SELECT next_run_at FROM schedules WHERE id = $1`, [scheduleId]);
    expect(new Date(schedule.next_run_at).toISOString()).toBe('2026-06-01T02:00:00.000Z');
    expect(await t.dataSource.query(`SELECT 1 FROM schedule_runs WHERE schedule_id = $1`, [scheduleId])).toEqual([]);

    const runs = (await dispatcher.dispatchDue()).filter((r) => r.scheduleId === scheduleId);
    expect(runs.map((r) => r.outcome)).toEqual(['started']);
    expect(await runsOf(scanId)).toEqual([expect.objectContaining({ status: 'queued', schedule_id: scheduleId })]);
    expect((await t.get(ScheduleDispatcher).dispatchDue()).filter((r) => r.scheduleId === scheduleId)).toEqual([]);
  });

  it('a crash after the commit loses nothing: the restarted process runs the queued run once', async () => {
    const { scheduleId, scanId } = await dueSchedule();
    const runs = (await t.get(ScheduleDispatcher).dispatchDue()).filter((r) => r.scheduleId === scheduleId);
    expect(runs.map((r) => r.outcome)).toEqual(['started']);
    // Killed right after the commit: no worker of this process ever saw the job. A new process starts, with workers.
    t = await boot(await t.restart({ RUN_WORKERS_IN_API: 'true', RUN_PERIODIC_TASKS: 'true' }));
    await waitForScan(t, alice.headers, scanId, 'completed');
    expect(await runsOf(scanId)).toEqual([expect.objectContaining({ status: 'completed', schedule_id: scheduleId })]);
    // The restarted dispatcher finds nothing due: the slot was claimed by the committed transaction.
    expect((await t.get(ScheduleDispatcher).dispatchDue()).filter((r) => r.scheduleId === scheduleId)).toEqual([]);
    expect(await runsOf(scanId)).toHaveLength(1);
  });
});
