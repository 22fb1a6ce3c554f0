import { JobsService } from '../../src/jobs/jobs.service';
import { ScanRecoveryService } from '../../src/modules/scans/scan-recovery.service';
import { RUN_SCAN } from '../../src/modules/scans/scans.jobs';
import { closedPort } from '../scan-engines/servers';
import { eventually } from '../helpers/eventually';
import { TestApp, type SignedIn } from '../helpers/test-app';
import { createPortList, createScan, createTarget, waitForScan } from './helpers';

jest.setTimeout(120_000);

/**
 * Every way a run changes state publishes its event from the transition's own transaction (the outbox rows are the
 * truth: a row exists if and only if the transition committed).
 */
describe('scan run events', () => {
  let t: TestApp;
  let alice: SignedIn;
  let targetId: string;
  let quickPorts: string;

  beforeAll(async () => {
    t = await TestApp.start();
    alice = await t.createUser(await t.createOrganization('Acme'), 'User');
    targetId = await createTarget(t, alice.headers, ['127.0.0.1']);
    quickPorts = await createPortList(t, alice.headers, [await closedPort()]);
  });
  afterAll(() => t?.close());

  const eventsOf = async (historyId: string) =>
    (
      (await t.dataSource.query(
        `SELECT name, organization_id, payload FROM domain_events WHERE payload->>'historyId' = $1 ORDER BY occurred_at`,
        [historyId],
      )) as { name: string; organization_id: string; payload: Record<string, unknown> }[]
    ).map((e) => ({ name: e.name, organizationId: e.organization_id, ...e.payload }) as Record<string, unknown>);

  /** A run recorded as queued or running without a worker (as a crash leaves it), optionally with its job. */
  async function runRow(scanId: string, status: 'queued' | 'running', attempt = 1): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO scan_histories (organization_id, scan_id, user_id, trigger, status, progress, attempt, started_at, heartbeat_at)
       SELECT organization_id, id, user_id, 'manual', $2::varchar, 0, $3,
              CASE WHEN $2::varchar = 'running' THEN now() - interval '11 minutes' END,
              CASE WHEN $2::varchar = 'running' THEN now() - interval '10 minutes' END
         FROM scans WHERE id = $1 RETURNING id`,
      [scanId, status, attempt],
    );
    await t.dataSource.query(`UPDATE scans SET status = $3, last_history_id = $2 WHERE id = $1`, [
      scanId,
      row.id,
      status,
    ]);
    return row.id;
  }

  it('a completed run: scan.started, then scan.completed with its counts, changes and PCI status', async () => {
    const id = await createScan(t, alice.headers, { name: 'Quick', target_id: targetId, port_list_id: quickPorts });
    const start = await t.http.post(`/v2/scans/${id}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, id, 'completed');
    const events = await eventsOf(start.body.data.id);
    expect(events.map((e) => e.name)).toEqual(['scan.started', 'scan.completed']);
    expect(events[0]).toMatchObject({
      organizationId: alice.user.organizationId,
      scanId: id,
      scanName: 'Quick',
      targetId,
      trigger: 'manual',
      userId: alice.user.id,
      attempt: 1,
    });
    expect(events[1]).toMatchObject({
      scanId: id,
      hosts: { total: 1, up: expect.any(Number) },
      counts: { total: 0, critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      changes: { new: 0, fixed: 0, persisting: 0, reopened: 0 },
      pci: { status: 'pass', failing: 0 },
      finishedAt: expect.stringMatching(/Z$/),
    });
  });

  it('a run stopped while queued: scan.stopped', async () => {
    const id = await createScan(t, alice.headers, { name: 'Queued', target_id: targetId, port_list_id: quickPorts });
    const historyId = await runRow(id, 'queued');
    expect((await t.http.post(`/v2/scans/${id}/stop`).set(alice.headers).expect(202)).body.status).toBe('stopped');
    expect(await eventsOf(historyId)).toEqual([
      expect.objectContaining({ name: 'scan.stopped', scanId: id, reason: 'requested' }),
    ]);
  });

  it('a run stopped while running: scan.started, then scan.stopped', async () => {
    const wide = await createTarget(t, alice.headers, ['127.0.0.1-127.0.0.4'], 'wide');
    const everyPort = (
      await t.http
        .post('/v2/port_lists')
        .set(alice.headers)
        .send({ port_list: { name: 'every tcp port', port_ranges: [{ protocol: 'tcp', start: 1, end: 65535 }] } })
        .expect(201)
    ).body.data.id as string;
    const id = await createScan(t, alice.headers, { name: 'Long', target_id: wide, port_list_id: everyPort });
    const start = await t.http.post(`/v2/scans/${id}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, id, 'running');
    await t.http.post(`/v2/scans/${id}/stop`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, id, 'stopped', 20_000);
    expect((await eventsOf(start.body.data.id)).map((e) => [e.name, e.reason])).toEqual([
      ['scan.started', undefined],
      ['scan.stopped', 'requested'],
    ]);
  });

  it('a run whose inputs are gone: scan.started, then scan.failed with the reason', async () => {
    const doomed = await createTarget(t, alice.headers, ['127.0.0.1'], 'doomed');
    const id = await createScan(t, alice.headers, { name: 'Orphan', target_id: doomed, port_list_id: quickPorts });
    await t.http.delete(`/v2/targets/${doomed}`).set(alice.headers).expect(204);
    const historyId = await runRow(id, 'queued');
    await t.get(JobsService).send(RUN_SCAN, { organizationId: alice.user.organizationId, scanId: id, historyId });
    await waitForScan(t, alice.headers, id, 'failed');
    const events = await eventsOf(historyId);
    expect(events.map((e) => e.name)).toEqual(['scan.started', 'scan.failed']);
    expect(events[1].reason).toMatch(/target/);
  });

  it('runs given up or stopped by recovery: scan.failed and scan.stopped; a requeue publishes nothing', async () => {
    const recovery = t.get(ScanRecoveryService);
    const id = await createScan(t, alice.headers, { name: 'Crashy', target_id: targetId, port_list_id: quickPorts });
    const lastTry = await runRow(id, 'running', 2);
    expect((await recovery.recoverStaleRuns()).failed).toEqual([lastTry]);
    expect(await eventsOf(lastTry)).toEqual([
      expect.objectContaining({ name: 'scan.failed', attempt: 2, reason: expect.stringMatching(/stopped responding/) }),
    ]);

    const stopRequested = await runRow(id, 'running', 1);
    await t.dataSource.query(`UPDATE scan_histories SET stop_requested_at = now() WHERE id = $1`, [stopRequested]);
    expect((await recovery.recoverStaleRuns()).stopped).toEqual([stopRequested]);
    expect(await eventsOf(stopRequested)).toEqual([
      expect.objectContaining({ name: 'scan.stopped', reason: 'recovered' }),
    ]);

    const resumed = await runRow(id, 'running', 1);
    expect((await recovery.recoverStaleRuns()).requeued).toEqual([resumed]);
    // The second attempt runs from its job (queued in the same transaction) and completes; started was the first's.
    await waitForScan(t, alice.headers, id, 'completed');
    await eventually(async () => expect((await eventsOf(resumed)).map((e) => e.name)).toEqual(['scan.completed']));
  });
});
