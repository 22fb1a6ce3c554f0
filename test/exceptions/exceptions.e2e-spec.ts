import { PeriodicTasks } from '../../src/jobs/periodic-tasks.service';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { createPortList, createScan, createTarget, waitForScan } from '../scans/helpers';
import { eventsNamed, webServer } from './helpers';

jest.setTimeout(240_000);

type Json = Record<string, any>;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * Exceptions end to end: findings of a real builtin-engine scan of two web servers on 127.0.0.1, excepted, reviewed,
 * expiring, and counted everywhere (lists, widgets, hosts, per-run statistics, PCI).
 *
 * Run 1 finds on server A `http.trace-enabled` (medium, PCI fail) and `http.server-version-disclosure` (low), on
 * server B `http.trace-enabled` (medium, PCI fail). Run 2 also finds `http.directory-listing` (medium) on A.
 */
describe('exceptions: reviewed false positives, accepted risks, compensating controls and disputes, counted everywhere', () => {
  let t: TestApp;
  let acme: Organization;
  let alice: SignedIn; // User of Acme
  let adam: SignedIn; // Admin of Acme
  let ada: SignedIn; // another Admin of Acme
  let bob: SignedIn; // Admin of another organization
  let a: Awaited<ReturnType<typeof webServer>>;
  let b: Awaited<ReturnType<typeof webServer>>;
  let scanId: string;
  let targetId: string;
  let hostId: string;

  /** The deduplicated finding of a check on a port, as the global list shows it. */
  const finding = async (checkId: string, port: number, who = alice): Promise<Json> => {
    const res = await t.http
      .get(`/v2/vulnerabilities?q[check_id]=${checkId}&q[port]=${port}`)
      .set(who.headers)
      .expect(200);
    expect(res.body.data).toHaveLength(1);
    return res.body.data[0];
  };
  const widgets = async () => ({
    total: (await t.http.get('/v2/vulnerabilities/widgets/total').set(alice.headers).expect(200)).body,
    pci: (await t.http.get('/v2/vulnerabilities/widgets/pci_compliant').set(alice.headers).expect(200)).body,
    top: (await t.http.get('/v2/vulnerabilities/widgets/top').set(alice.headers).expect(200)).body.data as Json[],
    host: (await t.http.get(`/v2/hosts/${hostId}`).set(alice.headers).expect(200)).body.data.attributes,
    run: (await t.http.get(`/v2/scans/${scanId}/statistics`).set(alice.headers).expect(200)).body,
  });
  const total = async (query: string, who = alice) =>
    (await t.http.get(`/v2/vulnerabilities${query}`).set(who.headers).expect(200)).body.meta.total as number;
  const create = (who: SignedIn, exception: Json) => t.http.post('/v2/exceptions').set(who.headers).send({ exception });
  const review = (who: SignedIn, action: string, ids: string[], extra: Json = {}) =>
    t.http
      .put(`/v2/exceptions/${action}`)
      .set(who.headers)
      .send({ ids, ...extra });
  const run = async () => {
    await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, scanId, 'completed');
  };
  const setSelfApproval = (value: boolean) =>
    t.http
      .put('/v2/user/organization/settings')
      .set(adam.headers)
      .send({ settings: { exceptions_self_approval: value } })
      .expect(200);

  let falsePositive: Json;
  let dispute: Json;
  let rule: Json;

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createOrganization('Acme');
    alice = await t.createUser(acme, 'User');
    adam = await t.createUser(acme, 'Admin');
    ada = await t.createUser(acme, 'Admin');
    bob = await t.createUser(await t.createOrganization('Other'), 'Admin');
    a = await webServer({ trace: true, listing: false, version: true });
    b = await webServer({ trace: true, listing: false, version: false });
    const portListId = await createPortList(t, alice.headers, [a.port, b.port]);
    targetId = await createTarget(t, alice.headers, ['127.0.0.1']);
    scanId = await createScan(t, alice.headers, { name: 'Web', target_id: targetId, port_list_id: portListId });
    await run();
    hostId = (await finding('http.trace-enabled', a.port)).attributes.host_id;
  });

  afterAll(async () => {
    await Promise.all([a, b].map((s) => s?.close()));
    await t?.close();
  });

  it('run 1 found what the servers expose: PCI fails on the two TRACE findings', async () => {
    const w = await widgets();
    expect(w.total).toMatchObject({ open: 3, fixed: 0, total: 3, by_severity: { medium: 2, low: 1 } });
    expect(w.pci).toMatchObject({ compliant: false, status: 'fail', failing_vulnerabilities: 2, hosts_failing: 1 });
    expect(w.host).toMatchObject({ risk_score: 21, pci_status: 'fail', vulnerabilities: { medium: 2, low: 1 } });
    expect(w.run).toMatchObject({ pci: { status: 'fail', failing: 2 }, vulnerabilities: { total: 3, medium: 2 } });
    expect((await finding('http.trace-enabled', a.port)).attributes).toMatchObject({
      severity: 'medium',
      original_severity: 'medium',
      pci_status: 'fail',
      exception: null,
    });
  });

  it('a User marks a finding as a false positive: pending, shown on the finding, nothing counted differently', async () => {
    const trace = await finding('http.trace-enabled', a.port);
    const res = await create(alice, {
      reason: 'false_positive',
      justification: 'TRACE is answered by the load balancer test page, not the application',
      evidence: 'LB config: trace_echo on (test only)',
      vulnerability_id: trace.id,
    }).expect(201);
    falsePositive = res.body.data;
    expect(falsePositive).toMatchObject({
      type: 'exception',
      attributes: {
        reason: 'false_positive',
        status: 'pending',
        scope: 'vulnerability',
        vulnerability_id: trace.id,
        check_id: 'http.trace-enabled',
        covered_count: 1,
        user_id: alice.user.id,
        organization_id: acme.id,
        reviewed_by_id: null,
      },
    });
    expect((await finding('http.trace-enabled', a.port)).attributes.exception).toEqual({
      id: falsePositive.id,
      reason: 'false_positive',
      status: 'pending',
    });
    const w = await widgets();
    expect(w.pci).toMatchObject({ failing_vulnerabilities: 2 });
    expect(w.total.open).toBe(3);
    expect(await total('?q[exception_status]=pending')).toBe(1);
    const [created] = await eventsNamed(t, 'exception.created');
    expect(created).toMatchObject({
      organizationId: acme.id,
      exceptionId: falsePositive.id,
      reason: 'false_positive',
      status: 'pending',
      actorId: alice.user.id,
      scope: 'vulnerability',
      vulnerabilityId: trace.id,
      checkId: 'http.trace-enabled',
      coveredCount: 1,
    });
  });

  it('a User cannot approve (403), nor can another organization (404)', async () => {
    expectError(await review(alice, 'activate', [falsePositive.id]), 403);
    expectError(await review(bob, 'activate', [falsePositive.id]), 404);
    const shown = await t.http.get(`/v2/exceptions/${falsePositive.id}`).set(alice.headers).expect(200);
    expect(shown.body.data.attributes.status).toBe('pending');
  });

  it('an Admin cannot approve an exception they asked for, unless the organization allows it', async () => {
    const traceB = await finding('http.trace-enabled', b.port);
    const res = await create(adam, {
      reason: 'disputed_severity',
      justification: 'Only reachable from the admin VLAN; the ASV agreed to rate it low',
      recast_severity: 'low',
      vulnerability_id: traceB.id,
    }).expect(201);
    dispute = res.body.data;
    expectError(await review(adam, 'activate', [dispute.id]), 403, 'exception.self_approval_not_allowed');
    expect(
      (await t.http.get(`/v2/exceptions/${dispute.id}`).set(adam.headers).expect(200)).body.data.attributes.status,
    ).toBe('pending');
    expectError(
      await t.http
        .put('/v2/user/organization/settings')
        .set(alice.headers)
        .send({ settings: { exceptions_self_approval: true } }),
      403,
    );
    const org = await setSelfApproval(true);
    expect(org.body.data.attributes.settings).toMatchObject({ exceptions_self_approval: true });
    // PUT /v2/user/organization takes it too.
    const put = await t.http
      .put('/v2/user/organization')
      .set(adam.headers)
      .send({ organization: { name: 'Acme', company_name: 'Acme Inc.', exceptions_self_approval: true } })
      .expect(200);
    expect(put.body.data.attributes.settings.exceptions_self_approval).toBe(true);
    const approved = await review(adam, 'activate', [dispute.id], { comment: 'ASV ticket 4711' }).expect(200);
    expect(approved.body.data[0].attributes).toMatchObject({
      status: 'active',
      reviewed_by_id: adam.user.id,
      review_comment: 'ASV ticket 4711',
    });
    await setSelfApproval(false);
  });

  it('an Admin approves the false positive: PCI widget, statistics, hosts and lists change at once', async () => {
    const res = await review(adam, 'activate', [falsePositive.id]).expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0].attributes).toMatchObject({ status: 'active', reviewed_by_id: adam.user.id });

    const w = await widgets();
    // TRACE on A is out (false positive), TRACE on B is counted as low (disputed): PCI passes.
    expect(w.pci).toMatchObject({ compliant: true, status: 'pass', failing_vulnerabilities: 0, hosts_failing: 0 });
    expect(w.total).toMatchObject({
      open: 2,
      total: 3,
      by_severity: { medium: 0, low: 2 },
      exceptions: { false_positive: 1, disputed_severity: 1, accepted_risk: 0, compensating_control: 0 },
    });
    expect(w.top.find((c) => c.check_id === 'http.trace-enabled')).toMatchObject({
      open: 1,
      severity: 'low',
      pci_failing: 0,
    });
    expect(w.host).toMatchObject({ risk_score: 2, pci_status: 'pass', vulnerabilities: { medium: 0, low: 2 } });
    const vulnerable = await t.http.get('/v2/hosts/most_vulnerable').set(alice.headers).expect(200);
    expect(vulnerable.body.data[0].attributes.risk_score).toBe(2);
    expect(w.run).toMatchObject({
      pci: { status: 'pass', failing: 0 },
      vulnerabilities: { total: 2, medium: 0, low: 2 },
      exceptions: { false_positive: 1, disputed_severity: 1 },
    });

    // Lists and details show the exceptions and filter on them.
    const traceA = (await finding('http.trace-enabled', a.port)).attributes;
    expect(traceA).toMatchObject({
      pci_status: 'pass',
      exception: { id: falsePositive.id, reason: 'false_positive', status: 'active' },
    });
    const traceB = await finding('http.trace-enabled', b.port);
    expect(traceB.attributes).toMatchObject({
      severity: 'low',
      original_severity: 'medium',
      cvss_score: 5.3,
      pci_status: 'pass',
      exception: { id: dispute.id, reason: 'disputed_severity', status: 'active' },
    });
    const detail = await t.http.get(`/v2/vulnerabilities/${traceB.id}`).set(alice.headers).expect(200);
    expect(detail.body.data.attributes.exception).toEqual({
      id: dispute.id,
      reason: 'disputed_severity',
      status: 'active',
    });
    expect(await total('?q[exception_status]=active')).toBe(2);
    expect(await total('?q[exception_reason]=false_positive')).toBe(1);
    expect(await total('?q[exception_status]=none')).toBe(1);
    expect(await total('?q[exception_reason]=none')).toBe(1);
    expect(await total('?q[pci_fail]=true')).toBe(0);
    expect(await total('?q[severity]=medium')).toBe(1); // only the false positive is still rated medium
    expect(await total('?q[original_severity]=medium')).toBe(2);
    const bySeverity = await t.http.get('/v2/vulnerabilities').set(alice.headers).expect(200);
    expect(bySeverity.body.data.map((v: Json) => v.attributes.severity)).toEqual(['medium', 'low', 'low']);

    // The run's own findings show them too.
    const perRun = await t.http
      .get(`/v2/scans/${scanId}/vulnerabilities?q[exception_status]=active&sort_by=port:asc`)
      .set(alice.headers)
      .expect(200);
    expect(perRun.body.meta.total).toBe(2);
    const perRunB = perRun.body.data.find((f: Json) => f.attributes.port === b.port);
    expect(perRunB.attributes).toMatchObject({
      severity: 'low',
      original_severity: 'medium',
      pci_status: 'pass',
      exception: { id: dispute.id, reason: 'disputed_severity', status: 'active' },
    });
    const none = await t.http
      .get(`/v2/scans/${scanId}/vulnerabilities?q[exception_status]=none`)
      .set(alice.headers)
      .expect(200);
    expect(none.body.data.map((f: Json) => f.attributes.check_id)).toEqual(['http.server-version-disclosure']);

    const [approved] = (await eventsNamed(t, 'exception.approved')).filter((e) => e.exceptionId === falsePositive.id);
    expect(approved).toMatchObject({ status: 'active', actorId: adam.user.id, organizationId: acme.id });
    const audit: { action: string; actor_id: string }[] = await t.dataSource.query(
      `SELECT action, actor_id FROM audit_events WHERE resource_id = $1 AND action = 'exception.approved'`,
      [falsePositive.id],
    );
    expect(audit).toEqual([{ action: 'exception.approved', actor_id: adam.user.id }]);
  });

  it('a rule on a check id covers a finding that appears only in a later run, and the next run keeps the others covered', async () => {
    const res = await create(alice, {
      reason: 'compensating_control',
      justification: 'The index only lists public downloads; WAF rule 12 blocks everything else',
      check_id: 'HTTP.Directory-Listing',
      target_id: targetId,
    }).expect(201);
    rule = res.body.data;
    expect(rule.attributes).toMatchObject({
      scope: 'target',
      check_id: 'http.directory-listing',
      target_id: targetId,
      covered_count: 0,
    });
    await review(ada, 'activate', [rule.id]).expect(200);

    a.behaviour.listing = true;
    await run();

    const listing = await finding('http.directory-listing', a.port);
    expect(listing.attributes).toMatchObject({
      status: 'open',
      pci_status: 'pass',
      exception: { id: rule.id, reason: 'compensating_control', status: 'active' },
    });
    // The false positive stays on its finding, seen again by run 2.
    expect((await finding('http.trace-enabled', a.port)).attributes.exception).toEqual({
      id: falsePositive.id,
      reason: 'false_positive',
      status: 'active',
    });
    const w = await widgets();
    expect(w.pci).toMatchObject({ compliant: true, failing_vulnerabilities: 0 });
    expect(w.total).toMatchObject({ open: 2, total: 4, exceptions: { compensating_control: 1, false_positive: 1 } });
    expect(w.host.risk_score).toBe(2);
    expect(w.run).toMatchObject({
      pci: { status: 'pass', failing: 0 },
      vulnerabilities: { total: 2 },
      changes: { new: 1, persisting: 3 },
      exceptions: { false_positive: 1, compensating_control: 1, disputed_severity: 1, accepted_risk: 0 },
    });

    const shown = await t.http.get(`/v2/exceptions/${rule.id}`).set(alice.headers).expect(200);
    expect(shown.body.data.attributes.covered_count).toBe(1);
    const details = await t.http.get(`/v2/exceptions/${rule.id}/details`).set(alice.headers).expect(200);
    expect(details.body.meta.total).toBe(1);
    expect(details.body.data[0]).toMatchObject({
      id: listing.id,
      type: 'vulnerability',
      attributes: { host: '127.0.0.1', port: a.port, status: 'open', check_id: 'http.directory-listing' },
    });
  });

  it('an accepted risk leaves the open counts until it expires, then counts again (exception.expired)', async () => {
    const version = await finding('http.server-version-disclosure', a.port);
    const res = await create(alice, {
      reason: 'accepted_risk',
      justification: 'Version banner kept until the appliance upgrade in Q3',
      vulnerability_id: version.id,
      expires_at: inDays(10),
    }).expect(201);
    const accepted = res.body.data;
    await review(adam, 'activate', [accepted.id]).expect(200);

    let w = await widgets();
    expect(w.total).toMatchObject({ open: 1, exceptions: { accepted_risk: 1 } });
    expect(w.host.risk_score).toBe(1);
    expect((await finding('http.server-version-disclosure', a.port)).attributes.exception).toMatchObject({
      reason: 'accepted_risk',
      status: 'active',
    });
    const stats = await t.http.get('/v2/exceptions/statistics').set(alice.headers).expect(200);
    expect(stats.body).toMatchObject({
      by_status: { active: 4, pending: 0 },
      active_by_reason: { false_positive: 1, accepted_risk: 1, compensating_control: 1, disputed_severity: 1 },
      expiring_within_30_days: 1,
      covered_findings: { total: 4, medium: 3, low: 1 },
    });

    // Time passes: the expiry is due now, and the periodic task runs once.
    await t.dataSource.query(`UPDATE exceptions SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      accepted.id,
    ]);
    await t.get(PeriodicTasks).tick('exceptions.expire');

    const ended = await t.http.get(`/v2/exceptions/${accepted.id}`).set(alice.headers).expect(200);
    expect(ended.body.data.attributes).toMatchObject({ status: 'expired', ended_by_id: null });
    expect(ended.body.data.attributes.ended_at).toMatch(/Z$/);
    expect((await finding('http.server-version-disclosure', a.port)).attributes.exception).toBeNull();
    w = await widgets();
    expect(w.total).toMatchObject({ open: 2, exceptions: { accepted_risk: 0 } });
    expect(w.host.risk_score).toBe(2);
    const [expired] = await eventsNamed(t, 'exception.expired');
    expect(expired).toMatchObject({
      organizationId: acme.id,
      exceptionId: accepted.id,
      reason: 'accepted_risk',
      status: 'expired',
      actorId: null,
      coveredCount: 1,
    });
    // A second tick finds nothing left to expire.
    await t.get(PeriodicTasks).tick('exceptions.expire');
    expect(await eventsNamed(t, 'exception.expired')).toHaveLength(1);
  });

  it('a reset ends an exception at once: its finding counts and fails PCI again', async () => {
    expectError(await review(alice, 'reset', [dispute.id]), 403); // a User resets only her own
    const res = await review(alice, 'reset', [falsePositive.id]).expect(200);
    expect(res.body.data[0].attributes).toMatchObject({ status: 'reset', ended_by_id: alice.user.id });
    expect((await finding('http.trace-enabled', a.port)).attributes.exception).toBeNull();
    const w = await widgets();
    expect(w.pci).toMatchObject({ compliant: false, failing_vulnerabilities: 1, hosts_failing: 1 });
    // TRACE on A (medium 10) + version (low 1) + TRACE on B (disputed to low 1); the listing is compensated.
    expect(w.host).toMatchObject({ pci_status: 'fail', risk_score: 12 });
    expect(w.run).toMatchObject({ pci: { status: 'fail', failing: 1 }, exceptions: { false_positive: 0 } });
    expectError(await review(adam, 'reset', [falsePositive.id]), 409);
    expect(await eventsNamed(t, 'exception.reset')).toEqual([
      expect.objectContaining({ exceptionId: falsePositive.id, status: 'reset', actorId: alice.user.id }),
    ]);
  });

  it('an Admin rejects a request; pending requests can change, reviewed ones cannot; one live exception per scope', async () => {
    const body = {
      reason: 'accepted_risk',
      justification: 'TRACE stays on this host until the migration',
      check_id: 'http.trace-enabled',
      host_id: hostId,
      expires_at: inDays(30),
    };
    const res = await create(alice, body).expect(201);
    const request = res.body.data;
    expect(request.attributes).toMatchObject({ scope: 'host', host_id: hostId, covered_count: 2, status: 'pending' });
    expectError(await create(alice, body), 409, 'exception.duplicate');
    // Shown on TRACE of A (no other exception), while B keeps its active dispute (active wins over pending).
    expect((await finding('http.trace-enabled', a.port)).attributes.exception).toEqual({
      id: request.id,
      reason: 'accepted_risk',
      status: 'pending',
    });
    expect((await finding('http.trace-enabled', b.port)).attributes.exception.id).toBe(dispute.id);

    const changed = await t.http
      .put(`/v2/exceptions/${request.id}`)
      .set(alice.headers)
      .send({ exception: { justification: 'Until the migration in May', evidence: 'CHG-1234' } })
      .expect(200);
    expect(changed.body.data.attributes).toMatchObject({
      justification: 'Until the migration in May',
      evidence: 'CHG-1234',
      updated_by_id: alice.user.id,
      status: 'pending',
    });
    expectError(
      await t.http
        .put(`/v2/exceptions/${request.id}`)
        .set(alice.headers)
        .send({ exception: { expires_at: null } }),
      422,
    );
    expectError(
      await t.http
        .put(`/v2/exceptions/${request.id}`)
        .set(alice.headers)
        .send({ exception: { reason: 'false_positive' } }),
      422,
    );

    expectError(await review(alice, 'reject', [request.id]), 403);
    const rejected = await review(adam, 'reject', [request.id], { comment: 'Disable TRACE instead' }).expect(200);
    expect(rejected.body.data[0].attributes).toMatchObject({
      status: 'rejected',
      reviewed_by_id: adam.user.id,
      review_comment: 'Disable TRACE instead',
    });
    expect((await finding('http.trace-enabled', a.port)).attributes.exception).toBeNull();
    expectError(await review(adam, 'activate', [request.id]), 409);
    expectError(
      await t.http
        .put(`/v2/exceptions/${request.id}`)
        .set(alice.headers)
        .send({ exception: { justification: 'please' } }),
      409,
    );
    // All or nothing: one id that is not pending, and the other is not approved either.
    const other = (await create(alice, { ...body, expires_at: inDays(20) }).expect(201)).body.data;
    expectError(await review(ada, 'activate', [other.id, request.id]), 409);
    expect(
      (await t.http.get(`/v2/exceptions/${other.id}`).set(alice.headers).expect(200)).body.data.attributes.status,
    ).toBe('pending');
    expect(await eventsNamed(t, 'exception.rejected')).toEqual([
      expect.objectContaining({ exceptionId: request.id, status: 'rejected', actorId: adam.user.id, scope: 'host' }),
    ]);
  });

  it('lists with the grammar: status, reason, scope, check id, expires_at ranges', async () => {
    const ids = async (query: string) =>
      (await t.http.get(`/v2/exceptions${query}`).set(alice.headers).expect(200)).body.data.map((e: Json) => e.id);
    expect(await ids('?q[status]=active&sort_by=created_at:asc')).toEqual([dispute.id, rule.id]);
    expect(await ids('?q[reason]=false_positive')).toEqual([falsePositive.id]);
    expect(await ids('?q[scope]=target')).toEqual([rule.id]);
    expect((await ids('?q[check_id]=HTTP.*')).length).toBe(6);
    expect((await ids('?q[status]=pending&q[scope]=host')).length).toBe(1);
    const day = (days: number) => inDays(days).slice(0, 10);
    expect((await ids(`?date_range_start=${day(25)}&date_range_end=${day(35)}`)).length).toBe(1); // the rejected one
    expect((await ids(`?q[expires_at]=${day(20)}`)).length).toBe(1);
    expect((await ids(`?relative_date_range=1d`)).length).toBe(1); // the accepted risk that expired a minute ago
    expect(await ids('?q=load balancer')).toEqual([falsePositive.id]);
    for (const bad of ['?q[status]=approved', '?q[reason]=x', '?q[color]=red', '?sort_by=justification:asc'])
      expectError(await t.http.get(`/v2/exceptions${bad}`).set(alice.headers), 422);
  });

  it('deleting: a User deletes her own, an Admin any; an active exception stops covering at once', async () => {
    expectError(await t.http.delete(`/v2/exceptions/${dispute.id}`).set(alice.headers), 403);
    const pending = (await t.http.get('/v2/exceptions?q[status]=pending').set(alice.headers).expect(200)).body.data;
    const bulk = await t.http
      .delete('/v2/exceptions')
      .set(alice.headers)
      .send({ ids: [dispute.id, ...pending.map((e: Json) => e.id)] })
      .expect(200);
    expect(bulk.body).toEqual({ deleted: pending.length }); // adam's dispute skipped
    await t.http.delete(`/v2/exceptions/${rule.id}`).set(adam.headers).expect(204);
    expectError(await t.http.get(`/v2/exceptions/${rule.id}`).set(adam.headers), 404);
    expect((await finding('http.directory-listing', a.port)).attributes.exception).toBeNull();
    const w = await widgets();
    expect(w.pci).toMatchObject({ failing_vulnerabilities: 2 }); // TRACE on A and the listing
    expect(w.total.exceptions).toEqual({
      false_positive: 0,
      accepted_risk: 0,
      compensating_control: 0,
      disputed_severity: 1,
    });
  });

  it('rejects bad input with 422 and changes nothing', async () => {
    const before = (await t.http.get('/v2/exceptions').set(alice.headers).expect(200)).body.meta.total;
    const trace = await finding('http.trace-enabled', b.port);
    const cases: [Json, RegExp][] = [
      [{ reason: 'nuisance', justification: 'x', check_id: 'a.b' }, /exception\.reason must be one of/],
      [{ reason: 'false_positive', check_id: 'a.b' }, /exception\.justification/],
      [{ reason: 'false_positive', justification: '   ', check_id: 'a.b' }, /justification must not be blank/],
      [{ reason: 'accepted_risk', justification: 'x', check_id: 'a.b' }, /expires_at is required for accepted_risk/],
      [
        { reason: 'accepted_risk', justification: 'x', check_id: 'a.b', expires_at: inDays(-1) },
        /expires_at must be in the future/,
      ],
      [
        { reason: 'false_positive', justification: 'x', check_id: 'a.b', expires_at: inDays(400) },
        /at most one year ahead/,
      ],
      [{ reason: 'false_positive', justification: 'x', check_id: 'a.b', expires_at: 'tomorrow' }, /expires_at/],
      [{ reason: 'disputed_severity', justification: 'x', check_id: 'a.b' }, /recast_severity is required/],
      [
        { reason: 'disputed_severity', justification: 'x', check_id: 'a.b', recast_severity: 'tiny' },
        /recast_severity must be one of/,
      ],
      [
        { reason: 'false_positive', justification: 'x', check_id: 'a.b', recast_severity: 'low' },
        /recast_severity is only for disputed_severity/,
      ],
      [{ reason: 'false_positive', justification: 'x' }, /vulnerability_id or exception\.check_id is required/],
      [
        { reason: 'false_positive', justification: 'x', vulnerability_id: trace.id, check_id: 'a.b' },
        /cannot be combined/,
      ],
      [
        { reason: 'false_positive', justification: 'x', check_id: 'a.b', host_id: hostId, target_id: targetId },
        /exclude each other/,
      ],
      [{ reason: 'false_positive', justification: 'x', vulnerability_id: 'nope' }, /vulnerability_id must be a UUID/],
      [
        { reason: 'disputed_severity', justification: 'x', vulnerability_id: trace.id, recast_severity: 'medium' },
        /must differ from the finding's severity \(medium\)/,
      ],
      [{ reason: 'false_positive', justification: 'x', check_id: 'a.b', secret: 1 }, /secret should not exist/],
    ];
    for (const [body, message] of cases) {
      const res = await create(alice, body);
      expectError(res, 422, 'parameter_error');
      expect(res.body.errors.map((e: Json) => e.message).join('; ')).toMatch(message);
    }
    expectError(await t.http.post('/v2/exceptions').set(alice.headers).send({}), 422);
    expectError(await review(adam, 'activate', []), 422);
    expectError(await review(adam, 'activate', ['x']), 422);
    expect((await t.http.get('/v2/exceptions').set(alice.headers).expect(200)).body.meta.total).toBe(before);
    expect(await eventsNamed(t, 'exception.created')).toHaveLength(before + 2); // two were deleted before
  });

  it("another organization's exceptions and findings are 404, and its lists are empty", async () => {
    const trace = await finding('http.trace-enabled', a.port);
    expectError(await t.http.get(`/v2/exceptions/${falsePositive.id}`).set(bob.headers), 404, 'not_found');
    expectError(await t.http.get(`/v2/exceptions/${falsePositive.id}/details`).set(bob.headers), 404);
    expectError(
      await t.http
        .put(`/v2/exceptions/${falsePositive.id}`)
        .set(bob.headers)
        .send({ exception: { justification: 'x' } }),
      404,
    );
    expectError(await t.http.delete(`/v2/exceptions/${falsePositive.id}`).set(bob.headers), 404);
    expectError(await review(bob, 'reset', [falsePositive.id]), 404);
    expectError(await review(bob, 'reject', [falsePositive.id]), 404);
    expectError(await t.http.get(`/v2/vulnerabilities/${trace.id}`).set(bob.headers), 404);
    for (const scope of [
      { vulnerability_id: trace.id },
      { check_id: 'x.y', host_id: hostId },
      { check_id: 'x.y', target_id: targetId },
    ])
      expectError(await create(bob, { reason: 'false_positive', justification: 'mine now', ...scope }), 404);
    expectError(
      await create(bob, { reason: 'false_positive', justification: 'x', check_id: 'x.y', organization_id: acme.id }),
      422,
    );
    const bulk = await t.http
      .delete('/v2/exceptions')
      .set(bob.headers)
      .send({ ids: [falsePositive.id] })
      .expect(200);
    expect(bulk.body).toEqual({ deleted: 0 });
    expect((await t.http.get('/v2/exceptions').set(bob.headers).expect(200)).body.meta.total).toBe(0);
    expect((await t.http.get('/v2/exceptions/statistics').set(bob.headers).expect(200)).body.total).toBe(0);
    expect(await total('?q[exception_status]=active', bob)).toBe(0);
  });

  it("an Admin of the partner organization reviews its customers' exceptions", async () => {
    const partner = await t.createOrganization('MSP', { partner: true });
    const customer = await t.createOrganization('Shop', { parentId: partner.id });
    const carol = await t.createUser(customer, 'User');
    const pat = await t.createUser(partner, 'Admin');
    const asked = await create(carol, {
      reason: 'false_positive',
      justification: 'Our scanner appliance answers TRACE',
      check_id: 'http.trace-enabled',
    }).expect(201);
    expect(asked.body.data.attributes).toMatchObject({ scope: 'organization', organization_id: customer.id });
    expectError(await review(bob, 'activate', [asked.body.data.id]), 404);
    const approved = await review(pat, 'activate', [asked.body.data.id]).expect(200);
    expect(approved.body.data[0].attributes).toMatchObject({ status: 'active', reviewed_by_id: pat.user.id });
    const forCustomer = await create(pat, {
      reason: 'accepted_risk',
      justification: 'Accepted for the customer until the upgrade',
      check_id: 'http.server-version-disclosure',
      organization_id: customer.id,
      expires_at: inDays(90),
    }).expect(201);
    expect(forCustomer.body.data.attributes.organization_id).toBe(customer.id);
    const mine = await t.http.get('/v2/exceptions').set(carol.headers).expect(200);
    expect(mine.body.meta.total).toBe(2);
  });
});
