import { DataSource } from 'typeorm';
import { TestApp, expectError } from '../helpers/test-app';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('records state-changing requests with actor, organization, resource, IP, user agent and result', async () => {
    const org = await t.createOrganization('Audited');
    const admin = await t.createUser(org, 'Admin', 'auditor');
    await t.http
      .put('/v2/user/organization')
      .set({ ...admin.headers, 'user-agent': 'audit-test/1.0' })
      .send({ organization: { name: 'Audited 2', company_name: 'A' } })
      .expect(200);
    await t.http
      .put('/v2/user/organization')
      .set(admin.headers)
      .send({ organization: { name: '' } })
      .expect(422);
    const res = await t.http
      .get('/v2/audit/events')
      .query({ 'q[action]': 'organization.*' })
      .set(admin.headers)
      .expect(200);
    expect(res.body.meta.total).toBe(2);
    const [failure, success] = res.body.data.map((e: { attributes: Record<string, unknown> }) => e.attributes);
    expect(success).toMatchObject({
      action: 'organization.update',
      result: 'success',
      status_code: 200,
      actor_id: admin.user.id,
      actor_username: 'auditor',
      impersonator_id: null,
      organization_id: org.id,
      resource_type: 'organization',
      user_agent: 'audit-test/1.0',
    });
    expect(success.ip).toBeTruthy();
    expect(failure).toMatchObject({ action: 'organization.update', result: 'failure', status_code: 422 });
  });

  it("shows an admin only its organization's events; another organization's event is a 404", async () => {
    const a = await t.createOrganization('A-org');
    const b = await t.createOrganization('B-org');
    const adminA = await t.createUser(a, 'Admin');
    const adminB = await t.createUser(b, 'Admin');
    await t.http
      .put('/v2/user/me')
      .set(adminB.headers)
      .send({ user: { city: 'Bergen' } })
      .expect(200);
    const bEvents = await t.http.get('/v2/audit/events').set(adminB.headers).expect(200);
    const bEventId = bEvents.body.data[0].id;
    await t.http.get(`/v2/audit/events/${bEventId}`).set(adminB.headers).expect(200);
    expectError(await t.http.get(`/v2/audit/events/${bEventId}`).set(adminA.headers), 404, 'not_found');
    expectError(
      await t.http.get('/v2/audit/events/00000000-0000-4000-8000-000000000000').set(adminA.headers),
      404,
      'not_found',
    );
    const aEvents = await t.http.get('/v2/audit/events').set(adminA.headers).expect(200);
    for (const e of aEvents.body.data) expect(e.attributes.organization_id).toBe(a.id);
    const superAdmin = await t.signInSuperAdmin();
    await t.http.get(`/v2/audit/events/${bEventId}`).set(superAdmin.headers).expect(200);
    const all = await t.http.get('/v2/audit/events').query({ per_page: 100 }).set(superAdmin.headers).expect(200);
    const orgs = new Set(
      all.body.data.map((e: { attributes: { organization_id: string } }) => e.attributes.organization_id),
    );
    expect(orgs.has(a.id) && orgs.has(b.id)).toBe(true);
  });

  it('is for admins only', async () => {
    const org = await t.createOrganization('Plain');
    const user = await t.createUser(org, 'User');
    expectError(await t.http.get('/v2/audit/events').set(user.headers), 403);
    expectError(await t.http.get('/v2/audit/events/not-a-uuid').set(user.headers), 403);
  });

  it('filters by dates, relative ranges and sorts', async () => {
    const superAdmin = await t.signInSuperAdmin();
    const ds = t.get(DataSource);
    await ds.query(
      `INSERT INTO audit_events (occurred_at, action, result, organization_id) VALUES
       ('2020-02-10 10:00:00+00', 'old.q1', 'success', NULL), ('2020-05-10 10:00:00+00', 'old.q2', 'success', NULL),
       (now() - interval '3 days', 'recent.three_days', 'success', NULL), (now() - interval '2 hours', 'recent.two_hours', 'failure', NULL)`,
    );
    const get = (query: Record<string, string>) =>
      t.http
        .get('/v2/audit/events')
        .query({ per_page: '100', ...query })
        .set(superAdmin.headers);
    const actions = (res: { body: { data: { attributes: { action: string } }[] } }) =>
      res.body.data.map((e) => e.attributes.action);

    expect(actions(await get({ relative_date_range: '1q2020' }).expect(200))).toEqual(['old.q1']);
    expect(actions(await get({ relative_date_range: '2q2020' }).expect(200))).toEqual(['old.q2']);
    const lastDay = actions(await get({ relative_date_range: '1d' }).expect(200));
    expect(lastDay).toContain('recent.two_hours');
    expect(lastDay).not.toContain('recent.three_days');
    expect(actions(await get({ relative_date_range: '4d', 'q[action]': 'recent.*' }).expect(200)).sort()).toEqual([
      'recent.three_days',
      'recent.two_hours',
    ]);
    expect(actions(await get({ relative_date_range: '3h', 'q[action]': 'recent.*' }).expect(200))).toEqual([
      'recent.two_hours',
    ]);
    expect(actions(await get({ relative_date_range: '1y', 'q[action]': 'old.*' }).expect(200))).toEqual([]);
    expect(
      actions(
        await get({ date_range_start: '2020-01-01 00:00:00', date_range_end: '2020-03-01 00:00:00' }).expect(200),
      ),
    ).toEqual(['old.q1']);
    expect(
      actions(
        await get({ date_range_start: '2020-01-01', date_range_end: '2020-12-31', sort_by: 'occurred_at:asc' }).expect(
          200,
        ),
      ),
    ).toEqual(['old.q1', 'old.q2']);
    expect(actions(await get({ 'q[action]': 'old.*', sort_by: 'action:desc' }).expect(200))).toEqual([
      'old.q2',
      'old.q1',
    ]);
    expect(actions(await get({ 'q[result]': 'failure', 'q[action]': 'recent.*' }).expect(200))).toEqual([
      'recent.two_hours',
    ]);

    const bads: Record<string, string>[] = [
      { relative_date_range: '5q2020' },
      { relative_date_range: '10w' },
      { date_range_start: '2020-02-31 00:00:00' },
      { sort_by: 'password:asc' },
      { sort_by: 'action:sideways' },
      { 'q[result]': 'maybe' },
      { 'q[nope]': '1' },
      { page: '0' },
      { per_page: '101' },
    ];
    for (const bad of bads) {
      expectError(await get(bad), 422, 'parameter_error');
    }
  });
});
