import type { Organization } from '../../src/modules/organizations/organization.entity';
import { AdvancedReportsClock } from '../../src/modules/reports/advanced-reports.clock';
import { AdvancedReportDispatcher } from '../../src/modules/reports/advanced-report-dispatcher.service';
import { vulnerableHttpServer, type Started } from '../scan-engines/servers';
import { createPortList, createScan, createTarget, waitForScan } from '../scans/helpers';
import { eventually } from '../helpers/eventually';
import { waitForMail } from '../helpers/mail';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { binary, sha256, waitForReport } from './helpers';

jest.setTimeout(180_000);

describe('advanced reports: saved definitions, on demand and on their recurrence', () => {
  let t: TestApp;
  let orgA: Organization;
  let admin: SignedIn;
  let alice: SignedIn;
  let carol: SignedIn;
  let bob: SignedIn;
  let noPlan: SignedIn;
  let web: Started;
  let scanId: string;
  let now = Date.parse('2026-03-02T06:00:00Z');

  const create = (user: SignedIn, advanced_report: Record<string, unknown>) =>
    t.http.post('/v2/advanced_reports').set(user.headers).send({ advanced_report });

  beforeAll(async () => {
    t = await TestApp.start();
    jest.spyOn(t.get(AdvancedReportsClock), 'now').mockImplementation(() => new Date(now));
    orgA = await t.createOrganization('Acme');
    admin = await t.createUser(orgA, 'Admin');
    alice = await t.createUser(orgA, 'User');
    carol = await t.createUser(orgA, 'User');
    bob = await t.createUser(await t.createOrganization('Other'), 'Admin');
    // An organization whose plan does not include advanced reports.
    const superAdmin = await t.signInSuperAdmin();
    await t.http
      .post('/v2/products')
      .set(superAdmin.headers)
      .send({ product: { code: 'pci', name: 'PCI' } })
      .expect(201);
    await t.http
      .post('/v2/plans')
      .set(superAdmin.headers)
      .send({
        plan: {
          code: 'basic',
          name: 'Basic',
          product: 'pci',
          price: '1.00',
          features: { advanced_reports: { enabled: false } },
        },
      })
      .expect(201);
    const orgC = await t.createOrganization('Small');
    await t.http
      .post(`/v2/organizations/${orgC.id}/subscribe`)
      .set(superAdmin.headers)
      .send({ subscription: { plan: 'basic' } })
      .expect(201);
    noPlan = await t.createUser(orgC, 'Admin');

    web = await vulnerableHttpServer();
    const ports = await createPortList(t, alice.headers, [web.port]);
    const target = await createTarget(t, alice.headers, ['127.0.0.1']);
    scanId = await createScan(t, alice.headers, { name: 'Web', target_id: target, port_list_id: ports });
    await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, scanId, 'completed');
  });

  afterAll(async () => {
    await web?.close();
    await t?.close();
  });

  it('needs the advanced_reports plan feature', async () => {
    expectError(await t.http.get('/v2/advanced_reports').set(noPlan.headers), 403, 'plan.feature_not_available');
    expectError(
      await create(noPlan, { name: 'x', kind: 'executive', format: 'pdf' }),
      403,
      'plan.feature_not_available',
    );
  });

  it('creates, shows, lists and updates a definition; 422 on bad input', async () => {
    const res = await create(alice, {
      name: 'Weekly exec',
      kind: 'executive',
      format: 'pdf',
      scan_id: scanId,
      sections: ['summary', 'top_issues'],
      recipients: [carol.user.email, 'Auditor@Elsewhere.example'],
      recurrence: { start_at: '2026-03-02T08:00:00', time_zone: 'Europe/Paris', frequency: 'weekly', weekdays: ['MO'] },
    }).expect(201);
    const a = res.body.data.attributes;
    expect(a).toMatchObject({
      name: 'Weekly exec',
      kind: 'executive',
      format: 'pdf',
      scope: { scan_id: scanId },
      sections: ['summary', 'top_issues'],
      recipients: [carol.user.email, 'auditor@elsewhere.example'],
      external_recipients_allowed: false,
      enabled: true,
      next_run_at: '2026-03-02T07:00:00.000Z',
      last_report_id: null,
      user_id: alice.user.id,
      organization_id: orgA.id,
    });
    expect(a.rrule).toContain('RRULE:FREQ=WEEKLY');
    const id = res.body.data.id;
    await t.http.get(`/v2/advanced_reports/${id}`).set(alice.headers).expect(200);
    const list = await t.http.get('/v2/advanced_reports?q[name]=weekly*').set(alice.headers).expect(200);
    expect(list.body.meta.total).toBe(1);

    // Only an Admin may allow addresses outside the organization.
    expectError(
      await t.http
        .put(`/v2/advanced_reports/${id}`)
        .set(alice.headers)
        .send({ advanced_report: { external_recipients_allowed: true } }),
      403,
    );
    const allowed = await t.http
      .put(`/v2/advanced_reports/${id}`)
      .set(admin.headers)
      .send({ advanced_report: { external_recipients_allowed: true } })
      .expect(200);
    expect(allowed.body.data.attributes.external_recipients_allowed).toBe(true);
    // A User changing the recipients needs a new approval.
    const changed = await t.http
      .put(`/v2/advanced_reports/${id}`)
      .set(alice.headers)
      .send({
        advanced_report: { recipients: [carol.user.email, 'auditor@elsewhere.example', 'new@elsewhere.example'] },
      })
      .expect(200);
    expect(changed.body.data.attributes.external_recipients_allowed).toBe(false);
    await t.http
      .put(`/v2/advanced_reports/${id}`)
      .set(alice.headers)
      .send({ advanced_report: { recipients: [carol.user.email, 'auditor@elsewhere.example'] } })
      .expect(200);

    const bad = async (body: Record<string, unknown>, pattern: RegExp) => {
      const r = await create(alice, { name: 'bad', kind: 'executive', format: 'pdf', ...body });
      expectError(r, 422, 'parameter_error');
      expect(r.body.errors.map((e: { message: string }) => e.message).join(' | ')).toMatch(pattern);
    };
    await bad({ format: 'csv' }, /advanced_report\.format must be one of pdf/);
    await bad({ recurrence: { start_at: 'tomorrow', frequency: 'weekly' } }, /advanced_report\.recurrence\.start_at/);
    await bad(
      { recurrence: { start_at: '2026-03-02T08:00:00', frequency: 'fortnightly' } },
      /advanced_report\.recurrence\.frequency/,
    );
    await bad({ recipients: ['not-an-email'] }, /advanced_report\.recipients/);
    await bad({ scan_id: '00000000-0000-4000-8000-000000000000' }, /advanced_report\.scan_id does not exist/);
    expect((await t.http.get('/v2/advanced_reports').set(alice.headers).expect(200)).body.meta.total).toBe(1);
  });

  it('generates on demand: a report linked to its definition; download serves the latest', async () => {
    const def = (
      await create(alice, { name: 'Findings CSV', kind: 'detailed', format: 'csv', scan_id: scanId }).expect(201)
    ).body.data;
    expectError(
      await t.http.get(`/v2/advanced_reports/${def.id}/download`).set(alice.headers),
      409,
      'report.not_ready',
    );
    const first = await t.http.post(`/v2/advanced_reports/${def.id}/generate`).set(alice.headers).expect(202);
    expect(first.body.data).toMatchObject({
      type: 'report',
      attributes: { advanced_report_id: def.id, trigger: 'manual', status: 'queued' },
    });
    const one = await waitForReport(t, alice.headers, first.body.data.id);
    const second = await t.http.post(`/v2/advanced_reports/${def.id}/generate`).set(alice.headers).expect(202);
    const two = await waitForReport(t, alice.headers, second.body.data.id);
    expect(two.attributes.status).toBe('completed');
    const res = await t.http
      .get(`/v2/advanced_reports/${def.id}/download`)
      .set(alice.headers)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['x-cg-report-sha256']).toBe(two.attributes.sha256);
    expect(sha256(res.body)).toBe(two.attributes.sha256);
    expect(one.attributes.generated_at < two.attributes.generated_at).toBe(true);
    const shown = await t.http.get(`/v2/advanced_reports/${def.id}`).set(alice.headers).expect(200);
    expect(shown.body.data.attributes.last_report_id).toBe(second.body.data.id);
    const reports = await t.http.get(`/v2/reports?q[advanced_report_id]=${def.id}`).set(alice.headers).expect(200);
    expect(reports.body.meta.total).toBe(2);
  });

  it('generates on its recurrence, once per slot, and emails recipients a download link', async () => {
    const def = (await t.http.get('/v2/advanced_reports?q[name]=Weekly*').set(alice.headers).expect(200)).body.data[0];
    await t.http
      .put(`/v2/advanced_reports/${def.id}`)
      .set(admin.headers)
      .send({ advanced_report: { external_recipients_allowed: false } })
      .expect(200);
    const dispatcher = t.get(AdvancedReportDispatcher);
    // Before the slot: nothing.
    now = Date.parse('2026-03-02T06:59:00Z');
    expect(await dispatcher.dispatchDue()).toEqual([]);
    // At the slot (08:00 Paris = 07:00 UTC): one report, and the next slot a week later.
    now = Date.parse('2026-03-02T07:00:01Z');
    const [run] = await dispatcher.dispatchDue();
    expect(run).toMatchObject({ advancedReportId: def.id, outcome: 'queued', slot: new Date('2026-03-02T07:00:00Z') });
    expect(await dispatcher.dispatchDue()).toEqual([]);
    const shown = (await t.http.get(`/v2/advanced_reports/${def.id}`).set(alice.headers).expect(200)).body.data
      .attributes;
    expect(shown).toMatchObject({
      next_run_at: '2026-03-09T07:00:00.000Z',
      last_run_at: '2026-03-02T07:00:00.000Z',
      last_report_id: run.reportId,
    });
    const report = await waitForReport(t, alice.headers, run.reportId!);
    expect(report.attributes).toMatchObject({
      status: 'completed',
      trigger: 'schedule',
      advanced_report_id: def.id,
      user_id: alice.user.id,
    });

    // Carol is a member: she gets a link (never the file). The outside address is not allowed: nothing.
    const mail = await waitForMail(t.mailDir, carol.user.email, /Report ready: Weekly exec/);
    expect(mail.raw).not.toMatch(/Content-Disposition: attachment/i);
    expect(mail.text).toContain(report.attributes.sha256);
    const link = /\/reports\/links\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
    const file = await t.http.get(`/reports/links/${link}`).buffer(true).parse(binary).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(sha256(file.body)).toBe(report.attributes.sha256);
    await expect(waitForMail(t.mailDir, 'auditor@elsewhere.example', /Report ready/, 1500)).rejects.toThrow();
    expectError(await t.http.get(`/reports/links/${'x'.repeat(43)}`), 404);
    await t.dataSource.query(`UPDATE report_links SET expires_at = now() - interval '1 minute' WHERE recipient = $1`, [
      carol.user.email,
    ]);
    expectError(await t.http.get(`/reports/links/${link}`), 410, 'report.link_expired');

    // Once an Admin allows it, the next slot reaches the outside address too.
    await t.http
      .put(`/v2/advanced_reports/${def.id}`)
      .set(admin.headers)
      .send({ advanced_report: { external_recipients_allowed: true } })
      .expect(200);
    now = Date.parse('2026-03-09T07:00:05Z');
    const [next] = await dispatcher.dispatchDue();
    expect(next).toMatchObject({ outcome: 'queued', slot: new Date('2026-03-09T07:00:00Z') });
    await waitForReport(t, alice.headers, next.reportId!);
    const outside = await waitForMail(t.mailDir, 'auditor@elsewhere.example', /Report ready: Weekly exec/);
    expect(outside.text).toMatch(/\/reports\/links\/[A-Za-z0-9_-]{43}/);
    // Missed slots collapse into one run.
    now = Date.parse('2026-04-01T00:00:00Z');
    expect(await dispatcher.dispatchDue()).toHaveLength(1);
    expect(await dispatcher.dispatchDue()).toHaveLength(0);
    await eventually(async () => {
      const r = await t.http
        .get(`/v2/reports?q[advanced_report_id]=${def.id}&q[status]=completed`)
        .set(alice.headers)
        .expect(200);
      expect(r.body.meta.total).toBe(3);
    }, 60_000);
  });

  it('answers 404 to another organization on every advanced report route', async () => {
    const def = (await t.http.get('/v2/advanced_reports?q[name]=Findings*').set(alice.headers).expect(200)).body
      .data[0];
    const b = bob.headers;
    expectError(await t.http.get(`/v2/advanced_reports/${def.id}`).set(b), 404, 'not_found');
    expectError(
      await t.http
        .put(`/v2/advanced_reports/${def.id}`)
        .set(b)
        .send({ advanced_report: { name: 'mine' } }),
      404,
    );
    expectError(await t.http.post(`/v2/advanced_reports/${def.id}/generate`).set(b), 404);
    expectError(await t.http.get(`/v2/advanced_reports/${def.id}/download`).set(b), 404);
    expectError(await t.http.delete(`/v2/advanced_reports/${def.id}`).set(b), 404);
    expect(
      (
        await t.http
          .delete('/v2/advanced_reports')
          .set(b)
          .send({ ids: [def.id] })
          .expect(200)
      ).body,
    ).toEqual({ deleted: 0 });
    expect((await t.http.get('/v2/advanced_reports').set(b).expect(200)).body.meta.total).toBe(0);
    expectError(await create(bob, { name: 'x', kind: 'executive', format: 'pdf', scan_id: scanId }), 422);
    // The owner deletes it; its reports stay.
    await t.http.delete(`/v2/advanced_reports/${def.id}`).set(alice.headers).expect(204);
    const reports = await t.http.get('/v2/reports?q[kind]=detailed').set(alice.headers).expect(200);
    expect(reports.body.meta.total).toBeGreaterThanOrEqual(2);
  });
});
