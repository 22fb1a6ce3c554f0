import { base32Decode } from '../../src/modules/mfa/totp';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { bearer, passwordStep, stepUpWithTotp, TestClock, totpAt } from './mfa-helpers';

describe('identity TOTP enrollment, trusted devices and lockout', () => {
  let t: TestApp;
  let clock: TestClock;
  let user: SignedIn;
  let secret: string;

  beforeAll(async () => {
    t = await TestApp.start();
    clock = new TestClock(t);
    user = await t.createUser(await t.createOrganization('Identity Org'));
  });
  afterAll(() => t.close());

  it('enrolls TOTP: a 160-bit secret, recovery codes only with the first factor, tokens single use', async () => {
    const start = await t.http.post('/v1/identity/auth/mfa/totp/enroll/start').set(user.headers).expect(200);
    expect(Object.keys(start.body).sort()).toEqual(['enrollment_token', 'manual_entry_key', 'otpauth_uri']);
    secret = start.body.manual_entry_key;
    expect(base32Decode(secret).length).toBeGreaterThanOrEqual(20);
    expect(start.body.otpauth_uri).toContain(`secret=${secret}`);
    // No factor until verified.
    expect((await t.http.get('/v1/identity/auth/mfa/factors').set(user.headers)).body.items).toEqual([]);

    const verify = (body: Record<string, unknown>) =>
      t.http.post('/v1/identity/auth/mfa/totp/enroll/verify').set(user.headers).send(body);
    expectError(await verify({ enrollment_token: start.body.enrollment_token, code: 'abc' }), 422, 'parameter_error');
    const wrong = totpAt(secret, new Date(clock.now.getTime() + 5 * 60_000));
    expectError(await verify({ enrollment_token: start.body.enrollment_token, code: wrong }), 422, 'parameter_error');
    const ok = await verify({
      enrollment_token: start.body.enrollment_token,
      code: totpAt(secret, clock.now),
      label: 'Phone',
    }).expect(200);
    expect(ok.body.factor).toMatchObject({ type: 'totp', label: 'Phone', last_used_at: expect.any(String) });
    expect(ok.body.recovery_codes).toHaveLength(10);
    expect(ok.body.recovery_codes_generation).toBe(1);
    clock.nextStep();
    expectError(
      await verify({ enrollment_token: start.body.enrollment_token, code: totpAt(secret, clock.now) }),
      422,
      'parameter_error',
    );

    // With a factor enrolled, adding another needs a fresh proof of the existing one.
    expectError(
      await t.http.post('/v1/identity/auth/mfa/totp/enroll/start').set(user.headers),
      401,
      'mfa.step_up_required',
    );
    expectError(
      await t.http.post('/v1/identity/auth/mfa/webauthn/enroll/options').set(user.headers),
      401,
      'mfa.step_up_required',
    );
    expectError(await t.http.put('/v2/user/mfa/enable?method=totp').set(user.headers), 401, 'mfa.step_up_required');
    const stepUp = { ...user.headers, 'x-mfa-step-up-token': await stepUpWithTotp(t, clock, user.headers, secret) };
    const second = await t.http.post('/v1/identity/auth/mfa/totp/enroll/start').set(stepUp).expect(200);
    clock.advance(5 * 60_000 + 1000);
    expectError(
      await verify({
        enrollment_token: second.body.enrollment_token,
        code: totpAt(second.body.manual_entry_key, clock.now),
      }),
      422,
    );
    const freshStepUp = {
      ...user.headers,
      'x-mfa-step-up-token': await stepUpWithTotp(t, clock, user.headers, secret),
    };
    const third = await t.http.post('/v1/identity/auth/mfa/totp/enroll/start').set(freshStepUp).expect(200);
    const again = await verify({
      enrollment_token: third.body.enrollment_token,
      code: totpAt(third.body.manual_entry_key, clock.now),
    }).expect(200);
    expect(again.body.recovery_codes).toBeNull();
    expect(again.body.recovery_codes_generation).toBe(1);

    const factors = await t.http.get('/v1/identity/auth/mfa/factors').set(user.headers).expect(200);
    expect(factors.body.items).toHaveLength(2);
    for (const item of factors.body.items)
      expect(Object.keys(item).sort()).toEqual(['enrolled_at', 'id', 'label', 'last_used_at', 'type']);
    expect(JSON.stringify(factors.body)).not.toContain(secret);
  });

  it('remembers a device for 30 days when asked, and forgets it when revoked', async () => {
    clock.nextStep();
    const first = await passwordStep(t, user.user.username);
    const check = await t.http
      .post('/auth/mfa/check')
      .set(t.keyOnly)
      .set('user-agent', 'Test Browser')
      .send({
        otp_session_state: first.body.otp_session_state,
        otp_attempt: totpAt(secret, clock.now),
        remember_device: true,
      })
      .expect(200);
    const deviceToken: string = check.body.device_token;
    expect(deviceToken.length).toBeGreaterThanOrEqual(40);

    const trusted = await passwordStep(t, user.user.username, { device_token: deviceToken });
    expect(typeof trusted.body.token).toBe('string');
    const wrongDevice = await passwordStep(t, user.user.username, { device_token: 'not-a-device' });
    expect(wrongDevice.body.token).toBeUndefined();

    const list = await t.http.get('/v1/identity/auth/mfa/trusted-devices').set(user.headers).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ label: 'Test Browser', environment_id: null });
    expect(JSON.stringify(list.body)).not.toContain(deviceToken);

    const other = await t.createUser(await t.createOrganization('Other Identity Org'));
    expectError(
      await t.http.delete(`/v1/identity/auth/mfa/trusted-devices/${list.body.items[0].id}`).set(other.headers),
      404,
      'not_found',
    );
    expectError(
      await t.http.delete('/v1/identity/auth/mfa/trusted-devices/not-a-uuid').set(user.headers),
      422,
      'parameter_error',
    );
    await t.http.delete(`/v1/identity/auth/mfa/trusted-devices/${list.body.items[0].id}`).set(user.headers).expect(204);
    const revoked = await passwordStep(t, user.user.username, { device_token: deviceToken });
    expect(revoked.body.token).toBeUndefined();
  });

  it('expires trusted devices after 30 days; revoke-all removes every one', async () => {
    const remember = async () => {
      clock.nextStep();
      const first = await passwordStep(t, user.user.username);
      const res = await t.http
        .post('/auth/mfa/check')
        .set(t.keyOnly)
        .send({
          otp_session_state: first.body.otp_session_state,
          otp_attempt: totpAt(secret, clock.now),
          remember_device: true,
        })
        .expect(200);
      return res.body.device_token as string;
    };
    const old = await remember();
    clock.advance(30 * 24 * 3_600_000 + 1000);
    expect((await passwordStep(t, user.user.username, { device_token: old })).body.token).toBeUndefined();
    const a = await remember();
    const b = await remember();
    const session = bearer(t, (await passwordStep(t, user.user.username, { device_token: a })).body.token);
    expect((await t.http.get('/v1/identity/auth/mfa/trusted-devices').set(session)).body.items).toHaveLength(2);
    await t.http.delete('/v1/identity/auth/mfa/trusted-devices').set(session).expect(204);
    expect((await t.http.get('/v1/identity/auth/mfa/trusted-devices').set(session)).body.items).toEqual([]);
    expect((await passwordStep(t, user.user.username, { device_token: b })).body.token).toBeUndefined();
    user = { ...user, headers: session, token: session.authorization.slice(7) };
  });

  it('slows down repeated failures on an account, for a bounded time, and a success resets the count', async () => {
    clock.nextStep();
    const stepUp = (code: string) =>
      t.http.post('/v1/identity/auth/mfa/step-up').set(user.headers).send({ factor: 'totp', code });
    const wrong = totpAt(secret, new Date(clock.now.getTime() + 10 * 60_000));
    for (let i = 0; i < 11; i++) expectError(await stepUp(wrong), 401, 'mfa.step_up_invalid');
    const locked = await stepUp(totpAt(secret, clock.now));
    expectError(locked, 429, 'too_many_requests');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(30);
    // The same account is closed on the sign-in path too.
    const first = await passwordStep(t, user.user.username);
    expectError(
      await t.http
        .post('/auth/mfa/check')
        .set(t.keyOnly)
        .send({ otp_session_state: first.body.otp_session_state, otp_attempt: totpAt(secret, clock.now) }),
      429,
    );
    clock.advance(31_000);
    clock.nextStep();
    await stepUp(totpAt(secret, clock.now)).expect(200);
    // Reset: one more failure is a plain 401 again, not a lock.
    expectError(await stepUp(wrong), 401, 'mfa.step_up_invalid');
    clock.nextStep();
    await stepUp(totpAt(secret, clock.now)).expect(200);
  });

  it('never locks longer than 15 minutes', async () => {
    clock.nextStep();
    const wrong = totpAt(secret, new Date(clock.now.getTime() + 10 * 60_000));
    for (let i = 0; i < 20; i++) {
      const res = await t.http
        .post('/v1/identity/auth/mfa/step-up')
        .set(user.headers)
        .send({ factor: 'totp', code: wrong });
      if (res.status === 429) {
        expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
        clock.advance(Number(res.headers['retry-after']) * 1000 + 1000);
      } else expectError(res, 401, 'mfa.step_up_invalid');
    }
    clock.advance(15 * 60_000 + 1000);
    clock.nextStep();
    await t.http
      .post('/v1/identity/auth/mfa/step-up')
      .set(user.headers)
      .send({ factor: 'totp', code: totpAt(secret, clock.now) })
      .expect(200);
  });

  it('returns a device token from the second /auth/sign_in call when asked to remember the device', async () => {
    clock.advance(16 * 60_000);
    clock.nextStep();
    const first = await passwordStep(t, user.user.username);
    const second = await passwordStep(t, user.user.username, {
      otp_session_state: first.body.otp_session_state,
      otp_attempt: totpAt(secret, clock.now),
      remember_device: true,
    });
    expect(typeof second.body.token).toBe('string');
    expect(second.body.device_token.length).toBeGreaterThanOrEqual(40);
    expect(typeof second.body.device_token_expires_at).toBe('string');
    const trusted = await passwordStep(t, user.user.username, { device_token: second.body.device_token });
    expect(typeof trusted.body.token).toBe('string');
  });
});
