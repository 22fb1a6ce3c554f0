import { SecondFactorGate } from '../../src/common/auth/auth.ports';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { TestApp, expectError, type SignedIn } from '../helpers/test-app';

describe('accounts: SSO link login', () => {
  let t: TestApp;
  let org: Organization;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start({ APP_BASE_URL: 'https://portal.example.test' });
    org = await t.createOrganization('Linked');
    admin = await t.createUser(org, 'Admin', 'link_admin');
  });
  afterAll(() => t.close());

  const mint = (who: SignedIn, userId: string) => t.http.post(`/v2/users/${userId}/sso_link`).set(who.headers);
  const login = (token: string) => t.http.post('/auth/sso_link_login').set(t.keyOnly).send({ token });

  it('mints a 5-minute one-time token that opens a session once', async () => {
    const user = await t.createUser(org, 'User', 'linked_user');
    const res = await mint(admin, user.user.id).expect(201);
    expect(res.body.url).toBe(`https://portal.example.test/sso_link_login?token=${res.body.token}`);
    const ttl = Date.parse(res.body.expires_at) - Date.now();
    expect(ttl).toBeGreaterThan(4 * 60_000);
    expect(ttl).toBeLessThanOrEqual(5 * 60_000);

    const session = await login(res.body.token).expect(200);
    expect(session.body.username).toBe('linked_user');
    const me = await t.http
      .get('/v2/user/me')
      .set({ ...t.keyOnly, authorization: `Bearer ${session.body.token}` })
      .expect(200);
    expect(me.body.data.id).toBe(user.user.id);
    expectError(await login(res.body.token), 401, 'auth.invalid_token');

    const audit = await t.dataSource.query(
      `SELECT result, actor_id, details FROM audit_events WHERE action = 'auth.sso_link_login' ORDER BY occurred_at`,
    );
    expect(audit[0]).toEqual({
      result: 'success',
      actor_id: user.user.id,
      details: { link_created_by: admin.user.id },
    });
    expect(audit[1]).toMatchObject({ result: 'failure' });
  });

  it('refuses expired and replaced tokens', async () => {
    const user = await t.createUser(org, 'User');
    const first = await mint(admin, user.user.id).expect(201);
    const second = await mint(admin, user.user.id).expect(201);
    expectError(await login(first.body.token), 401, 'auth.invalid_token');
    await t.dataSource.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      user.user.id,
    ]);
    expectError(await login(second.body.token), 401, 'auth.invalid_token');
    expectError(await t.http.post('/auth/sso_link_login').set(t.keyOnly).send({}), 422);
  });

  it('still asks for the second factor and issues no session until it is given', async () => {
    const user = await t.createUser(org, 'User');
    const gate = t.app.get(SecondFactorGate);
    const spy = jest
      .spyOn(gate, 'afterPassword')
      .mockResolvedValue({ proceed: false, respond: { otp_session_state: 'state-123', methods: ['totp'] } });
    try {
      const res = await mint(admin, user.user.id).expect(201);
      const answer = await login(res.body.token).expect(200);
      expect(answer.body).toMatchObject({
        otp_session_state: 'state-123',
        methods: ['totp'],
        username: user.user.username,
      });
      expect(answer.body.token).toBeUndefined();
      expect(spy).toHaveBeenCalledWith(expect.objectContaining({ userId: user.user.id }));
    } finally {
      spy.mockRestore();
    }
  });

  it('is for admins, for users of lower role in their organizations, never blocked ones, never while impersonating', async () => {
    const peer = await t.createUser(org, 'Admin');
    const plain = await t.createUser(org, 'User');
    const blocked = await t.createUser(org, 'User');
    await t.dataSource.query(`UPDATE users SET blocked_at = now() WHERE id = $1`, [blocked.user.id]);
    const foreign = await t.createUser(await t.createOrganization('Far away'), 'User');

    expectError(await mint(admin, peer.user.id), 403);
    expectError(await mint(admin, blocked.user.id), 403, 'auth.blocked');
    expectError(await mint(admin, foreign.user.id), 404);
    expectError(await mint(plain, foreign.user.id), 403);

    const superAdmin = await t.signInSuperAdmin();
    const asAdmin = await t.http
      .post('/auth/impersonate')
      .query({ uuid: admin.user.id })
      .set(superAdmin.headers)
      .expect(201);
    expectError(
      await t.http
        .post(`/v2/users/${plain.user.id}/sso_link`)
        .set({ ...t.keyOnly, authorization: `Bearer ${asAdmin.body.token}` }),
      403,
      'auth.impersonation_forbidden',
    );

    // A token minted before the user was blocked opens nothing.
    const late = await t.createUser(org, 'User');
    const res = await mint(admin, late.user.id).expect(201);
    await t.dataSource.query(`UPDATE users SET blocked_at = now() WHERE id = $1`, [late.user.id]);
    expectError(await login(res.body.token), 403, 'auth.blocked');
  });
});
