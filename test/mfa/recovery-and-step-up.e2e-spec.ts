import { waitForMail } from '../helpers/mail';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { bearer, enrollTotp, passwordStep, signInWithTotp, stepUpWithTotp, TestClock, totpAt } from './mfa-helpers';

describe('recovery codes and step-up tokens', () => {
  let t: TestApp;
  let clock: TestClock;
  let user: SignedIn;
  let secret: string;
  let codes: string[];

  beforeAll(async () => {
    t = await TestApp.start();
    clock = new TestClock(t);
    const org = await t.createOrganization('Recovery Org');
    user = await t.createUser(org);
    secret = await enrollTotp(t, clock, user);
  });
  afterAll(() => t.close());

  const recoverySignIn = async (code: string) => {
    const first = await passwordStep(t, user.user.username);
    return t.http
      .post('/auth/sign_in_with_recovery_code')
      .set(t.keyOnly)
      .send({ otp_session_state: first.body.otp_session_state, recovery_code: code });
  };

  it('shows the first batch in plaintext once, then only counts', async () => {
    const first = await t.http.get('/v2/user/mfa/recovery_codes').set(user.headers).expect(200);
    codes = first.body.recovery_codes;
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(new Set(codes).size).toBe(10);
    expect(first.body).toMatchObject({ remaining: 10, generation: 1 });
    const second = await t.http.get('/v2/user/mfa/recovery_codes').set(user.headers).expect(200);
    expect(second.body).toEqual({ recovery_codes: null, remaining: 10, generation: 1 });
  });

  it('signs in with a recovery code (case and dashes ignored), once, and tells the user', async () => {
    const res = await recoverySignIn(codes[0].toLowerCase().replace(/-/g, ''));
    expect(res.status).toBe(200);
    expect(typeof res.body.token).toBe('string');
    await waitForMail(t.mailDir, user.user.email, /recovery code was used/i);
    expectError(await recoverySignIn(codes[0]), 401, 'auth.invalid_otp');
    // ... and on the step-up path too (one store, single use everywhere).
    expectError(
      await t.http
        .post('/v1/identity/auth/mfa/step-up')
        .set(user.headers)
        .send({ factor: 'recovery_code', code: codes[0] }),
      401,
      'mfa.step_up_invalid',
    );
    const after = await t.http.get('/v2/user/mfa/recovery_codes').set(user.headers).expect(200);
    expect(after.body.remaining).toBe(9);
  });

  it('requires a step-up token for sensitive changes', async () => {
    // The session's last second factor (verify_installation) is older than the step-up window by now.
    clock.advance(10 * 60_000 + 1000);
    const [factor] = (await t.http.get('/v1/identity/auth/mfa/factors').set(user.headers).expect(200)).body.items;
    expectError(
      await t.http.delete(`/v1/identity/auth/mfa/factors/${factor.id}`).set(user.headers),
      401,
      'mfa.step_up_required',
    );
    expectError(
      await t.http.post('/v1/identity/auth/mfa/recovery-codes/regenerate').set(user.headers),
      401,
      'mfa.step_up_required',
    );
    expectError(
      await t.http.put('/v2/user/mfa/generate_recovery_codes').set(user.headers),
      401,
      'mfa.step_up_required',
    );
    expectError(await t.http.put('/v2/user/generate_access_token').set(user.headers), 401, 'mfa.step_up_required');
    expectError(
      await t.http
        .put('/v2/user/password')
        .set(user.headers)
        .send({
          user: {
            current_password: 'correct horse battery staple',
            password: 'another long passphrase',
            password_confirmation: 'another long passphrase',
          },
        }),
      401,
      'mfa.step_up_required',
    );
    expectError(
      await t.http
        .put('/v2/user/me')
        .set(user.headers)
        .send({ user: { email: 'new-address@example.test' } }),
      401,
      'mfa.step_up_required',
    );
    expectError(
      await t.http.put(`/v2/user/mfa/disable?method=totp&otp_attempt=${totpAt(secret, clock.now)}`).set(user.headers),
      401,
      'mfa.step_up_required',
    );
    expectError(
      await t.http
        .post('/v1/identity/auth/mfa/recovery-codes/regenerate')
        .set({ ...user.headers, 'x-mfa-step-up-token': 'forged' }),
      401,
      'mfa.step_up_required',
    );
    // Nothing changed.
    expect((await t.http.get('/v1/identity/auth/mfa/factors').set(user.headers)).body.items).toHaveLength(1);
  });

  it('refuses a wrong code at step-up (401) and bad input (422)', async () => {
    expectError(
      await t.http.post('/v1/identity/auth/mfa/step-up').set(user.headers).send({ factor: 'totp', code: '000000' }),
      401,
      'mfa.step_up_invalid',
    );
    expectError(
      await t.http.post('/v1/identity/auth/mfa/step-up').set(user.headers).send({ factor: 'password', code: 'x' }),
      422,
      'parameter_error',
    );
  });

  it('regenerates with a step-up token: 10 new codes, the previous generation stops working', async () => {
    const stepUp = await stepUpWithTotp(t, clock, user.headers, secret);
    const res = await t.http
      .post('/v1/identity/auth/mfa/recovery-codes/regenerate')
      .set({ ...user.headers, 'x-mfa-step-up-token': stepUp })
      .expect(200);
    expect(res.body.recovery_codes).toHaveLength(10);
    expect(res.body.recovery_codes_generation).toBe(2);
    expectError(await recoverySignIn(codes[1]), 401, 'auth.invalid_otp');
    const fresh = await recoverySignIn(res.body.recovery_codes[0]);
    expect(fresh.status).toBe(200);
    codes = res.body.recovery_codes;
    await waitForMail(t.mailDir, user.user.email, /new recovery codes/i);
  });

  it('binds step-up tokens to the session that obtained them, for 5 minutes', async () => {
    const stepUp = await stepUpWithTotp(t, clock, user.headers, secret);
    const otherSession = bearer(t, await signInWithTotp(t, clock, user.user.username, secret));
    expectError(
      await t.http.put('/v2/user/generate_access_token').set({ ...otherSession, 'x-mfa-step-up-token': stepUp }),
      401,
      'mfa.step_up_required',
    );
    clock.advance(5 * 60_000 + 1000);
    expectError(
      await t.http.put('/v2/user/generate_access_token').set({ ...user.headers, 'x-mfa-step-up-token': stepUp }),
      401,
      'mfa.step_up_required',
    );
    const fresh = await stepUpWithTotp(t, clock, user.headers, secret);
    const ok = await t.http
      .put('/v2/user/generate_access_token')
      .set({ ...user.headers, 'x-mfa-step-up-token': fresh })
      .expect(200);
    expect(typeof ok.body.token).toBe('string');
  });

  it('/v2 generate_recovery_codes answers 200 with no body; the codes are readable once', async () => {
    const stepUp = await stepUpWithTotp(t, clock, user.headers, secret);
    const res = await t.http
      .put('/v2/user/mfa/generate_recovery_codes')
      .set({ ...user.headers, 'x-mfa-step-up-token': stepUp })
      .expect(200);
    expect(res.text).toBe('');
    const read = await t.http.get('/v2/user/mfa/recovery_codes').set(user.headers).expect(200);
    expect(read.body.recovery_codes).toHaveLength(10);
    expect(read.body.generation).toBe(3);
    codes = read.body.recovery_codes;
  });

  it('warns the user by email when few codes remain', async () => {
    for (const code of codes.slice(0, 7)) {
      const res = await t.http
        .post('/v1/identity/auth/mfa/step-up')
        .set(user.headers)
        .send({ factor: 'recovery_code', code });
      expect(res.status).toBe(200);
    }
    const mail = await waitForMail(t.mailDir, user.user.email, /running out of recovery codes/i);
    expect(mail.text).toContain('Recovery codes left: 3');
    for (const code of codes) expect(mail.raw).not.toContain(code);
  });

  it("keeps another user's factor out of reach (404)", async () => {
    const other = await t.createUser(await t.createOrganization('Other Org'));
    const otherSecret = await enrollTotp(t, clock, other);
    const [theirs] = (await t.http.get('/v1/identity/auth/mfa/factors').set(other.headers).expect(200)).body.items;
    const stepUp = await stepUpWithTotp(t, clock, user.headers, secret);
    expectError(
      await t.http
        .delete(`/v1/identity/auth/mfa/factors/${theirs.id}`)
        .set({ ...user.headers, 'x-mfa-step-up-token': stepUp }),
      404,
      'not_found',
    );
    expect((await t.http.get('/v1/identity/auth/mfa/factors').set(other.headers)).body.items).toHaveLength(1);
    expect(otherSecret).not.toBe(secret);
  });

  it('disables 2FA with a step-up token and a valid code; sign-in is password-only again', async () => {
    const stepUp = await stepUpWithTotp(t, clock, user.headers, secret);
    const headers = { ...user.headers, 'x-mfa-step-up-token': stepUp };
    expectError(
      await t.http.put('/v2/user/mfa/disable?method=totp&otp_attempt=12').set(headers),
      422,
      'parameter_error',
    );
    clock.nextStep();
    expectError(
      await t.http.put('/v2/user/mfa/disable?method=totp&otp_attempt=000000').set(headers),
      422,
      'parameter_error',
    );
    await t.http
      .put(`/v2/user/mfa/disable?method=totp&otp_attempt=${totpAt(secret, clock.now)}`)
      .set(headers)
      .expect(200, { status: 'disabled' });
    const me = await t.http.get('/v2/user/me').set(user.headers).expect(200);
    expect(me.body.data.attributes.two_factor_authentication.enabled).toBe(false);
    const signIn = await passwordStep(t, user.user.username);
    expect(typeof signIn.body.token).toBe('string');
    expect((await t.http.get('/v2/user/mfa/recovery_codes').set(user.headers)).body.remaining).toBe(0);
    await waitForMail(t.mailDir, user.user.email, /two-factor authentication was turned off/i);
    // Without any factor there is nothing to step up with.
    await t.http.put('/v2/user/generate_access_token').set(user.headers).expect(200);
  });
});
