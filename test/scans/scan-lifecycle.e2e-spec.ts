import { ScanRecoveryService } from '../../src/modules/scans/scan-recovery.service';
import { closedPort } from '../scan-engines/servers';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { createPortList, createScan, createTarget, waitForScan } from './helpers';

jest.setTimeout(180_000);

describe('scans: CRUD, validation, stop, worker-crash recovery, wizard', () => {
  let t: TestApp;
  let alice: SignedIn;
  let bob: SignedIn;
  let targetId: string;
  let quickPorts: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const orgA = await t.createOrganization('Acme');
    const orgB = await t.createOrganization('Other');
    alice = await t.createUser(orgA, 'User');
    bob = await t.createUser(orgB, 'User');
    targetId = await createTarget(t, alice.headers, ['127.0.0.1']);
    // One closed port: a run that completes in a moment.
    quickPorts = await createPortList(t, alice.headers, [await closedPort()]);
  });

  afterAll(() => t.close());

  const scanCount = async () =>
    (await t.http.get('/v2/scans').set(alice.headers).expect(200)).body.meta.total as number;

  it('creates, reads, updates and lists scans', async () => {
    const created = await t.http
      .post('/v2/scans')
      .set(alice.headers)
      .send({ scan: { name: 'Nightly', description: 'loopback', target_id: targetId, port_list_id: quickPorts } })
      .expect(201);
    expect(created.body.data).toMatchObject({
      type: 'scan',
      attributes: {
        name: 'Nightly',
        description: 'loopback',
        target_id: targetId,
        port_list_id: quickPorts,
        status: 'never_run',
        heartbeat_at: null,
        user_id: alice.user.id,
      },
      relationships: { target: { data: { id: targetId, type: 'target' } } },
    });
    const id = created.body.data.id;
    const updated = await t.http
      .put(`/v2/scans/${id}`)
      .set(alice.headers)
      .send({ scan: { name: 'Nightly 2' } })
      .expect(200);
    expect(updated.body.data.attributes).toMatchObject({ name: 'Nightly 2', description: 'loopback' });

    const found = await t.http.get('/v2/scans?q[name]=night*&sort_by=name:asc').set(alice.headers).expect(200);
    expect(found.body.data.map((s: { id: string }) => s.id)).toContain(id);
    expectError(await t.http.get('/v2/scans?q[secret]=1').set(alice.headers), 422, 'parameter_error');
    expectError(await t.http.get('/v2/scans?sort_by=password:asc').set(alice.headers), 422, 'parameter_error');
    expectError(await t.http.get('/v2/scans/not-a-uuid').set(alice.headers), 422, 'parameter_error');
    expectError(
      await t.http.get('/v2/scans/00000000-0000-4000-8000-000000000000').set(alice.headers),
      404,
      'not_found',
    );
    await t.http.get('/v2/scans').expect(401);
  });

  it('rejects bad input with 422 naming the field, and changes nothing', async () => {
    const before = await scanCount();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ scan: { target_id: targetId } }, /scan\.name/],
      [{ scan: { name: 'x', target_id: 'nope' } }, /scan\.target_id/],
      [{ scan: { name: 'x', target_id: '00000000-0000-4000-8000-000000000000' } }, /scan\.target_id/],
      [
        { scan: { name: 'x', target_id: targetId, scan_profile_id: '00000000-0000-4000-8000-000000000000' } },
        /scan\.scan_profile_id/,
      ],
      [
        { scan: { name: 'x', target_id: targetId, scanner_id: '00000000-0000-4000-8000-000000000000' } },
        /scan\.scanner_id/,
      ],
      [
        { scan: { name: 'x', target_id: targetId, port_list_id: '00000000-0000-4000-8000-000000000000' } },
        /scan\.port_list_id/,
      ],
      [{ scan: { name: 'x', target_id: targetId, status: 'completed' } }, /status/],
      [{}, /scan/],
    ];
    for (const [body, message] of cases) {
      const error = expectError(await t.http.post('/v2/scans').set(alice.headers).send(body), 422, 'parameter_error');
      expect(error.message).toMatch(message);
    }
    // Another organization's port list is not usable either.
    const bobPorts = await createPortList(t, bob.headers, [80]);
    expectError(
      await t.http
        .post('/v2/scans')
        .set(alice.headers)
        .send({ scan: { name: 'x', target_id: targetId, port_list_id: bobPorts } }),
      422,
      'parameter_error',
    );
    expect(await scanCount()).toBe(before);

    const id = await createScan(t, alice.headers, { name: 'Keep me', target_id: targetId });
    expectError(
      await t.http
        .put(`/v2/scans/${id}`)
        .set(alice.headers)
        .send({ scan: { name: '' } }),
      422,
      'parameter_error',
    );
    expectError(
      await t.http
        .put(`/v2/scans/${id}`)
        .set(alice.headers)
        .send({ scan: { target_id: '00000000-0000-4000-8000-000000000000' } }),
      422,
    );
    const same = await t.http.get(`/v2/scans/${id}`).set(alice.headers).expect(200);
    expect(same.body.data.attributes).toMatchObject({ name: 'Keep me', target_id: targetId });
  });

  it('stops a running scan: the engine is aborted and the run ends "stopped"', async () => {
    // Every TCP port of four loopback addresses: long enough to be stopped while running.
    const wide = await createTarget(t, alice.headers, ['127.0.0.1-127.0.0.4'], 'wide');
    const everyPort = await t.http
      .post('/v2/port_lists')
      .set(alice.headers)
      .send({ port_list: { name: 'every tcp port', port_ranges: [{ protocol: 'tcp', start: 1, end: 65535 }] } })
      .expect(201);
    const id = await createScan(t, alice.headers, {
      name: 'Long',
      target_id: wide,
      port_list_id: everyPort.body.data.id,
    });
    expectError(await t.http.post(`/v2/scans/${id}/stop`).set(alice.headers), 409, 'conflict');

    const start = await t.http.post(`/v2/scans/${id}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, id, 'running');
    expectError(await t.http.delete(`/v2/scans/${id}`).set(alice.headers), 409, 'conflict');
    expect(
      (
        await t.http
          .delete('/v2/scans')
          .set(alice.headers)
          .send({ ids: [id] })
          .expect(200)
      ).body,
    ).toEqual({ deleted: 0 });
    const running = await t.http.get('/v2/scans/running').set(alice.headers).expect(200);
    expect(running.body.data.map((s: { id: string }) => s.id)).toEqual([id]);

    const stop = await t.http.post(`/v2/scans/${id}/stop`).set(alice.headers).expect(202);
    expect(stop.body).toEqual({ status: 'stopping', history_id: start.body.data.id });
    await waitForScan(t, alice.headers, id, 'stopped', 20_000);

    const history = (await t.http.get(`/v2/scans/${id}/histories/${start.body.data.id}`).set(alice.headers).expect(200))
      .body.data.attributes;
    expect(history.status).toBe('stopped');
    expect(history.progress).toBeLessThan(100);
    expect(history.stop_requested_at).toMatch(/Z$/);
    expect(history.finished_at).toMatch(/Z$/);
    expect(history.statistics).toBeNull();
    expect((await t.http.get('/v2/scans/running').set(alice.headers).expect(200)).body.meta.total).toBe(0);

    // Stopped scans can be started again and deleted.
    await t.http.delete(`/v2/scans/${id}`).set(alice.headers).expect(204);
    expectError(await t.http.get(`/v2/scans/${id}/histories`).set(alice.headers), 404);
  });

  /** A run row as a worker that died mid-scan leaves it: running, heartbeat ten minutes old. */
  async function deadWorkerRun(scanId: string, attempt: number): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO scan_histories (organization_id, scan_id, user_id, trigger, status, progress, attempt, started_at, heartbeat_at)
       SELECT organization_id, id, user_id, 'manual', 'running', 40, $2, now() - interval '11 minutes', now() - interval '10 minutes'
         FROM scans WHERE id = $1 RETURNING id`,
      [scanId, attempt],
    );
    await t.dataSource.query(`UPDATE scans SET status = 'running', progress = 40, last_history_id = $2 WHERE id = $1`, [
      scanId,
      row.id,
    ]);
    return row.id;
  }

  it('recovers a run whose worker died: resumed once, then failed — never left running', async () => {
    const recovery = t.get(ScanRecoveryService);
    const id = await createScan(t, alice.headers, { name: 'Crashy', target_id: targetId, port_list_id: quickPorts });

    // A live run (fresh heartbeat) is left alone.
    const [live] = await t.dataSource.query(
      `INSERT INTO scan_histories (organization_id, scan_id, trigger, status, attempt, heartbeat_at)
       SELECT organization_id, id, 'manual', 'running', 1, now() FROM scans WHERE id = $1 RETURNING id`,
      [id],
    );
    const untouched = await recovery.recoverStaleRuns();
    expect([...untouched.requeued, ...untouched.failed]).not.toContain(live.id);
    await t.dataSource.query(`DELETE FROM scan_histories WHERE id = $1`, [live.id]);

    const first = await deadWorkerRun(id, 1);
    const outcome = await recovery.recoverStaleRuns();
    expect(outcome.requeued).toEqual([first]);
    await waitForScan(t, alice.headers, id, 'completed');
    const resumed = (await t.http.get(`/v2/scans/${id}/histories/${first}`).set(alice.headers).expect(200)).body.data
      .attributes;
    expect(resumed).toMatchObject({ status: 'completed', attempt: 2, progress: 100 });

    const second = await deadWorkerRun(id, 2);
    expect((await recovery.recoverStaleRuns()).failed).toEqual([second]);
    const failed = (await t.http.get(`/v2/scans/${id}/histories/${second}`).set(alice.headers).expect(200)).body.data
      .attributes;
    expect(failed.status).toBe('failed');
    expect(failed.error_message).toMatch(/stopped responding/);
    expect(failed.finished_at).toMatch(/Z$/);
    expect((await t.http.get(`/v2/scans/${id}`).set(alice.headers).expect(200)).body.data.attributes.status).toBe(
      'failed',
    );

    // Nothing is left running, and the scan can run again.
    expect((await t.http.get('/v2/scans/running').set(alice.headers).expect(200)).body.meta.total).toBe(0);
    await t.http.post(`/v2/scans/${id}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, id, 'completed');
    const completed = await t.http.get('/v2/scans/completed').set(alice.headers).expect(200);
    expect(completed.body.data.map((s: { id: string }) => s.id)).toContain(id);
    const histories = await t.http.get(`/v2/scans/${id}/histories?q[status]=failed`).set(alice.headers).expect(200);
    expect(histories.body.meta.total).toBe(1);
  });

  it('a failing run records why: a target that no longer exists', async () => {
    const doomed = await createTarget(t, alice.headers, ['127.0.0.1'], 'doomed');
    const id = await createScan(t, alice.headers, { name: 'Orphan', target_id: doomed, port_list_id: quickPorts });
    await t.http.delete(`/v2/targets/${doomed}`).set(alice.headers).expect(204);
    const error = expectError(await t.http.post(`/v2/scans/${id}/start`).set(alice.headers), 422, 'parameter_error');
    expect(error.message).toMatch(/scan\.target_id/);
    expect((await t.http.get(`/v2/scans/${id}/histories`).set(alice.headers).expect(200)).body.meta.total).toBe(0);
  });

  it('bulk-deletes only scans of the caller’s organization', async () => {
    const a = await createScan(t, alice.headers, { name: 'Del A', target_id: targetId });
    const b = await createScan(t, alice.headers, { name: 'Del B', target_id: targetId });
    expectError(
      await t.http
        .delete('/v2/scans')
        .set(alice.headers)
        .send({ ids: ['nope'] }),
      422,
      'parameter_error',
    );
    expect(
      (
        await t.http
          .delete('/v2/scans')
          .set(bob.headers)
          .send({ ids: [a, b] })
          .expect(200)
      ).body,
    ).toEqual({ deleted: 0 });
    expect(
      (
        await t.http
          .delete('/v2/scans')
          .set(alice.headers)
          .send({ ids: [a, b] })
          .expect(200)
      ).body,
    ).toEqual({ deleted: 2 });
    expectError(await t.http.get(`/v2/scans/${a}`).set(alice.headers), 404);
  });

  it('wizard: target + scan (+ schedule) at once, all or nothing', async () => {
    const targetsBefore = (await t.http.get('/v2/targets').set(alice.headers).expect(200)).body.meta.total;
    const scansBefore = await scanCount();

    const bad = expectError(
      await t.http
        .post('/v2/scans/wizard')
        .set(alice.headers)
        .send({ target: { name: 'W', hosts: ['not a host!'] }, scan: { name: 'W' } }),
      422,
      'parameter_error',
    );
    expect(bad.message).toMatch(/^target\.hosts/);
    expectError(
      await t.http
        .post('/v2/scans/wizard')
        .set(alice.headers)
        .send({ target: { name: 'W', hosts: ['127.0.0.1'] }, scan: {} }),
      422,
    );
    // A bad schedule leaves neither target nor scan behind.
    const badSchedule = await t.http
      .post('/v2/scans/wizard')
      .set(alice.headers)
      .send({ target: { name: 'W', hosts: ['127.0.0.1'] }, scan: { name: 'W' }, schedule: { nonsense: true } });
    expect(expectError(badSchedule, 422, 'parameter_error').message).toMatch(/^schedule\b/);
    expect((await t.http.get('/v2/targets').set(alice.headers).expect(200)).body.meta.total).toBe(targetsBefore);
    expect(await scanCount()).toBe(scansBefore);

    const res = await t.http
      .post('/v2/scans/wizard')
      .set(alice.headers)
      .send({
        target: { name: 'Wizard target', hosts: ['127.0.0.1'] },
        scan: { name: 'Wizard scan', port_list_id: quickPorts },
        start_now: true,
      })
      .expect(201);
    expect(res.body).toMatchObject({ schedule_id: null });
    const scan = (await t.http.get(`/v2/scans/${res.body.scan_id}`).set(alice.headers).expect(200)).body.data
      .attributes;
    expect(scan).toMatchObject({
      name: 'Wizard scan',
      target_id: res.body.target_id,
      last_history_id: res.body.history_id,
    });
    await waitForScan(t, alice.headers, res.body.scan_id, 'completed');

    const scheduled = await t.http
      .post('/v2/scans/wizard')
      .set(alice.headers)
      .send({
        target: { name: 'Weekly target', hosts: ['127.0.0.1'] },
        scan: { name: 'Weekly scan' },
        schedule: { start_at: '2030-03-04T09:00:00', time_zone: 'Europe/Berlin', frequency: 'weekly' },
      })
      .expect(201);
    expect(scheduled.body.schedule_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(scheduled.body.history_id).toBeNull();
    const schedule = await t.http.get(`/v2/schedules/${scheduled.body.schedule_id}`).set(alice.headers).expect(200);
    expect(schedule.body.data.attributes.scan_id).toBe(scheduled.body.scan_id);
  });
});
