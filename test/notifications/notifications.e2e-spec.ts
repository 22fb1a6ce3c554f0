import fs from 'node:fs';
import { PeriodicTasks } from '../../src/jobs/periodic-tasks.service';
import { NotificationSubscribers } from '../../src/modules/notifications/notification-subscribers';
import { NotificationsService } from '../../src/modules/notifications/notifications.service';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { eventually } from '../helpers/eventually';
import { waitForMail } from '../helpers/mail';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { generate, waitForReport } from '../reports/helpers';
import { closedPort } from '../scan-engines/servers';
import { createPortList, createScan, createTarget, waitForScan } from '../scans/helpers';

jest.setTimeout(120_000);

type Json = Record<string, any>;

/**
 * Notifications end to end: a real scan of 127.0.0.1 (one closed port: quick) tells its owner and the organization's
 * Admins, as their preferences say, in-app and by email; exceptions reach their reviewers and requester, reports
 * their requester. Each user reads, marks and deletes only their own.
 */
describe('notifications: in-app and email, per user, as preferences say', () => {
  let t: TestApp;
  let acme: Organization;
  let alice: SignedIn; // User of Acme, runs the scans
  let adam: SignedIn; // Admin of Acme
  let ann: SignedIn; // another User of Acme
  let bob: SignedIn; // Admin of another organization
  let scanId: string;

  const list = async (who: SignedIn, query = '') => {
    const res = await t.http.get(`/v2/notifications${query}`).set(who.headers).expect(200);
    return res.body as { data: Json[]; meta: Json };
  };
  /** Waits until `who` has `count` notifications of `event` (the subscribers run as jobs after the commit). */
  const waitFor = (who: SignedIn, event: string, count = 1) =>
    eventually(
      async () => {
        const { data } = await list(who, `?q[event]=${event}`);
        if (data.length < count) throw new Error(`${data.length} ${event} notifications, waiting for ${count}`);
        return data;
      },
      30_000,
      100,
    );
  /** Subjects of the mails sent to a user so far. */
  const mailsTo = (who: SignedIn) =>
    (fs.existsSync(t.mailDir) ? fs.readdirSync(t.mailDir) : [])
      .map((f) => fs.readFileSync(`${t.mailDir}/${f}`, 'utf8'))
      .filter((raw) => new RegExp(`^To: .*${who.user.email}`, 'm').test(raw))
      .map((raw) => /^Subject: (.*)$/m.exec(raw)?.[1]);
  const runScan = async () => {
    await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, scanId, 'completed');
  };

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createOrganization('Acme');
    alice = await t.createUser(acme, 'User', 'alice_n');
    adam = await t.createUser(acme, 'Admin', 'adam_n');
    ann = await t.createUser(acme, 'User', 'ann_n');
    bob = await t.createUser(await t.createOrganization('Other'), 'Admin', 'bob_n');
    await t.http
      .put('/v2/whitelabel/settings')
      .set(adam.headers)
      .send({ whitelabel: { company_name: 'Acme Security', support_email: 'help@acme.example' } })
      .expect(200);
    const targetId = await createTarget(t, alice.headers, ['127.0.0.1']);
    const ports = await createPortList(t, alice.headers, [await closedPort()]);
    scanId = await createScan(t, alice.headers, { name: 'Perimeter', target_id: targetId, port_list_id: ports });
    await runScan();
  });
  afterAll(() => t?.close());

  it("a scan tells its owner and the organization's Admins: scan_started and scan_completed", async () => {
    for (const who of [alice, adam]) {
      const [started] = await waitFor(who, 'scan_started');
      const [completed] = await waitFor(who, 'scan_completed');
      expect(started).toMatchObject({
        type: 'notification',
        attributes: {
          event: 'scan_started',
          title: 'Scan started: Perimeter',
          resource_type: 'scan',
          resource_id: scanId,
          read_at: null,
          seen_at: null,
          created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        },
        relationships: { user: { data: { id: who.user.id, type: 'user' } } },
      });
      expect(completed.attributes).toMatchObject({ title: 'Scan completed: Perimeter', resource_id: scanId });
      expect(completed.attributes.body).toMatch(/0 vulnerabilities .*PCI: pass/);
    }
    const mine = await list(alice);
    expect(mine.data.map((n) => n.attributes.event)).toEqual(['scan_completed', 'scan_started']); // newest first
    expect(mine.meta).toMatchObject({ page: 1, per_page: 25, total: 2, total_pages: 1, unread: 2, unseen: 2 });
    // Neither another User of the organization nor another organization hears of it.
    expect((await list(ann)).data).toEqual([]);
    expect((await list(bob)).data).toEqual([]);
  });

  it('scan_completed is emailed (the catalogue says so, the preference is on); scan_started is not', async () => {
    const mail = await waitForMail(t.mailDir, alice.user.email, /^Scan completed: Perimeter$/);
    expect(mail.text).toContain('Hello alice_n');
    // In the organization's whitelabel branding, like every other mail.
    expect(mail.raw).toMatch(/^From: Acme Security <no-reply@localhost>$/m);
    expect(mail.raw).toMatch(/^Reply-To: help@acme.example$/m);
    expect(mail.text).toMatch(/0 vulnerabilities/);
    expect(mail.text).toContain('/v2/user/preferences/notifications/scan_completed/disable');
    await waitForMail(t.mailDir, adam.user.email, /^Scan completed: Perimeter$/);
    expect(mailsTo(alice)).toEqual(['Scan completed: Perimeter']);
  });

  it('an event the user disabled is neither shown nor emailed; the others still are', async () => {
    await t.http.put('/v2/user/preferences/notifications/scan_completed/disable').set(alice.headers).expect(200);
    await runScan();
    await waitFor(alice, 'scan_started', 2);
    // Adam's notification of the second completion is written with Alice's decision (one transaction per event).
    await waitFor(adam, 'scan_completed', 2);
    expect((await list(alice, '?q[event]=scan_completed')).data).toHaveLength(1);
    // Adam's second email was queued with the same transaction as Alice's would have been.
    await eventually(async () => expect(mailsTo(adam)).toHaveLength(2), 15_000, 100);
    expect(mailsTo(alice)).toEqual(['Scan completed: Perimeter']);
    await t.http.put('/v2/user/preferences/notifications/scan_completed/enable').set(alice.headers).expect(200);
  });

  it('the list grammar: filters on event, read and seen, sort, paging, text search; 422 on bad parameters', async () => {
    const all = await list(alice);
    expect(all.meta).toMatchObject({ total: 3, unread: 3, unseen: 3 });
    expect((await list(alice, '?q[event]=scan_started')).meta.total).toBe(2);
    expect((await list(alice, '?q[read]=false')).meta.total).toBe(3);
    expect((await list(alice, '?q[read]=true')).meta).toMatchObject({ total: 0, unread: 3 });
    const asc = await list(alice, '?sort_by=created_at:asc&per_page=2&page=1');
    expect(asc.data.map((n) => n.attributes.event)).toEqual(['scan_started', 'scan_completed']);
    expect(asc.meta).toMatchObject({ per_page: 2, total: 3, total_pages: 2 });
    expect((await list(alice, '?q=vulnerabilities')).meta.total).toBe(1);
    expect((await list(alice, `?q[resource_id]=${scanId}&q[resource_type]=scan`)).meta.total).toBe(3);
    for (const bad of [
      '?q[nope]=1',
      '?q[read]=maybe',
      '?q[event]=coffee_ready',
      '?sort_by=body:asc',
      '?per_page=500',
      '?q[resource_id]=not-a-uuid',
    ])
      expectError(await t.http.get(`/v2/notifications${bad}`).set(alice.headers), 422);
    expectError(await t.http.get('/v2/notifications').set(t.keyOnly), 401);
  });

  it('read, seen, read_all, seen_all and delete change only the caller’s own; meta counts follow', async () => {
    const [newest, middle, oldest] = (await list(alice)).data;
    const seen = await t.http.put(`/v2/notifications/${oldest.id}/seen`).set(alice.headers).expect(200);
    expect(seen.body.data.attributes).toMatchObject({ seen_at: expect.any(String), read_at: null });
    expect((await list(alice)).meta).toMatchObject({ unread: 3, unseen: 2 });

    const read = await t.http.put(`/v2/notifications/${middle.id}/read`).set(alice.headers).expect(200);
    expect(read.body.data.attributes).toMatchObject({ read_at: expect.any(String), seen_at: expect.any(String) });
    const again = await t.http.put(`/v2/notifications/${middle.id}/read`).set(alice.headers).expect(200);
    expect(again.body.data.attributes.read_at).toBe(read.body.data.attributes.read_at); // idempotent
    expect((await list(alice)).meta).toMatchObject({ unread: 2, unseen: 1 });
    expect((await list(alice, '?q[read]=true')).data.map((n) => n.id)).toEqual([middle.id]);
    expect((await list(alice, '?q[seen]=false')).data.map((n) => n.id)).toEqual([newest.id]);

    const shown = await t.http.get(`/v2/notifications/${middle.id}`).set(alice.headers).expect(200);
    expect(shown.body.data).toMatchObject({ id: middle.id, attributes: { event: middle.attributes.event } });

    // Someone else's notification is a 404, whoever asks, and nothing changes.
    for (const other of [adam, ann, bob]) {
      expectError(await t.http.get(`/v2/notifications/${newest.id}`).set(other.headers), 404);
      expectError(await t.http.put(`/v2/notifications/${newest.id}/read`).set(other.headers), 404);
      expectError(await t.http.put(`/v2/notifications/${newest.id}/seen`).set(other.headers), 404);
      expectError(await t.http.delete(`/v2/notifications/${newest.id}`).set(other.headers), 404);
    }
    expectError(await t.http.get('/v2/notifications/not-a-uuid').set(alice.headers), 422);
    expect((await list(alice)).meta).toMatchObject({ total: 3, unread: 2, unseen: 1 });

    const adamBefore = (await list(adam)).meta;
    const seenAll = await t.http.put('/v2/notifications/seen_all').set(alice.headers).expect(200);
    expect(seenAll.body).toEqual({ updated: 1, unread: 2, unseen: 0 });
    const readAll = await t.http.put('/v2/notifications/read_all').set(alice.headers).expect(200);
    expect(readAll.body).toEqual({ updated: 2, unread: 0, unseen: 0 });
    expect((await list(adam)).meta).toMatchObject({ unread: adamBefore.unread, unseen: adamBefore.unseen });

    await t.http.delete(`/v2/notifications/${oldest.id}`).set(alice.headers).expect(204);
    expectError(await t.http.get(`/v2/notifications/${oldest.id}`).set(alice.headers), 404);
    expect((await list(alice)).meta.total).toBe(2);
  });

  it('a redelivered event creates nothing twice', async () => {
    const service = t.get(NotificationsService);
    const eventId = '7f9c1f7e-1111-4a5b-9c9d-0123456789ab';
    const draft = {
      event: 'report_failed' as const,
      title: 'Report failed: test',
      body: 'test',
      resourceType: null,
      resourceId: null,
    };
    expect(await service.notify(eventId, acme.id, [ann.user.id, ann.user.id], draft)).toBe(1);
    expect(await service.notify(eventId, acme.id, [ann.user.id], draft)).toBe(0);
    expect((await list(ann, '?q[event]=report_failed')).meta.total).toBe(1);
  });

  it('scan_failed, scan_stopped and saq_approved go to the owner and Admins as the events say', async () => {
    const subscribers = t.get(NotificationSubscribers);
    const meta = (eventId: string) => ({ eventId, name: 'x', occurredAt: new Date().toISOString(), retryCount: 0 });
    const run = {
      organizationId: acme.id,
      scanId,
      scanName: 'Perimeter',
      historyId: scanId,
      targetId: scanId,
      trigger: 'schedule' as const,
      userId: null, // a schedule started it: the scan's owner is told
      ownerId: alice.user.id,
      scheduleId: null,
      attempt: 1,
      startedAt: null,
      finishedAt: new Date().toISOString(),
    };
    await subscribers.onScanFailed(
      { ...run, reason: 'The target is gone' },
      meta('0b6f3a52-2222-4c1d-8e2f-0123456789ab'),
    );
    await subscribers.onScanStopped({ ...run, reason: 'requested' }, meta('0b6f3a52-3333-4c1d-8e2f-0123456789ab'));
    for (const who of [alice, adam]) {
      const [failed] = await waitFor(who, 'scan_failed');
      expect(failed.attributes).toMatchObject({
        title: 'Scan failed: Perimeter',
        body: 'The scan "Perimeter" failed: The target is gone',
      });
      await waitFor(who, 'scan_stopped');
    }
    await waitForMail(t.mailDir, alice.user.email, /^Scan failed: Perimeter$/);
    await subscribers.onSaqApproved(
      {
        organizationId: acme.id,
        saqId: scanId,
        type: 'A',
        status: 'compliant',
        approvedBy: alice.user.id,
        approvedAt: new Date().toISOString(),
      },
      meta('0b6f3a52-4444-4c1d-8e2f-0123456789ab'),
    );
    expect((await waitFor(adam, 'saq_approved'))[0].attributes.title).toBe('SAQ A approved');
    expect((await list(ann, '?q[event]=saq_approved')).data).toEqual([]);
  });

  it('exceptions: a request reaches the reviewers (Admins), the review reaches the requester', async () => {
    const create = (check: string) =>
      t.http
        .post('/v2/exceptions')
        .set(alice.headers)
        .send({ exception: { reason: 'false_positive', justification: 'Test page only', check_id: check } })
        .expect(201);
    const first = (await create('http.trace-enabled')).body.data.id as string;
    const [review] = await waitFor(adam, 'exception_created');
    expect(review.attributes).toMatchObject({
      title: 'Exception to review: http.trace-enabled',
      resource_type: 'exception',
      resource_id: first,
    });
    expect(review.attributes.body).toMatch(/false positive exception .*whole organization/);
    await waitForMail(t.mailDir, adam.user.email, /^Exception to review/);

    await t.http
      .put('/v2/exceptions/activate')
      .set(adam.headers)
      .send({ ids: [first] })
      .expect(200);
    const [approved] = await waitFor(alice, 'exception_approved');
    expect(approved.attributes).toMatchObject({ title: 'Exception approved: http.trace-enabled', resource_id: first });

    const second = (await create('http.directory-listing')).body.data.id as string;
    await t.http
      .put('/v2/exceptions/reject')
      .set(adam.headers)
      .send({ ids: [second], comment: 'no' })
      .expect(200);
    const [rejected] = await waitFor(alice, 'exception_rejected');
    expect(rejected.attributes.resource_id).toBe(second);

    // The requester is not told of their own request, nor the reviewer of their own review.
    expect((await list(alice, '?q[event]=exception_created')).data).toEqual([]);
    expect((await list(adam, '?q[resource_type]=exception')).data.map((n) => n.attributes.event)).toEqual([
      'exception_created',
      'exception_created',
    ]);
    expect((await list(bob, '?q[resource_type]=exception')).data).toEqual([]);
  });

  it('a week before an active exception expires, its requester and the Admins are told once (exception_expiring)', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const accept = async (check: string, days: number) => {
      const res = await t.http
        .post('/v2/exceptions')
        .set(alice.headers)
        .send({
          exception: {
            reason: 'accepted_risk',
            justification: 'Until the upgrade',
            check_id: check,
            expires_at: inDays(days),
          },
        })
        .expect(201);
      const id = res.body.data.id as string;
      await t.http
        .put('/v2/exceptions/activate')
        .set(adam.headers)
        .send({ ids: [id] })
        .expect(200);
      return id;
    };
    const soon = await accept('tls.weak-cipher', 3);
    await accept('tls.self-signed-certificate', 30); // not within the week: not announced
    const pending = await t.http
      .post('/v2/exceptions')
      .set(alice.headers)
      .send({
        exception: {
          reason: 'accepted_risk',
          justification: 'x',
          check_id: 'tls.weak-protocol-tls10',
          expires_at: inDays(2),
        },
      })
      .expect(201); // pending, not active: not announced

    await t.get(PeriodicTasks).tick('exceptions.expire');
    for (const who of [alice, adam]) {
      const [notice] = await waitFor(who, 'exception_expiring');
      expect(notice.attributes).toMatchObject({
        title: 'Exception expiring: tls.weak-cipher',
        resource_type: 'exception',
        resource_id: soon,
      });
      expect(notice.attributes.body).toMatch(
        /^An accepted risk exception for tls\.weak-cipher \(the whole organization, 0 findings covered\) expires on \d{4}-\d\d-\d\d \d\d:\d\d UTC.*reset it and ask for a new one/,
      );
    }
    const mail = await waitForMail(t.mailDir, alice.user.email, /^Exception expiring: tls\.weak-cipher/);
    expect(mail.text).toContain('-- \nAcme Security · help@acme.example'); // the branded signature, decoded as UTF-8
    // The next ticks announce nothing again; the exception itself is still active.
    await t.get(PeriodicTasks).tick('exceptions.expire');
    await new Promise((r) => setTimeout(r, 500));
    for (const who of [alice, adam]) expect((await list(who, '?q[event]=exception_expiring')).data).toHaveLength(1);
    expect((await list(bob, '?q[event]=exception_expiring')).data).toEqual([]);
    const shown = await t.http.get(`/v2/exceptions/${soon}`).set(alice.headers).expect(200);
    expect(shown.body.data.attributes.status).toBe('active');
    expect(pending.body.data.attributes.status).toBe('pending');
  });

  it('scan_scheduled (off by default): a new schedule tells the Admins who asked for it, not its creator', async () => {
    await t.http.put('/v2/user/preferences/notifications/scan_scheduled/enable').set(adam.headers).expect(200);
    await t.http.put('/v2/user/preferences/notifications/scan_scheduled/enable').set(ann.headers).expect(200);
    const schedule = {
      scan_id: scanId,
      start_at: '2031-01-06T09:00',
      time_zone: 'Europe/Paris',
      frequency: 'weekly',
      weekdays: ['MO'],
    };
    const res = await t.http.post('/v2/schedules').set(alice.headers).send({ schedule }).expect(201);
    const [notice] = await waitFor(adam, 'scan_scheduled');
    expect(notice.attributes).toMatchObject({
      title: 'Scan scheduled: Perimeter',
      resource_type: 'schedule',
      resource_id: res.body.data.id,
    });
    expect(notice.attributes.body).toBe(
      'The scan "Perimeter" was scheduled (weekly, Europe/Paris); first run 2031-01-06 08:00 UTC.',
    );
    // Its creator (who owns the scan) made the change; Ann is neither the owner nor an Admin; Bob is elsewhere.
    for (const who of [alice, ann, bob]) expect((await list(who, '?q[event]=scan_scheduled')).data).toEqual([]);
  });

  it('a generated report reaches its requester', async () => {
    const id = await generate(t, ann.headers, { kind: 'detailed', format: 'json', scan_id: scanId });
    expect((await waitForReport(t, ann.headers, id)).attributes.status).toBe('completed');
    const [ready] = await waitFor(ann, 'report_generated');
    expect(ready.attributes).toMatchObject({
      title: 'Report ready: Detailed Vulnerability Report (JSON)',
      resource_type: 'report',
      resource_id: id,
    });
    await waitForMail(t.mailDir, ann.user.email, /^Report ready: Detailed Vulnerability Report/);
    expect((await list(adam, '?q[event]=report_generated')).data).toEqual([]);
  });

  it('notifications older than NOTIFICATIONS_RETENTION_DAYS (180) are deleted by the prune task, read or not', async () => {
    const before = (await list(adam)).data;
    expect(before.length).toBeGreaterThan(1);
    const [old, kept] = [before[before.length - 1], before[0]];
    await t.dataSource.query(`UPDATE notifications SET created_at = now() - interval '181 days' WHERE id = $1`, [
      old.id,
    ]);
    await t.dataSource.query(`UPDATE notifications SET created_at = now() - interval '179 days' WHERE id = $1`, [
      kept.id,
    ]);
    await t.get(PeriodicTasks).tick('notifications.prune');
    await t.http.get(`/v2/notifications/${old.id}`).set(adam.headers).expect(404);
    await t.http.get(`/v2/notifications/${kept.id}`).set(adam.headers).expect(200);
    expect((await list(adam)).meta.total).toBe(before.length - 1);
  });
});
