import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { PeriodicTasks } from '../../src/jobs/periodic-tasks.service';
import { REMINDER_TASK } from '../../src/modules/saq/saq-reminders.service';
import { generate, waitForReport } from '../reports/helpers';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { eventsNamed } from '../helpers/events';
import { waitForMail } from '../helpers/mail';
import { enrollTotp, stepUpWithTotp, TestClock } from '../mfa/mfa-helpers';
import { hardenedHttpServer, type Started, vulnerableHttpServer } from '../scan-engines/servers';
import { createPortList, createScan, createTarget, waitForScan } from '../scans/helpers';

jest.setTimeout(240_000);

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function pdfText(buffer: Buffer): string {
  const file = path.join(os.tmpdir(), `saq-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, buffer);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

type Answers = Record<string, Record<string, unknown> | null>;

describe('SAQ: recommend, fill an SAQ A-EP, ASV evidence, attest with step-up, PDF, clone, template, reminder', () => {
  let t: TestApp;
  let orgA: Organization;
  let admin: SignedIn;
  let user: SignedIn;
  let outsider: SignedIn;
  let clock: TestClock;
  let totpSecret: string;
  let saqId: string;
  let cloneId: string;
  let requirementIds: string[];
  const servers: Started[] = [];

  const get = (id: string, who = user) => t.http.get(`/v2/saqs/${id}`).set(who.headers);
  const put = (id: string, saq: Record<string, unknown>, who = user) =>
    t.http.put(`/v2/saqs/${id}`).set(who.headers).send({ saq });
  const answer = (id: string, answers: Answers, who = user) => put(id, { answers }, who);
  const approve = (id: string, headers: Record<string, string>, attestation?: Record<string, unknown>) =>
    t.http
      .put(`/v2/saqs/${id}/approve`)
      .set(headers)
      .send({ attestation: attestation ?? { name: 'Ada Lovelace', title: 'Managing Director', date: today() } });
  const today = () => new Date().toISOString().slice(0, 10);
  const stepUp = async () => ({
    ...admin.headers,
    'x-mfa-step-up-token': await stepUpWithTotp(t, clock, admin.headers, totpSecret),
  });
  const events = (name: string) => eventsNamed(t, name);

  /** Runs a builtin-engine scan of one loopback server to completion; answers the run's PCI status. */
  async function scanOnce(server: Started, name: string): Promise<{ scanId: string; historyId: string; pci: string }> {
    const portList = await createPortList(t, user.headers, [server.port]);
    const target = await createTarget(t, user.headers, ['127.0.0.1'], `${name} target`);
    const scanId = await createScan(t, user.headers, { name, target_id: target, port_list_id: portList });
    const start = await t.http.post(`/v2/scans/${scanId}/start`).set(user.headers).expect(202);
    await waitForScan(t, user.headers, scanId, 'completed');
    const run = await t.http.get(`/v2/scans/${scanId}/histories/${start.body.data.id}`).set(user.headers).expect(200);
    return { scanId, historyId: start.body.data.id, pci: run.body.data.attributes.statistics.pci.status };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    orgA = await t.createOrganization('Northwind', {
      companyName: 'Northwind Coffee Roasters Ltd',
      address: '42 Harbour Street',
      city: 'Bristol',
      zipcode: 'BS1 4QA',
      country: 'United Kingdom',
      website: 'https://shop.northwind.example',
      contactName: 'Grace Hopper',
      contactTitle: 'Head of Operations',
      contactEmail: 'compliance@northwind.example',
    });
    const orgB = await t.createOrganization('Other');
    admin = await t.createUser(orgA, 'Admin');
    user = await t.createUser(orgA, 'User');
    outsider = await t.createUser(orgB, 'Admin');
    clock = new TestClock(t);
    await t.http
      .put('/v2/whitelabel/settings')
      .set(admin.headers)
      .send({ whitelabel: { company_name: 'Partner Security', support_email: 'help@partner.example' } })
      .expect(200);
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await t?.close();
  });

  it('lists the ten SAQ types with who they are for, eligibility and question counts', async () => {
    const res = await t.http.get('/v2/saqs/types').set(user.headers).expect(200);
    expect(res.body.meta).toEqual({ page: 1, per_page: 25, total: 10, total_pages: 1 });
    const byType = Object.fromEntries(
      res.body.data.map((d: { attributes: { type: string } }) => [d.attributes.type, d]),
    );
    expect(Object.keys(byType)).toEqual(['A', 'A-EP', 'B', 'B-IP', 'C', 'C-VT', 'D-Merchant', 'D-SP', 'P2PE', 'SPoC']);
    expect(byType['A-EP']).toMatchObject({
      type: 'saq_type',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      attributes: {
        name: 'SAQ A-EP',
        pci_dss_version: '4.0.1',
        applies_to: 'merchant',
        question_count: 155,
        asv_scan_required: true,
        responses: ['in_place', 'in_place_ccw', 'not_applicable', 'not_in_place'],
        eligibility: expect.arrayContaining([{ id: 'ecommerce_only', text: expect.any(String) }]),
      },
    });
    expect(byType.A.attributes.question_count).toBe(27);
    expect(byType['D-SP'].attributes).toMatchObject({ applies_to: 'service_provider', question_count: 259 });
    expect(byType['D-Merchant'].attributes.responses).toContain('not_tested');
    expect(byType.P2PE.attributes.asv_scan_required).toBe(false);
    // The list grammar, over the catalogue.
    const ecommerce = await t.http
      .get('/v2/saqs/types?q[channels]=ecommerce&q[applies_to]=merchant&sort_by=requirement_count:asc')
      .set(user.headers)
      .expect(200);
    expect(ecommerce.body.data[0].attributes.type).toBe('A');
    expect(ecommerce.body.data.map((d: { attributes: { type: string } }) => d.attributes.type)).not.toContain('D-SP');
    const paged = await t.http.get('/v2/saqs/types?per_page=3&page=2').set(user.headers).expect(200);
    expect(paged.body.meta).toEqual({ page: 2, per_page: 3, total: 10, total_pages: 4 });
    expect(paged.body.data.map((d: { attributes: { type: string } }) => d.attributes.type)).toEqual([
      'B-IP',
      'C',
      'C-VT',
    ]);
    expectError(await t.http.get('/v2/saqs/types?q[secret]=A').set(user.headers), 422, 'parameter_error');
  });

  it('gives the questions of a type, grouped by principal requirement, with the ASV flag', async () => {
    const res = await t.http.get('/v2/saqs/types/a-ep/template').set(user.headers).expect(200);
    const groups = res.body.data.attributes.principal_requirements as {
      number: string;
      requirements: { id: string; asv_scan: boolean; text: string }[];
    }[];
    expect(groups.map((g) => g.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    requirementIds = groups.flatMap((g) => g.requirements.map((r) => r.id));
    expect(requirementIds).toHaveLength(155);
    const req11 = groups.find((g) => g.number === '11')!.requirements;
    expect(req11.find((r) => r.id === '11.3.2')).toMatchObject({ asv_scan: true, text: expect.stringMatching(/ASV/) });
    expect(req11.find((r) => r.id === '11.6.1')!.asv_scan).toBe(false);
    expectError(await t.http.get('/v2/saqs/types/Z/template').set(user.headers), 404, 'not_found');
  });

  it('recommends SAQ A-EP for a direct-post checkout, with the reasons; bad answers are 422s', async () => {
    const res = await t.http
      .post('/v2/saqs/recommend')
      .set(user.headers)
      .send({
        answers: {
          service_provider: false,
          channels: ['ecommerce'],
          stores_account_data_electronically: false,
          ecommerce: { payment_page: 'direct_post' },
          providers_pci_compliant: true,
        },
      })
      .expect(200);
    expect(res.body).toMatchObject({
      type: 'A-EP',
      name: 'SAQ A-EP',
      channels: [{ channel: 'ecommerce', type: 'A-EP' }],
    });
    expect(res.body.reasons.join(' ')).toMatch(/your website produces the payment page/);
    expect(res.body.not_suitable.find((n: { type: string }) => n.type === 'A').reason).toMatch(/fully outsourced/);
    const bad = await t.http
      .post('/v2/saqs/recommend')
      .set(user.headers)
      .send({ answers: { service_provider: false, channels: ['ecommerce'], checkout: 'iframe' } });
    expect(expectError(bad, 422, 'parameter_error').message).toBeDefined();
    expect(bad.body.errors.map((e: { message: string }) => e.message)).toEqual(
      expect.arrayContaining([
        'answers.checkout is not a known question',
        'answers.stores_account_data_electronically is required (true or false)',
        'answers.ecommerce.payment_page is required when channels include ecommerce',
      ]),
    );
    expectError(await t.http.post('/v2/saqs/recommend').set(user.headers).send({}), 422, 'parameter_error');
  });

  it('starts an SAQ A-EP with Part 1 prefilled from the organization', async () => {
    const res = await t.http
      .post('/v2/saqs')
      .set(user.headers)
      .send({ saq: { type: 'A-EP' } })
      .expect(201);
    saqId = res.body.data.id;
    expect(res.body.data).toMatchObject({
      type: 'saq',
      attributes: {
        type: 'A-EP',
        type_name: 'SAQ A-EP',
        state: 'draft',
        status: 'non_compliant',
        progress: 0,
        requirement_count: 155,
        answered_count: 0,
        organization_id: orgA.id,
        created_by: user.user.id,
        template: false,
        asv_scan_required: true,
        asv_evidence: null,
        answers: {},
        part1: {
          company_name: 'Northwind Coffee Roasters Ltd',
          mailing_address: '42 Harbour Street, Bristol, BS1 4QA, United Kingdom',
          website: 'https://shop.northwind.example',
          contact_name: 'Grace Hopper',
          contact_title: 'Head of Operations',
          contact_email: 'compliance@northwind.example',
        },
        part2: { payment_channels: ['ecommerce'], eligibility_confirmed: false, locations: [] },
      },
    });
    const period = res.body.data.attributes.assessment_period;
    expect(period.start).toBe(today());
    expect(period.end > period.start).toBe(true);
    expect(res.body.data.attributes.approval_blockers).toEqual([
      'unanswered_requirements',
      'eligibility_not_confirmed',
      'asv_scan_missing',
    ]);
    expectError(
      await t.http
        .post('/v2/saqs')
        .set(user.headers)
        .send({ saq: { type: 'Z' } }),
      422,
    );
  });

  it('saves answers over several requests and shows the progress', async () => {
    const firstHalf = requirementIds.filter((id) => Number(id.split('.')[0]) <= 6);
    const first = await answer(saqId, Object.fromEntries(firstHalf.map((id) => [id, { response: 'in_place' }]))).expect(
      200,
    );
    const attrs = first.body.data.attributes;
    expect(attrs.answered_count).toBe(firstHalf.length);
    expect(attrs.progress).toBe(Math.floor((firstHalf.length * 100) / 155));
    expect(attrs.answers['1.1.1']).toMatchObject({
      response: 'in_place',
      explanation: null,
      answered_by: user.user.id,
      answered_at: expect.stringMatching(/Z$/),
    });

    // Incomplete: approval says what is missing (and nothing else was checked yet).
    const secret = await enrollTotp(t, clock, admin);
    totpSecret = secret;
    const incomplete = await approve(saqId, await stepUp());
    expect(expectError(incomplete, 409, 'saq.incomplete').message).toMatch(/^\d+ requirement\(s\) are unanswered/);

    const second = await answer(saqId, {
      '9.4.1': { response: 'not_applicable', explanation: 'No paper records with account data are kept.' },
      '6.2.1': { response: 'not_applicable', explanation: 'No bespoke or custom software.' },
      '8.4.3': {
        response: 'in_place_ccw',
        ccw: {
          constraints: 'The host offers only passwords for SFTP deploys.',
          objective: 'Stop one-factor access to systems that change the payment page.',
          identified_risk: 'A stolen password could change the checkout script.',
          definition: 'SFTP only from the MFA-protected VPN; 32-character vault password; file-integrity alerts.',
          validation: 'Connections from outside the VPN refused; alert raised in 3 minutes on a test change.',
          maintenance: 'Quarterly review of the allow-list and the alert test.',
        },
      },
    }).expect(200);
    expect(second.body.data.attributes.answered_count).toBe(firstHalf.length + 2); // 6.2.1 was already answered
    expect(second.body.data.attributes.answers['6.2.1']).toMatchObject({ response: 'not_applicable' });
    expect(second.body.data.attributes.answers['8.4.3'].ccw.identified_risk).toMatch(/stolen password/);
    expect(second.body.data.attributes.response_counts).toMatchObject({ in_place_ccw: 1, not_applicable: 2 });
  });

  it('422s that name the field and change nothing: unknown ids, options the type lacks, missing explanations', async () => {
    const before = (await get(saqId).expect(200)).body.data.attributes;
    const cases: [Answers, RegExp][] = [
      [{ '3.5.1': { response: 'in_place' } }, /^saq\.answers\[3\.5\.1\] is not a requirement of SAQ A-EP$/],
      [{ '12.8.1': { response: 'not_tested', explanation: 'x' } }, /saq\.answers\[12\.8\.1\]\.response must be one of/],
      [
        { '12.8.1': { response: 'not_applicable' } },
        /saq\.answers\[12\.8\.1\]\.explanation is required for not_applicable/,
      ],
      [
        { '12.8.1': { response: 'in_place_ccw', ccw: { constraints: 'c' } } },
        /saq\.answers\[12\.8\.1\]\.ccw\.objective is required/,
      ],
      [
        { '12.8.1': { response: 'not_in_place' } },
        /saq\.answers\[12\.8\.1\]\.remediation_date is required for not_in_place/,
      ],
      [{ '12.8.1': { response: 'not_in_place', remediation_date: '2027-02-30' } }, /remediation_date must be a date/],
      [
        { '12.8.1': { response: 'not_in_place', legal_exception: true } },
        /explanation is required for a legal exception/,
      ],
      [{ '12.8.1': { response: 'in_place', colour: 'red' } }, /saq\.answers\[12\.8\.1\]\.colour is not a known field/],
      [
        { '12.8.1': { response: 'in_place', remediation_date: '2027-01-01' } },
        /remediation_date is only for not_in_place/,
      ],
    ];
    for (const [answers, message] of cases) {
      // A valid answer in the same request is not saved either.
      const res = await answer(saqId, { ...answers, '12.10.1': { response: 'in_place' } });
      expect(expectError(res, 422, 'parameter_error').message).toMatch(message);
    }
    expectError(await put(saqId, { assessment_period: { start: '2026-05-01', end: '2026-04-01' } }), 422);
    const after = (await get(saqId).expect(200)).body.data.attributes;
    expect(after.updated_at).toBe(before.updated_at);
    expect(after.answers).toEqual(before.answers);
  });

  it('derives the AOC result from the answers: non-compliant, compliant with legal exception, compliant', async () => {
    const rest = requirementIds.filter((id) => Number(id.split('.')[0]) > 6 && !['8.4.3', '9.4.1'].includes(id));
    const all = await answer(saqId, Object.fromEntries(rest.map((id) => [id, { response: 'in_place' }]))).expect(200);
    expect(all.body.data.attributes).toMatchObject({ progress: 100, answered_count: 155, status: 'compliant' });

    const failing = await answer(saqId, {
      '12.6.3.1': {
        response: 'not_in_place',
        remediation_date: '2027-03-31',
        explanation: 'Phishing module next quarter',
      },
    }).expect(200);
    expect(failing.body.data.attributes.status).toBe('non_compliant');
    expect(failing.body.data.attributes.approval_blockers).toEqual(['eligibility_not_confirmed']);

    const legal = await answer(saqId, {
      '12.6.3.1': { response: 'not_in_place', legal_exception: true, explanation: 'A works-council law forbids it.' },
    }).expect(200);
    expect(legal.body.data.attributes.status).toBe('compliant_with_legal_exception');

    const back = await answer(saqId, { '12.6.3.1': { response: 'in_place' } }).expect(200);
    expect(back.body.data.attributes).toMatchObject({
      status: 'compliant',
      answers: { '12.6.3.1': { remediation_date: null } },
    });
    expect(back.body.data.attributes.approval_blockers).toEqual(['eligibility_not_confirmed', 'asv_scan_missing']);
  });

  it('approval needs an Admin with a second factor and a fresh step-up', async () => {
    expectError(await approve(saqId, user.headers), 403, 'forbidden');
    const withoutFactor = await t.createUser(orgA, 'Admin');
    expectError(await approve(saqId, withoutFactor.headers), 403, 'mfa.enrollment_required');
    expectError(await approve(saqId, admin.headers), 401, 'mfa.step_up_required');
    expectError(await approve(saqId, await stepUp()), 409, 'saq.eligibility_not_confirmed');
    await put(saqId, {
      part2: {
        eligibility_confirmed: true,
        business_description: 'Online coffee shop',
        locations: [{ facility_type: 'Office', count: 1, location: 'Bristol, UK' }],
        service_providers: [{ name: 'Example Payments Ltd', services: 'Payment gateway' }],
      },
    }).expect(200);
  });

  it('cannot be approved as compliant without a passing ASV scan; a failing scan is no evidence', async () => {
    const noScan = await approve(saqId, await stepUp());
    expect(expectError(noScan, 409, 'saq.asv_scan_required').message).toMatch(
      /passing PCI ASV scan completed in the last 90 days/,
    );

    const vulnerable = await vulnerableHttpServer();
    servers.push(vulnerable);
    const failing = await scanOnce(vulnerable, 'Legacy web');
    expect(failing.pci).toBe('fail');
    const view = (await get(saqId).expect(200)).body.data.attributes;
    expect(view.asv_evidence).toBeNull();
    expect(view.approval_blockers).toEqual(['asv_scan_missing']);
    expectError(await approve(saqId, await stepUp()), 409, 'saq.asv_scan_required');
  });

  let passing: { scanId: string; historyId: string };
  it("shows the organization's latest passing scan within 90 days as evidence for 11.3.2", async () => {
    const hardened = await hardenedHttpServer();
    servers.push(hardened);
    const run = await scanOnce(hardened, 'Checkout web server');
    expect(run.pci).toBe('pass');
    passing = run;
    const attrs = (await get(saqId).expect(200)).body.data.attributes;
    expect(attrs.asv_evidence).toMatchObject({
      history_id: run.historyId,
      scan_id: run.scanId,
      scan_name: 'Checkout web server',
      status: 'pass',
      report_id: null,
    });
    const { completed_at, expires_at } = attrs.asv_evidence;
    expect(Date.parse(expires_at) - Date.parse(completed_at)).toBe(90 * 86_400_000);
    expect(attrs.approval_blockers).toEqual([]);
    // Another organization sees neither the SAQ nor the scan.
    expectError(await get(saqId, outsider), 404, 'not_found');

    // A PCI ASV report of that run becomes the evidence's report.
    const reportId = await generate(t, user.headers, { kind: 'pci_asv', format: 'pdf', history_id: run.historyId });
    expect((await waitForReport(t, user.headers, reportId)).attributes.status).toBe('completed');
    const linked = (await get(saqId).expect(200)).body.data;
    expect(linked.attributes.asv_evidence.report_id).toBe(reportId);
    expect(linked.relationships.asv_report.data).toEqual({ id: reportId, type: 'report' });
  });

  it('approves with step-up: read-only afterwards, audited, saq.approved published with it', async () => {
    const res = await approve(saqId, await stepUp(), {
      name: 'Ada Lovelace',
      title: 'Managing Director',
      date: today(),
    }).expect(200);
    const attrs = res.body.data.attributes;
    expect(attrs).toMatchObject({
      state: 'approved',
      status: 'compliant',
      approval_blockers: ['already_approved'],
      attestation: {
        name: 'Ada Lovelace',
        title: 'Managing Director',
        date: today(),
        target_date: null,
        user_id: admin.user.id,
        username: admin.user.username,
      },
      asv_evidence: { history_id: passing.historyId, status: 'pass' },
    });
    expect(attrs.expires_at.slice(0, 4)).toBe(String(Number(today().slice(0, 4)) + 1));
    expect(await events('saq.approved')).toEqual([
      {
        organizationId: orgA.id,
        saqId,
        type: 'A-EP',
        status: 'compliant',
        approvedBy: admin.user.id,
        approvedAt: attrs.approved_at,
      },
    ]);
    const audit = await t.http
      .get(`/v2/audit/events?q[action]=saq.approve&q[result]=success&q[resource_id]=${saqId}`)
      .set(admin.headers)
      .expect(200);
    expect(audit.body.data).toHaveLength(1);
    expect(audit.body.data[0].attributes).toMatchObject({ action: 'saq.approve', resource_type: 'saq' });

    expectError(await answer(saqId, { '1.1.1': { response: 'in_place' } }), 409, 'saq.approved');
    expectError(await t.http.delete(`/v2/saqs/${saqId}`).set(user.headers), 409, 'saq.approved');
    expectError(await approve(saqId, await stepUp()), 409, 'saq.already_approved');
  });

  it('downloads the questionnaire and AOC as a branded PDF', async () => {
    const res = await get(saqId)
      .query({ format: 'pdf' })
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="saq-a-ep-northwind-coffee-roasters-ltd-/);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPdftotext) {
      const text = pdfText(pdf);
      for (const s of [
        'SAQ A-EP and Attestation of Compliance',
        'Northwind Coffee Roasters Ltd',
        'Prepared with Partner Security',
        'help@partner.example',
        'Section 1: Assessment information',
        'Part 2. Executive summary',
        'Requirement 11: Regular testing of systems and networks',
        '11.3.2',
        'Appendix B: Compensating controls worksheets',
        'Requirement 8.4.3',
        'Appendix C: Requirements noted as Not Applicable',
        'Part 3b. Attestation',
        'Ada Lovelace',
        'Checkout web server',
        'Page 1 of',
      ])
        expect(text).toContain(s);
    }
    expectError(await get(saqId).query({ format: 'xml' }), 422, 'parameter_error');
  });

  it("clones it for next year's assessment: a new draft with the same answers", async () => {
    const source = (await get(saqId).expect(200)).body.data.attributes;
    const res = await t.http.post(`/v2/saqs/${saqId}/clone`).set(user.headers).expect(201);
    cloneId = res.body.data.id;
    const attrs = res.body.data.attributes;
    const nextStart = new Date(Date.parse(`${source.assessment_period.end}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(attrs).toMatchObject({
      type: 'A-EP',
      state: 'draft',
      status: 'compliant',
      answered_count: 155,
      cloned_from_id: saqId,
      attestation: null,
      approved_at: null,
      assessment_period: { start: nextStart },
      part2: { eligibility_confirmed: false, business_description: 'Online coffee shop' },
    });
    expect(attrs.answers['8.4.3'].ccw).toEqual(source.answers['8.4.3'].ccw);
    expect(attrs.approval_blockers).toEqual(['eligibility_not_confirmed']);
    expect((await get(saqId).expect(200)).body.data.attributes.state).toBe('approved');
    const custom = await t.http
      .post(`/v2/saqs/${saqId}/clone`)
      .set(user.headers)
      .send({ saq: { assessment_period: { start: '2030-01-01', end: '2030-12-31' } } })
      .expect(201);
    expect(custom.body.data.attributes.assessment_period).toEqual({ start: '2030-01-01', end: '2030-12-31' });
    await t.http.delete(`/v2/saqs/${custom.body.data.id}`).set(user.headers).expect(204);
    expectError(await get(custom.body.data.id), 404, 'not_found');
  });

  it('a template gives new SAQs of its type their answers; one template per type', async () => {
    const tpl = await t.http.put(`/v2/saqs/${saqId}/template`).set(user.headers).expect(200);
    expect(tpl.body.data.attributes).toMatchObject({ template: true, state: 'approved' });
    const fresh = await t.http
      .post('/v2/saqs')
      .set(user.headers)
      .send({ saq: { type: 'A-EP' } })
      .expect(201);
    expect(fresh.body.data.attributes).toMatchObject({ answered_count: 155, template: false, cloned_from_id: null });
    expect(fresh.body.data.attributes.answers['9.4.1'].explanation).toBe(
      'No paper records with account data are kept.',
    );
    const otherType = await t.http
      .post('/v2/saqs')
      .set(user.headers)
      .send({ saq: { type: 'A' } })
      .expect(201);
    expect(otherType.body.data.attributes.answered_count).toBe(0);

    await t.http.put(`/v2/saqs/${cloneId}/template`).set(user.headers).expect(200);
    expect((await get(saqId).expect(200)).body.data.attributes.template).toBe(false);
    const list = await t.http.get('/v2/saqs?q[template]=true').set(user.headers).expect(200);
    expect(list.body.data.map((d: { id: string }) => d.id)).toEqual([cloneId]);
  });

  it('lists with the list grammar; items leave out the answers', async () => {
    const all = await t.http.get('/v2/saqs?sort_by=created_at:asc').set(user.headers).expect(200);
    expect(all.body.meta.total).toBe(4);
    expect(all.body.data[0].id).toBe(saqId);
    expect(all.body.data[0].attributes.answers).toBeUndefined();
    expect(all.body.data[0].attributes.asv_evidence).toMatchObject({ history_id: passing.historyId });
    const approved = await t.http.get('/v2/saqs?q[state]=approved&q[type]=A-EP').set(user.headers).expect(200);
    expect(approved.body.data.map((d: { id: string }) => d.id)).toEqual([saqId]);
    const byProgress = await t.http.get('/v2/saqs?sort_by=progress:asc&per_page=1').set(user.headers).expect(200);
    expect(byProgress.body.data[0].attributes).toMatchObject({ type: 'A', progress: 0 });
    expect(byProgress.body.meta).toMatchObject({ per_page: 1, total: 4, total_pages: 4 });
    expectError(await t.http.get('/v2/saqs?q[colour]=red').set(user.headers), 422, 'parameter_error');
    expect((await t.http.get('/v2/saqs').set(outsider.headers).expect(200)).body.meta.total).toBe(0);
  });

  it("another organization's SAQ is a 404 everywhere", async () => {
    const o = outsider.headers;
    expectError(await get(saqId, outsider), 404, 'not_found');
    expectError(await get(saqId, outsider).query({ format: 'pdf' }), 404, 'not_found');
    expectError(await answer(cloneId, { '1.1.1': { response: 'in_place' } }, outsider), 404, 'not_found');
    expectError(await t.http.delete(`/v2/saqs/${cloneId}`).set(o), 404, 'not_found');
    expectError(await t.http.post(`/v2/saqs/${saqId}/clone`).set(o), 404, 'not_found');
    expectError(await t.http.put(`/v2/saqs/${cloneId}/template`).set(o), 404, 'not_found');
    expectError(await approve(cloneId, o), 404, 'not_found');
    expectError(await t.http.get('/v2/saqs/not-a-uuid').set(o), 422, 'parameter_error');
    const foreign = await t.http
      .post('/v2/saqs')
      .set(o)
      .send({ saq: { type: 'A', organization_id: orgA.id } });
    expect(expectError(foreign, 422, 'parameter_error').message).toBe(
      'saq.organization_id is not an organization you manage',
    );
  });

  it('an ASV scan older than 90 days is no longer evidence', async () => {
    await t.dataSource.query(`UPDATE scan_histories SET finished_at = now() - interval '91 days' WHERE id = $1`, [
      passing.historyId,
    ]);
    const draft = (await get(cloneId).expect(200)).body.data.attributes;
    expect(draft.asv_evidence).toBeNull();
    expect(draft.approval_blockers).toContain('asv_scan_missing');
    // The approved SAQ keeps the evidence it was approved with.
    expect((await get(saqId).expect(200)).body.data.attributes.asv_evidence.history_id).toBe(passing.historyId);
  });

  it("emails the organization's Admins once, 30 days before an approved SAQ is a year old", async () => {
    const tick = () => t.get(PeriodicTasks).tick(REMINDER_TASK);
    await tick();
    expect(await events('saq.expiring')).toHaveLength(0); // a year away
    await t.dataSource.query(`UPDATE saqs SET expires_at = now() + interval '20 days' WHERE id = $1`, [saqId]);
    await tick();
    await tick();
    const published = await events('saq.expiring');
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ organizationId: orgA.id, saqId, type: 'A-EP', status: 'compliant' });
    const mail = await waitForMail(t.mailDir, admin.user.email, /due for renewal/);
    expect(mail.subject).toMatch(/SAQ A-EP is due for renewal/);
    expect(mail.text).toMatch(new RegExp(`POST /v2/saqs/${saqId}/clone`));
    expect((await get(saqId).expect(200)).body.data.attributes.expiry_reminder_sent_at).toMatch(/Z$/);
    // Users who are not Admins are not emailed.
    const mails = fs.readdirSync(t.mailDir).map((f) => fs.readFileSync(path.join(t.mailDir, f), 'utf8'));
    expect(mails.filter((m) => m.includes(user.user.email) && /due for renewal/.test(m))).toHaveLength(0);
  });
});
