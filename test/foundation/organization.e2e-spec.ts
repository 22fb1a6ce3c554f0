import { TestApp, expectError } from '../helpers/test-app';

describe('current organization and tenancy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('shows the caller organization with members', async () => {
    const org = await t.createOrganization('Blue');
    const user = await t.createUser(org, 'User', 'blue-user');
    await t.createUser(org, 'Admin', 'blue-admin');
    const res = await t.http.get('/v2/user/organization').set(user.headers).expect(200);
    expect(res.body.data).toMatchObject({ id: org.id, type: 'organization' });
    const a = res.body.data.attributes;
    expect(a).toMatchObject({
      uuid: org.id,
      name: 'Blue',
      company_name: 'Blue Inc.',
      partner: false,
      settings: { can_edit_organization: false },
    });
    expect(a.members.map((m: { username: string }) => m.username).sort()).toEqual(['blue-admin', 'blue-user']);
    expect(a.creation_time).toMatch(/Z$/);
  });

  it('lets only admins update it, validates, and changes nothing on bad input', async () => {
    const org = await t.createOrganization('Green');
    const user = await t.createUser(org, 'User');
    const admin = await t.createUser(org, 'Admin');
    const body = {
      organization: { name: 'Green 2', company_name: 'Green Ltd', city: 'Oslo', email: 'ops@green.test' },
    };
    expectError(await t.http.put('/v2/user/organization').set(user.headers).send(body), 403, 'forbidden');
    expectError(
      await t.http
        .put('/v2/user/organization')
        .set(admin.headers)
        .send({ organization: { name: '', website: 'nope' } }),
      422,
    );
    expect((await t.http.get('/v2/user/organization').set(admin.headers)).body.data.attributes.name).toBe('Green');
    const res = await t.http.put('/v2/user/organization').set(admin.headers).send(body).expect(200);
    expect(res.body.data.attributes).toMatchObject({
      name: 'Green 2',
      company_name: 'Green Ltd',
      details: { city: 'Oslo', email: 'ops@green.test' },
    });
  });

  it('lists members with the filter grammar, and only of the own organization', async () => {
    const red = await t.createOrganization('Red');
    const other = await t.createOrganization('Other');
    const viewer = await t.createUser(red, 'User', 'red-viewer');
    await t.createUser(red, 'Admin', 'red-admin');
    await t.createUser(red, 'User', 'webmaster-red');
    await t.createUser(other, 'User', 'red-impostor');
    const all = await t.http.get('/v2/user/organization/members').set(viewer.headers).expect(200);
    expect(all.body.meta).toEqual({ page: 1, per_page: 25, total: 3, total_pages: 1 });
    expect(all.body.data.map((u: { attributes: { username: string } }) => u.attributes.username)).toEqual([
      'red-admin',
      'red-viewer',
      'webmaster-red',
    ]);
    const filtered = await t.http
      .get('/v2/user/organization/members')
      .query({ 'q[username]': 'red-*', sort_by: 'username:desc' })
      .set(viewer.headers)
      .expect(200);
    expect(filtered.body.data.map((u: { attributes: { username: string } }) => u.attributes.username)).toEqual([
      'red-viewer',
      'red-admin',
    ]);
    const admins = await t.http
      .get('/v2/user/organization/members')
      .query({ 'q[role]': 'Admin' })
      .set(viewer.headers)
      .expect(200);
    expect(admins.body.meta.total).toBe(1);
    const paged = await t.http
      .get('/v2/user/organization/members')
      .query({ per_page: 2, page: 2 })
      .set(viewer.headers)
      .expect(200);
    expect(paged.body.meta).toEqual({ page: 2, per_page: 2, total: 3, total_pages: 2 });
    expect(paged.body.data).toHaveLength(1);
    expectError(
      await t.http.get('/v2/user/organization/members').query({ 'q[password_hash]': 'x' }).set(viewer.headers),
      422,
    );
  });
});
