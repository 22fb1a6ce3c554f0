import jwt from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import { AppSecrets } from '../../src/database/app-secrets.service';
import { DEFAULT_PASSWORD, TestApp, expectError } from '../helpers/test-app';

describe('sessions and credentials', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ SESSION_IDLE_TIMEOUT_SECONDS: '600' });
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ ...t.keyOnly, authorization: `Bearer ${token}` });

  it('signs out: the token stops working at once', async () => {
    const org = await t.createOrganization('Out');
    const { token } = await t.createUser(org);
    await t.http.get('/v2/user/valid_token').set(bearer(token)).expect(200);
    expect((await t.http.delete('/auth/sign_out').set(bearer(token)).expect(200)).body).toEqual({
      message: 'Signed out',
    });
    expectError(await t.http.get('/v2/user/me').set(bearer(token)), 401, 'auth.invalid_token');
  });

  it('refuses missing, malformed, tampered and foreign-key-signed tokens', async () => {
    const org = await t.createOrganization('Bad');
    const { token } = await t.createUser(org);
    expectError(await t.http.get('/v2/user/me').set(t.keyOnly), 401, 'auth.invalid_token');
    expectError(await t.http.get('/v2/user/me').set({ ...t.keyOnly, authorization: 'Bearer nope' }), 401);
    expectError(await t.http.get('/v2/user/me').set({ ...t.keyOnly, authorization: 'Token abc' }), 401);
    const [h, p] = token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = jwt.sign(
      { ...payload, exp: Math.floor(Date.now() / 1000) + 3600 },
      'another-secret-another-secret-xx',
    );
    expectError(await t.http.get('/v2/user/me').set(bearer(forged)), 401);
    expectError(await t.http.get('/v2/user/me').set(bearer(`${h}.${p}.AAAA`)), 401);
  });

  it('refuses an expired token even when its session is alive', async () => {
    const org = await t.createOrganization('Exp');
    const { token } = await t.createUser(org);
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const secret = await t.get(AppSecrets).jwtSecret();
    const expired = jwt.sign(
      { sub: payload.sub, sid: payload.sid, iat: 1, exp: Math.floor(Date.now() / 1000) - 10 },
      secret,
    );
    expectError(await t.http.get('/v2/user/me').set(bearer(expired)), 401, 'auth.invalid_token');
  });

  it('ends a session at its absolute lifetime and after the idle timeout', async () => {
    const org = await t.createOrganization('Idle');
    const a = await t.createUser(org);
    const b = await t.createUser(org);
    const sid = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid;
    const ds = t.get(DataSource);
    await ds.query(`UPDATE sessions SET last_seen_at = now() - interval '11 minutes' WHERE id = $1`, [sid(a.token)]);
    expect(expectError(await t.http.get('/v2/user/me').set(bearer(a.token)), 401).message).toBe('Session timed out');
    await ds.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [sid(b.token)]);
    expect(expectError(await t.http.get('/v2/user/me').set(bearer(b.token)), 401).message).toBe('Session has expired');
  });

  it('issues sessions of at most 24 hours', async () => {
    const org = await t.createOrganization('Life');
    const { token } = await t.createUser(org);
    const valid = await t.http.get('/v2/user/valid_token').set(bearer(token)).expect(200);
    expect(valid.body).toMatchObject({ valid: true, credential: 'session', impersonated: false });
    const lifetime = Date.parse(valid.body.expires_at) - Date.now();
    expect(lifetime).toBeLessThanOrEqual(24 * 3600 * 1000);
    expect(lifetime).toBeGreaterThan(23 * 3600 * 1000);
  });

  it('changes the password: needs the current one, checks length, ends the other sessions only', async () => {
    const org = await t.createOrganization('Pwd');
    const me = await t.createUser(org, 'User', 'pat');
    const other = await t.signIn('pat', DEFAULT_PASSWORD);
    const change = (body: object) => t.http.put('/v2/user/password').set(me.headers).send({ user: body });

    expectError(
      await change({
        current_password: 'wrong-one!',
        password: 'new password 123',
        password_confirmation: 'new password 123',
      }),
      422,
    );
    expectError(
      await change({ current_password: DEFAULT_PASSWORD, password: 'short', password_confirmation: 'short' }),
      422,
    );
    expectError(
      await change({
        current_password: DEFAULT_PASSWORD,
        password: 'x'.repeat(129),
        password_confirmation: 'x'.repeat(129),
      }),
      422,
    );
    expectError(
      await change({
        current_password: DEFAULT_PASSWORD,
        password: 'new password 123',
        password_confirmation: 'different 123',
      }),
      422,
    );
    // Nothing changed so far.
    await t.signIn('pat', DEFAULT_PASSWORD);

    const longPassword = `${'long passphrase '.repeat(7)}end`; // 116 characters: kept whole, never truncated
    await change({
      current_password: DEFAULT_PASSWORD,
      password: longPassword,
      password_confirmation: longPassword,
    }).expect(200);
    await t.http.get('/v2/user/me').set(me.headers).expect(200);
    expectError(await t.http.get('/v2/user/me').set(bearer(other)), 401);
    expectError(
      await t.http.post('/auth/sign_in').set(t.keyOnly).send({ username: 'pat', password: DEFAULT_PASSWORD }),
      401,
    );
    expectError(
      await t.http
        .post('/auth/sign_in')
        .set(t.keyOnly)
        .send({ username: 'pat', password: longPassword.slice(0, 72) }),
      401,
    );
    await t.signIn('pat', longPassword);
  });

  it('generates, uses, replaces and revokes a long-lived access token (Basic)', async () => {
    const org = await t.createOrganization('Tok');
    const me = await t.createUser(org, 'User', 'tokuser');
    const first = await t.http.put('/v2/user/generate_access_token').set(me.headers).expect(200);
    expect(first.body).toMatchObject({ username: 'tokuser' });
    const basic = (tok: string) => ({ ...t.keyOnly, authorization: `Basic ${tok}` });
    const res = await t.http.get('/v2/user/me').set(basic(first.body.token)).expect(200);
    expect(res.body.data.attributes.username).toBe('tokuser');
    expect((await t.http.get('/v2/user/valid_token').set(basic(first.body.token)).expect(200)).body.credential).toBe(
      'access_token',
    );

    const [stored] = await t
      .get(DataSource)
      .query('SELECT token_hash FROM access_tokens WHERE user_id = $1', [me.user.id]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const second = await t.http.put('/v2/user/generate_access_token').set(me.headers).expect(200);
    expectError(await t.http.get('/v2/user/me').set(basic(first.body.token)), 401);
    await t.http.get('/v2/user/me').set(basic(second.body.token)).expect(200);

    await t.http.put('/v2/user/revoke_access_token').set(me.headers).expect(200);
    expectError(await t.http.get('/v2/user/me').set(basic(second.body.token)), 401);
    expectError(await t.http.get('/v2/user/me').set(basic('cga_unknown')), 401);
  });

  it('reports permissions by role', async () => {
    const org = await t.createOrganization('Perm');
    const user = await t.createUser(org, 'User');
    const admin = await t.createUser(org, 'Admin');
    const u = (await t.http.get('/v2/user/permissions').set(user.headers).expect(200)).body;
    const a = (await t.http.get('/v2/user/permissions').set(admin.headers).expect(200)).body;
    expect(u.role).toBe('User');
    expect(u.permissions).toContain('targets:write');
    expect(u.permissions).not.toContain('users:read');
    expect(a.permissions).toContain('users:write');
    expect(a.permissions).not.toContain('api_keys:read');
  });
});
