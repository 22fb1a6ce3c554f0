import type { Organization } from '../../src/modules/organizations/organization.entity';
import { TestApp, expectError, type SignedIn } from '../helpers/test-app';

const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));

describe('accounts: impersonation', () => {
  let t: TestApp;
  let org: Organization;
  let admin: SignedIn;
  let superAdmin: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrganization('Supported');
    admin = await t.createUser(org, 'Admin', 'support_admin');
    superAdmin = await t.signInSuperAdmin();
  });
  afterAll(() => t.close());

  const impersonate = (who: SignedIn, uuid: string) =>
    t.http.post('/auth/impersonate').query({ uuid }).set(who.headers);
  const bearer = (token: string) => ({ ...t.keyOnly, authorization: `Bearer ${token}` });

  it('gives an admin a short session as the user, marked with act, audited, and reverts to the admin', async () => {
    const subject = await t.createUser(org, 'User', 'supported_user');
    const res = await impersonate(admin, subject.user.id).expect(201);
    expect(res.body).toMatchObject({
      username: 'supported_user',
      impersonated_user: { id: subject.user.id, username: 'supported_user' },
      impersonator: { id: admin.user.id, username: 'support_admin' },
    });
    const jwt = claims(res.body.token);
    expect(jwt.sub).toBe(subject.user.id);
    expect(jwt.act).toEqual({ sub: admin.user.id });
    expect(jwt.exp - jwt.iat).toBeLessThanOrEqual(3600);
    expect(Date.parse(res.body.expires_at) - Date.now()).toBeLessThanOrEqual(3_600_000);

    const as = bearer(res.body.token);
    const me = await t.http.get('/v2/user/me').set(as).expect(200);
    expect(me.body.data.id).toBe(subject.user.id);
    expect((await t.http.get('/v2/user/valid_token').set(as).expect(200)).body.impersonated).toBe(true);

    // An action during the impersonation is audited with both people.
    await t.http
      .put('/v2/user/me')
      .set(as)
      .send({ user: { first_name: 'Changed by support' } })
      .expect(200);
    const events = await t.http
      .get('/v2/audit/events')
      .query({ 'q[impersonator_id]': admin.user.id })
      .set(superAdmin.headers)
      .expect(200);
    const rows = events.body.data.map((e: { attributes: Record<string, unknown> }) => e.attributes);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'auth.impersonation_start',
          actor_id: admin.user.id,
          resource_id: subject.user.id,
          result: 'success',
        }),
        expect.objectContaining({
          action: 'user.update_me',
          actor_id: subject.user.id,
          impersonator_id: admin.user.id,
        }),
      ]),
    );

    // Wrong or missing revert token: refused, impersonation goes on.
    expectError(await t.http.delete('/auth/impersonate').query({ impersonator_revert_token: 'nope' }).set(as), 422);
    expectError(await t.http.delete('/auth/impersonate').set(as), 422);
    expectError(
      await t.http
        .delete('/auth/impersonate')
        .query({ impersonator_revert_token: res.body.impersonator_revert_token })
        .set(admin.headers),
      422,
    );

    const back = await t.http
      .delete('/auth/impersonate')
      .query({ impersonator_revert_token: res.body.impersonator_revert_token })
      .set(as)
      .expect(200);
    expect(back.body.username).toBe('support_admin');
    expect(claims(back.body.token).act).toBeUndefined();
    await t.http.get('/v2/user/me').set(bearer(back.body.token)).expect(200);
    expectError(await t.http.get('/v2/user/me').set(as), 401);
    // The admin session that started it was replaced by the returned one.
    expectError(await t.http.get('/v2/user/me').set(admin.headers), 401);
    admin = { ...admin, token: back.body.token, headers: bearer(back.body.token) };

    const stop = await t.dataSource.query(
      `SELECT actor_id, impersonator_id, resource_id FROM audit_events WHERE action = 'auth.impersonation_stop'`,
    );
    expect(stop).toEqual([{ actor_id: admin.user.id, impersonator_id: admin.user.id, resource_id: subject.user.id }]);
  });

  it('refuses credential changes, token creation, account deletion and nesting while impersonating', async () => {
    const subject = await t.createUser(org, 'User');
    const other = await t.createUser(org, 'User');
    const res = await impersonate(admin, subject.user.id).expect(201);
    const as = bearer(res.body.token);
    const forbidden = async (req: Promise<import('supertest').Response>) =>
      expectError(await req, 403, 'auth.impersonation_forbidden');

    await forbidden(
      t.http
        .put('/v2/user/password')
        .set(as)
        .send({
          user: { current_password: 'x', password: 'new password 123', password_confirmation: 'new password 123' },
        }),
    );
    await forbidden(
      t.http
        .put('/v2/user/me')
        .set(as)
        .send({ user: { email: 'takeover@example.test' } }),
    );
    await forbidden(t.http.put('/v2/user/generate_access_token').set(as));
    await forbidden(t.http.delete('/v2/user').set(as));
    // A User cannot impersonate anyway; nesting from an admin's impersonation is covered below.
    expectError(await t.http.post('/auth/impersonate').query({ uuid: other.user.id }).set(as), 403);
    const me = await t.http.get('/v2/user/me').set(as).expect(200);
    expect(me.body.data.attributes.email).toBe(subject.user.email);
    const tokens = await t.dataSource.query(`SELECT count(*)::int AS n FROM access_tokens WHERE user_id = $1`, [
      subject.user.id,
    ]);
    expect(tokens[0].n).toBe(0);
    await t.http
      .delete('/auth/impersonate')
      .query({ impersonator_revert_token: res.body.impersonator_revert_token })
      .set(as)
      .then((r) => {
        admin = { ...admin, headers: bearer(r.body.token) };
      });
  });

  it('never reaches equal or higher roles, blocked users, oneself or other organizations', async () => {
    const peer = await t.createUser(org, 'Admin');
    const blocked = await t.createUser(org, 'User');
    await t.dataSource.query(`UPDATE users SET blocked_at = now() WHERE id = $1`, [blocked.user.id]);
    const elsewhere = await t.createUser(await t.createOrganization('Foreign'), 'User');

    expectError(await impersonate(admin, peer.user.id), 403, 'auth.impersonation_forbidden');
    expectError(await impersonate(admin, superAdmin.user.id), 404);
    expectError(await impersonate(admin, blocked.user.id), 403, 'auth.impersonation_forbidden');
    expectError(await impersonate(admin, admin.user.id), 403, 'auth.impersonation_forbidden');
    expectError(await impersonate(admin, elsewhere.user.id), 404, 'not_found');
    expectError(await impersonate(admin, '00000000-0000-4000-8000-000000000000'), 404);
    expectError(await impersonate(admin, 'nope'), 422);
    const plain = await t.createUser(org, 'User');
    expectError(await impersonate(plain, elsewhere.user.id), 403);

    // Super admins reach admins of any organization, but never another super admin.
    const asPeer = await impersonate(superAdmin, peer.user.id).expect(201);
    // Never nested: the impersonated admin cannot start an impersonation of its own.
    expectError(
      await t.http.post('/auth/impersonate').query({ uuid: plain.user.id }).set(bearer(asPeer.body.token)),
      403,
      'auth.impersonation_forbidden',
    );
    const otherSuper = await t.createUser(org, 'Super Admin');
    expectError(await impersonate(superAdmin, otherSuper.user.id), 403, 'auth.impersonation_forbidden');

    const refusals = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.impersonation_start' AND result = 'failure'`,
    );
    expect(refusals[0].n).toBeGreaterThanOrEqual(4);
  });

  it('lets a partner admin reach users of its customer organizations, and refuses access tokens', async () => {
    const partner = await t.createOrganization('Partner', { partner: true });
    const customer = await t.createOrganization('Customer', { parentId: partner.id });
    const partnerAdmin = await t.createUser(partner, 'Admin');
    const customerUser = await t.createUser(customer, 'User');
    const res = await impersonate(partnerAdmin, customerUser.user.id).expect(201);
    expect(res.body.impersonated_user.id).toBe(customerUser.user.id);

    const accessToken = await t.http.put('/v2/user/generate_access_token').set(partnerAdmin.headers).expect(200);
    const viaToken = { ...t.keyOnly, authorization: `Basic ${accessToken.body.token}` };
    expectError(
      await t.http.post('/auth/impersonate').query({ uuid: customerUser.user.id }).set(viaToken),
      403,
      'auth.impersonation_forbidden',
    );
  });
});
