import { DataSource } from 'typeorm';
import { UsersService } from '../../src/modules/users/users.service';
import { DEFAULT_PASSWORD, TestApp, expectError } from '../helpers/test-app';

describe('POST /auth/sign_in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ SIGNIN_MAX_ACCOUNT_FAILURES: '3', SIGNIN_MAX_IP_FAILURES: '1000' });
  });
  afterAll(() => t.close());

  it('answers the documented fields and a working token', async () => {
    const org = await t.createOrganization('Acme');
    const { user } = await t.createUser(org, 'User', 'alice');
    const res = await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'ALICE', password: DEFAULT_PASSWORD })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 200,
      status_text: 'OK',
      username: 'alice',
      role: 'User',
      timezone: 'UTC',
      verified: true,
      provider: 'email',
      organization: { uuid: org.id, name: 'Acme' },
    });
    expect(res.body.sign_in_count).toBe(2); // createUser signed in once already
    expect(res.body.token.split('.')).toHaveLength(3);
    const me = await t.http
      .get('/v2/user/me')
      .set({ ...t.keyOnly, authorization: `Bearer ${res.body.token}` })
      .expect(200);
    expect(me.body.data.id).toBe(user.id);
  });

  it('signs in with the email too', async () => {
    const org = await t.createOrganization('Mail');
    await t.createUser(org, 'User', 'bob');
    await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'bob@example.test', password: DEFAULT_PASSWORD })
      .expect(200);
  });

  it('gives unknown users and wrong passwords the same answer', async () => {
    const org = await t.createOrganization('Same');
    await t.createUser(org, 'User', 'carol');
    const wrong = await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'carol', password: 'wrong-password' });
    const unknown = await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'nobody-here', password: 'wrong-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.errors.map((e: { message: string; type: string }) => [e.message, e.type])).toEqual(
      unknown.body.errors.map((e: { message: string; type: string }) => [e.message, e.type]),
    );
    expect(wrong.body.token).toBeUndefined();
  });

  it('throttles an account after repeated failures (429 + Retry-After), also for the right password', async () => {
    const org = await t.createOrganization('Throttle');
    await t.createUser(org, 'User', 'dave');
    for (let i = 0; i < 3; i++) {
      expectError(
        await t.http
          .post('/auth/sign_in')
          .set(t.keyOnly)
          .send({ username: 'dave', password: `bad-${i}-password` }),
        401,
      );
    }
    const locked = await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'dave', password: DEFAULT_PASSWORD });
    expectError(locked, 429, 'too_many_requests');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // An unknown account name behaves the same way, so throttling reveals nothing about which accounts exist.
    for (let i = 0; i < 3; i++)
      await t.http.post('/auth/sign_in').set(t.keyOnly).send({ username: 'ghost', password: 'bad-password' });
    expectError(
      await t.http.post('/auth/sign_in').set(t.keyOnly).send({ username: 'ghost', password: 'bad-password' }),
      429,
    );
  });

  it('lets the user in again once the delay is over, and a success resets the count', async () => {
    const org = await t.createOrganization('Reset');
    await t.createUser(org, 'User', 'erin');
    for (let i = 0; i < 3; i++)
      await t.http.post('/auth/sign_in').set(t.keyOnly).send({ username: 'erin', password: 'bad-password' });
    expectError(
      await t.http.post('/auth/sign_in').set(t.keyOnly).send({ username: 'erin', password: DEFAULT_PASSWORD }),
      429,
    );
    // Time passes: the lock ends.
    await t
      .get(DataSource)
      .query(`UPDATE auth_throttles SET locked_until = now() - interval '1 second' WHERE key = 'account:erin'`);
    await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'erin', password: DEFAULT_PASSWORD })
      .expect(200);
    const rows = await t.get(DataSource).query(`SELECT * FROM auth_throttles WHERE key = 'account:erin'`);
    expect(rows).toHaveLength(0);
  });

  it('refuses unconfirmed and blocked accounts with a clear error, after the password', async () => {
    const org = await t.createOrganization('States');
    const users = t.get(UsersService);
    const pending = await users.create({
      organizationId: org.id,
      username: 'pending',
      email: 'pending@example.test',
      password: DEFAULT_PASSWORD,
    });
    expect(pending.confirmedAt).toBeNull();
    expectError(
      await t.http.post('/auth/sign_in').set(t.keyOnly).send({ username: 'pending', password: DEFAULT_PASSWORD }),
      403,
      'auth.unconfirmed',
    );
    const { user } = await t.createUser(org, 'User', 'blocked');
    await t.get(DataSource).query('UPDATE users SET blocked_at = now() WHERE id = $1', [user.id]);
    expectError(
      await t.http.post('/auth/sign_in').set(t.keyOnly).send({ username: 'blocked', password: DEFAULT_PASSWORD }),
      403,
      'auth.blocked',
    );
  });

  it('validates the body (422 naming the field)', async () => {
    const res = await t.http.post('/auth/sign_in').set(t.keyOnly).send({ username: '', extra: 1 });
    expectError(res, 422, 'parameter_error');
    const messages = res.body.errors.map((e: { message: string }) => e.message).join(' | ');
    expect(messages).toContain('username');
    expect(messages).toContain('password');
    expect(messages).toContain('extra');
  });

  it('records successes and failures in the audit log', async () => {
    const rows = await t
      .get(DataSource)
      .query(
        `SELECT result, details->>'reason' AS reason FROM audit_events WHERE action = 'auth.sign_in' ORDER BY occurred_at`,
      );
    expect(rows.some((r: { result: string }) => r.result === 'success')).toBe(true);
    expect(rows.some((r: { reason: string }) => r.reason === 'invalid_credentials')).toBe(true);
    expect(rows.some((r: { reason: string }) => r.reason === 'throttled')).toBe(true);
  });
});

describe('sign-in throttling per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ SIGNIN_MAX_ACCOUNT_FAILURES: '100', SIGNIN_MAX_IP_FAILURES: '4' });
  });
  afterAll(() => t.close());

  it('locks an IP that fails on many accounts', async () => {
    for (let i = 0; i < 4; i++) {
      expectError(
        await t.http
          .post('/auth/sign_in')
          .set(t.keyOnly)
          .send({ username: `spray-${i}`, password: 'Password1!' }),
        401,
      );
    }
    const res = await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'spray-new', password: 'Password1!' });
    expectError(res, 429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(60);
  });
});
