import fs from 'node:fs';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { waitForMail } from '../helpers/mail';
import { DEFAULT_PASSWORD, TestApp, expectError, type SignedIn } from '../helpers/test-app';
import { mailedToken } from './tokens';

const BASE_URL = 'https://portal.example.test';
const NEW_PASSWORD = 'my new long passphrase';

describe('accounts: password reset', () => {
  let t: TestApp;
  let org: Organization;

  beforeAll(async () => {
    t = await TestApp.start({ APP_BASE_URL: BASE_URL });
    org = await t.createOrganization('Forgetful');
  });
  afterAll(() => t.close());

  const forgot = (email: string, headers: Record<string, string> = {}) =>
    t.http
      .post('/auth/password')
      .set({ ...t.keyOnly, ...headers })
      .send({ email });
  const reset = (body: Record<string, unknown>) => t.http.put('/auth/password').set(t.keyOnly).send(body);
  const mailsTo = (to: string) =>
    fs.existsSync(t.mailDir)
      ? fs.readdirSync(t.mailDir).filter((f) => fs.readFileSync(`${t.mailDir}/${f}`, 'utf8').includes(`To: ${to}`))
      : [];

  it('answers the same for known and unknown addresses and only mails the real account', async () => {
    const known: SignedIn = await t.createUser(org, 'User', 'known');
    const ghost = await forgot('nobody-here@example.test').expect(200);
    const real = await forgot('KNOWN@example.test', {
      host: 'evil.example',
      'x-forwarded-host': 'evil.example',
    }).expect(200);
    expect(real.body).toEqual(ghost.body);
    expect(Object.keys(real.body)).toEqual(['message']);

    const { mail } = await mailedToken(t.mailDir, known.user.email, /Reset your password/, 'reset_password_token');
    expect(mail.text).toContain(`${BASE_URL}/users/password/edit?reset_password_token=`);
    expect(mail.text).not.toContain('evil.example');
    // Jobs run one at a time in order: the unknown address was handled first and sent nothing.
    expect(mailsTo('nobody-here@example.test')).toEqual([]);
    expectError(await forgot('not an email'), 422, 'parameter_error');
  });

  it('resets once with a valid token: ends every session, signs nobody in, notifies the user', async () => {
    const user = await t.createUser(org, 'User', 'resetter');
    await forgot(user.user.email).expect(200);
    const { token } = await mailedToken(t.mailDir, user.user.email, /Reset your password/, 'reset_password_token');

    // Bad input changes nothing and keeps the link usable.
    expectError(
      await reset({ reset_password_token: token, password: NEW_PASSWORD, password_confirmation: 'something else' }),
      422,
    );
    expectError(await reset({ reset_password_token: token, password: 'short', password_confirmation: 'short' }), 422);
    expectError(await reset({ reset_password_token: token, password: NEW_PASSWORD }), 422);
    await t.http.get('/v2/user/me').set(user.headers).expect(200);

    const done = await reset({
      reset_password_token: token,
      password: NEW_PASSWORD,
      password_confirmation: NEW_PASSWORD,
    }).expect(200);
    expect(done.body.token).toBeUndefined();
    expectError(await t.http.get('/v2/user/me').set(user.headers), 401);
    expectError(
      await t.http.post('/auth/sign_in').set(t.keyOnly).send({ username: 'resetter', password: DEFAULT_PASSWORD }),
      401,
    );
    await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'resetter', password: NEW_PASSWORD })
      .expect(200);
    await waitForMail(t.mailDir, user.user.email, /Your password was changed/);

    expectError(
      await reset({
        reset_password_token: token,
        password: 'yet another password',
        password_confirmation: 'yet another password',
      }),
      404,
      'auth.invalid_token',
    );
    const events = await t.dataSource.query(
      `SELECT actor_id, details FROM audit_events WHERE action = 'user.password_reset'`,
    );
    expect(events).toEqual([{ actor_id: user.user.id, details: { sessions_ended: 1 } }]);
  });

  it('refuses expired tokens and tokens replaced by a newer request', async () => {
    const user = await t.createUser(org, 'User', 'twice');
    await forgot(user.user.email).expect(200);
    const first = await mailedToken(t.mailDir, user.user.email, /Reset your password/, 'reset_password_token');
    fs.rmSync(first.mail.file);
    await forgot(user.user.email).expect(200);
    const second = await mailedToken(t.mailDir, user.user.email, /Reset your password/, 'reset_password_token');
    const body = { password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD };
    expectError(await reset({ reset_password_token: first.token, ...body }), 404, 'auth.invalid_token');

    await t.dataSource.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      user.user.id,
    ]);
    expectError(await reset({ reset_password_token: second.token, ...body }), 404, 'auth.invalid_token');
    expectError(await reset({ reset_password_token: 'made-up-token', ...body }), 404, 'auth.invalid_token');
    await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'twice', password: DEFAULT_PASSWORD })
      .expect(200);
  });

  it('sends nothing for a blocked account, with the same answer', async () => {
    const blocked = await t.createUser(org, 'User', 'blocked_one');
    await t.dataSource.query(`UPDATE users SET blocked_at = now() WHERE id = $1`, [blocked.user.id]);
    const res = await forgot(blocked.user.email).expect(200);
    const marker = await t.createUser(org, 'User', 'marker');
    await forgot(marker.user.email).expect(200);
    await waitForMail(t.mailDir, marker.user.email, /Reset your password/);
    expect(res.body.message).toMatch(/If an account uses this email address/);
    expect(mailsTo(blocked.user.email)).toEqual([]);
  });

  it('limits requests per typed address, known or not (429 with Retry-After)', async () => {
    for (const email of ['limited@example.test', 'also-nobody@example.test']) {
      for (let i = 0; i < 5; i++) await forgot(email).expect(200);
      const res = await forgot(email);
      expectError(res, 429, 'too_many_requests');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
  });
});
