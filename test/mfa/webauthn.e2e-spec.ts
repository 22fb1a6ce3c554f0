import { waitForMail } from '../helpers/mail';
import { DEFAULT_PASSWORD, expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { SoftwareAuthenticator } from './software-authenticator';

const RP_ID = 'example.test';
const ORIGIN = 'https://app.example.test';

describe('WebAuthn factors (software authenticator, attestation none, ES256)', () => {
  let t: TestApp;
  let user: SignedIn;
  let key: SoftwareAuthenticator;
  let factorId: string;

  beforeAll(async () => {
    t = await TestApp.start({
      WEBAUTHN_RP_ID: RP_ID,
      WEBAUTHN_ORIGINS: `https://other.example.test, ${ORIGIN}`,
      WEBAUTHN_RP_NAME: 'CG Test',
    });
    user = await t.createUser(await t.createOrganization('Webauthn Org'));
    key = new SoftwareAuthenticator(RP_ID, ORIGIN);
  });
  afterAll(() => t.close());

  const options = () => t.http.post('/v1/identity/auth/mfa/webauthn/enroll/options').set(user.headers).expect(200);
  const enroll = (body: Record<string, unknown>) =>
    t.http.post('/v1/identity/auth/mfa/webauthn/enroll/verify').set(user.headers).send(body);
  const stepUpOptions = () => t.http.post('/v1/identity/auth/mfa/step-up/webauthn/options').set(user.headers);
  const stepUpVerify = (body: Record<string, unknown>) =>
    t.http.post('/v1/identity/auth/mfa/step-up/webauthn/verify').set(user.headers).send(body);

  it('refuses a registration from the wrong origin (422), and the challenge is spent', async () => {
    const start = await options();
    const bad = key.register(start.body.options, { origin: 'https://evil.example' });
    expectError(await enroll({ enrollment_token: start.body.enrollment_token, response: bad }), 422, 'parameter_error');
    const good = key.register(start.body.options);
    expectError(
      await enroll({ enrollment_token: start.body.enrollment_token, response: good }),
      422,
      'parameter_error',
    );
    expectError(await enroll({ enrollment_token: start.body.enrollment_token }), 422, 'parameter_error');
    expect((await t.http.get('/v1/identity/auth/mfa/factors').set(user.headers)).body.items).toEqual([]);
  });

  it('registers a credential: options from config, first factor brings recovery codes, public key never returned', async () => {
    const start = await options();
    expect(start.body.options.rp).toEqual({ id: RP_ID, name: 'CG Test' });
    expect(start.body.options.attestation).toBe('none');
    expect(Buffer.from(start.body.options.challenge, 'base64url').length).toBeGreaterThanOrEqual(16);
    const res = await enroll({
      enrollment_token: start.body.enrollment_token,
      response: key.register(start.body.options),
      label: 'YubiKey',
    }).expect(200);
    expect(res.body.factor).toMatchObject({ type: 'webauthn', label: 'YubiKey' });
    expect(res.body.recovery_codes).toHaveLength(10);
    factorId = res.body.factor.id;
    const list = await t.http.get('/v1/identity/auth/mfa/factors').set(user.headers).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: factorId, type: 'webauthn' })]);
    expect(JSON.stringify(list.body)).not.toContain(key.id);
    await waitForMail(t.mailDir, user.user.email, /second factor was added/i);
    // Adding another factor now needs a step-up.
    expectError(
      await t.http.post('/v1/identity/auth/mfa/webauthn/enroll/options').set(user.headers),
      401,
      'mfa.step_up_required',
    );
  });

  it('steps up with an assertion; counters that stay at 0 are accepted; each challenge works once', async () => {
    for (let round = 0; round < 2; round++) {
      const start = await stepUpOptions().expect(200);
      expect(start.body.options.allowCredentials).toEqual([expect.objectContaining({ id: key.id })]);
      const assertion = key.assert(start.body.options);
      const res = await stepUpVerify({ transit_token: start.body.transit_token, response: assertion }).expect(200);
      expect(typeof res.body.step_up_token).toBe('string');
      expectError(
        await stepUpVerify({ transit_token: start.body.transit_token, response: assertion }),
        401,
        'mfa.step_up_invalid',
      );
    }
  });

  it('refuses a bad signature and a counter that goes backwards', async () => {
    const start = await stepUpOptions().expect(200);
    expectError(
      await stepUpVerify({
        transit_token: start.body.transit_token,
        response: key.assert(start.body.options, { tamper: true }),
      }),
      401,
      'mfa.step_up_invalid',
    );
    key.counter = 5;
    const up = await stepUpOptions().expect(200);
    await stepUpVerify({ transit_token: up.body.transit_token, response: key.assert(up.body.options) }).expect(200);
    key.counter = 3;
    const back = await stepUpOptions().expect(200);
    expectError(
      await stepUpVerify({ transit_token: back.body.transit_token, response: key.assert(back.body.options) }),
      401,
      'mfa.step_up_invalid',
    );
  });

  it('completes sign-in with an assertion (second step), once per nonce', async () => {
    const first = await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: user.user.username, password: DEFAULT_PASSWORD })
      .expect(200);
    expect(first.body.token).toBeUndefined();
    expect(first.body.methods).toEqual(['webauthn']);
    const state = first.body.otp_session_state;
    // Asking twice gives a new nonce; only the latest counts.
    await t.http.post('/auth/mfa/webauthn/options').set(t.keyOnly).send({ otp_session_state: state }).expect(200);
    const start = await t.http
      .post('/auth/mfa/webauthn/options')
      .set(t.keyOnly)
      .send({ otp_session_state: state })
      .expect(200);
    key.counter = 8;
    const assertion = key.assert(start.body.options);
    const res = await t.http
      .post('/auth/mfa/webauthn/verify')
      .set(t.keyOnly)
      .send({ otp_session_state: state, response: assertion })
      .expect(200);
    expect(typeof res.body.token).toBe('string');
    expectError(
      await t.http
        .post('/auth/mfa/webauthn/verify')
        .set(t.keyOnly)
        .send({ otp_session_state: state, response: assertion }),
      401,
      'auth.otp_session_invalid',
    );

    const second = await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: user.user.username, password: DEFAULT_PASSWORD })
      .expect(200);
    const opts = await t.http
      .post('/auth/mfa/webauthn/options')
      .set(t.keyOnly)
      .send({ otp_session_state: second.body.otp_session_state })
      .expect(200);
    key.counter = 9;
    expectError(
      await t.http
        .post('/auth/mfa/webauthn/verify')
        .set(t.keyOnly)
        .send({
          otp_session_state: second.body.otp_session_state,
          response: key.assert(opts.body.options, { tamper: true }),
        }),
      401,
      'auth.invalid_otp',
    );
    expectError(
      await t.http.post('/auth/mfa/webauthn/options').set(t.keyOnly).send({ otp_session_state: 'unknown' }),
      401,
      'auth.otp_session_invalid',
    );
  });

  it('uses the WebAuthn step-up token to regenerate codes and remove the factor', async () => {
    key.counter = 10;
    const start = await stepUpOptions().expect(200);
    const token = (
      await stepUpVerify({ transit_token: start.body.transit_token, response: key.assert(start.body.options) }).expect(
        200,
      )
    ).body.step_up_token;
    const headers = { ...user.headers, 'x-mfa-step-up-token': token };
    // The registered authenticator is excluded from the next registration.
    const next = await t.http.post('/v1/identity/auth/mfa/webauthn/enroll/options').set(headers).expect(200);
    expect(next.body.options.excludeCredentials).toEqual([expect.objectContaining({ id: key.id })]);
    const codes = await t.http.post('/v1/identity/auth/mfa/recovery-codes/regenerate').set(headers).expect(200);
    expect(codes.body.recovery_codes_generation).toBe(2);
    expectError(await t.http.delete('/v1/identity/auth/mfa/factors/not-a-uuid').set(headers), 422, 'parameter_error');
    expectError(
      await t.http.delete('/v1/identity/auth/mfa/factors/00000000-0000-4000-8000-000000000000').set(headers),
      404,
      'not_found',
    );
    await t.http.delete(`/v1/identity/auth/mfa/factors/${factorId}`).set(headers).expect(204);
    expect((await t.http.get('/v1/identity/auth/mfa/factors').set(user.headers)).body.items).toEqual([]);
    await waitForMail(t.mailDir, user.user.email, /turned off/i);
    expectError(await stepUpOptions(), 422, 'parameter_error');
  });
});
