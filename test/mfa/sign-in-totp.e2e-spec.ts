import type { AuthContext } from '../../src/common/auth/auth-context';
import { UsersService } from '../../src/modules/users/users.service';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { waitForMail } from '../helpers/mail';
import { bearer, enrollTotp, passwordStep, TestClock, totpAt } from './mfa-helpers';

describe('sign-in with TOTP (2FA on)', () => {
  let t: TestApp;
  let clock: TestClock;
  let user: SignedIn;
  let secret: string;

  beforeAll(async () => {
    t = await TestApp.start();
    clock = new TestClock(t);
    const org = await t.createOrganization('Totp Org');
    user = await t.createUser(org);
    secret = await enrollTotp(t, clock, user);
  });
  afterAll(() => t.close());

  it('shows 2FA on in /v2/user/me and mails the user about the new factor', async () => {
    const me = await t.http.get('/v2/user/me').set(user.headers).expect(200);
    expect(me.body.data.attributes.two_factor_authentication).toMatchObject({
      enabled: true,
      otp_totp_enabled: true,
      otp_default_method: 'totp',
    });
    await waitForMail(t.mailDir, user.user.email, /second factor was added/i);
  });

  it('presents the caller loaded with the credential exactly as a separate lookup does', async () => {
    const me = await t.http.get('/v2/user/me').set(user.headers).expect(200);
    const lookedUp = await t.get(UsersService).me({ user: { id: user.user.id } } as AuthContext);
    expect(me.body.data).toEqual(JSON.parse(JSON.stringify(lookedUp)));
  });

  it('answers the password step with a challenge and no token', async () => {
    const res = await passwordStep(t, user.user.username);
    expect(res.body.token).toBeUndefined();
    expect(typeof res.body.otp_session_state).toBe('string');
    expect(res.body.methods).toEqual(['totp']);
  });

  it('issues the token on the second sign_in call with a valid code, and the token works', async () => {
    const first = await passwordStep(t, user.user.username);
    const res = await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({
        username: user.user.username,
        password: 'correct horse battery staple',
        otp_session_state: first.body.otp_session_state,
        otp_attempt: totpAt(secret, clock.now),
        method: 'totp',
      })
      .expect(200);
    expect(typeof res.body.token).toBe('string');
    await t.http.get('/v2/user/me').set(bearer(t, res.body.token)).expect(200);
  });

  it('refuses a replayed code and a code of an older step than the last accepted one', async () => {
    clock.nextStep();
    const code = totpAt(secret, clock.now);
    const a = await passwordStep(t, user.user.username);
    await t.http
      .post('/auth/mfa/check')
      .set(t.keyOnly)
      .send({ otp_session_state: a.body.otp_session_state, otp_attempt: code })
      .expect(200);
    const b = await passwordStep(t, user.user.username);
    expectError(
      await t.http
        .post('/auth/mfa/check')
        .set(t.keyOnly)
        .send({ otp_session_state: b.body.otp_session_state, otp_attempt: code }),
      401,
      'auth.invalid_otp',
    );
    // The previous step is inside the drift window, but older than the step just used.
    const older = totpAt(secret, new Date(clock.now.getTime() - 30_000));
    expectError(
      await t.http
        .post('/auth/mfa/check')
        .set(t.keyOnly)
        .send({ otp_session_state: b.body.otp_session_state, otp_attempt: older }),
      401,
      'auth.invalid_otp',
    );
  });

  it('accepts one step of drift either way, not two', async () => {
    clock.nextStep();
    clock.nextStep();
    clock.nextStep();
    const at = (steps: number) => totpAt(secret, new Date(clock.now.getTime() + steps * 30_000));
    const check = async (code: string) => {
      const s = await passwordStep(t, user.user.username);
      return t.http
        .post('/auth/mfa/check')
        .set(t.keyOnly)
        .send({ otp_session_state: s.body.otp_session_state, otp_attempt: code });
    };
    expectError(await check(at(-2)), 401, 'auth.invalid_otp');
    expect((await check(at(-1))).status).toBe(200);
    expectError(await check(at(2)), 401, 'auth.invalid_otp');
    expect((await check(at(1))).status).toBe(200);
  });

  it('refuses a challenge state that is used or expired', async () => {
    // The drift test above accepted the code of the following step: move past it.
    clock.nextStep();
    clock.nextStep();
    const s = await passwordStep(t, user.user.username);
    await t.http
      .post('/auth/mfa/check')
      .set(t.keyOnly)
      .send({ otp_session_state: s.body.otp_session_state, otp_attempt: totpAt(secret, clock.now) })
      .expect(200);
    clock.nextStep();
    expectError(
      await t.http
        .post('/auth/mfa/check')
        .set(t.keyOnly)
        .send({ otp_session_state: s.body.otp_session_state, otp_attempt: totpAt(secret, clock.now) }),
      401,
      'auth.otp_session_invalid',
    );
    const late = await passwordStep(t, user.user.username);
    clock.advance(10 * 60_000 + 1000);
    expectError(
      await t.http
        .post('/auth/mfa/check')
        .set(t.keyOnly)
        .send({ otp_session_state: late.body.otp_session_state, otp_attempt: totpAt(secret, clock.now) }),
      401,
      'auth.otp_session_invalid',
    );
  });

  it('validates the check body (422)', async () => {
    expectError(
      await t.http.post('/auth/mfa/check').set(t.keyOnly).send({ otp_attempt: '123456' }),
      422,
      'parameter_error',
    );
    expectError(
      await t.http
        .post('/auth/mfa/check')
        .set(t.keyOnly)
        .send({ otp_session_state: 'x', otp_attempt: '123456', method: 'email' }),
      422,
    );
  });
});
