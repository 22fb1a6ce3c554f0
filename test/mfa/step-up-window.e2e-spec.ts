import { ConfigError, loadEnv } from '../../src/config/env';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import {
  bearer,
  enrollTotp,
  lastSmsCode,
  passwordStep,
  signInWithTotp,
  stepUpWithTotp,
  TestClock,
  totpAt,
} from './mfa-helpers';

const WINDOW_MS = 10 * 60_000;
const MOBILE = '+447400123456';

/**
 * Step-up "sudo mode": the flows of seeds/000 and seeds/001 (API key + bearer only) work right after a second factor
 * was proved by the session; an older proof, an access token or a /v1/identity route still need x-mfa-step-up-token.
 */
describe('step-up window (sudo mode) on /v2 routes', () => {
  let t: TestApp;
  let clock: TestClock;

  beforeAll(async () => {
    t = await TestApp.start({ SMS_MAX_PER_PHONE_PER_HOUR: '100', SMS_MAX_PER_IP_PER_HOUR: '100' });
    clock = new TestClock(t);
  });
  afterAll(() => t.close());

  describe('the documented flow, with only the API key and the bearer token', () => {
    let user: SignedIn;
    let secret: string;

    beforeAll(async () => {
      user = await t.createUser(await t.createOrganization('Seed Flow Org'));
    });

    it('enable TOTP, verify, generate recovery codes, read them once (seeds/000)', async () => {
      const enable = await t.http.put('/v2/user/mfa/enable?method=totp').set(user.headers).expect(200);
      secret = enable.body.manual_entry_key;
      await t.http
        .put(`/v2/user/mfa/verify_installation?method=totp&otp_attempt=${totpAt(secret, clock.now)}`)
        .set(user.headers)
        .expect(200, { status: 'verified' });
      const generated = await t.http.put('/v2/user/mfa/generate_recovery_codes').set(user.headers).expect(200);
      expect(generated.text).toBe('');
      const codes = await t.http.get('/v2/user/mfa/recovery_codes').set(user.headers).expect(200);
      expect(codes.body.recovery_codes).toHaveLength(10);
      expect(codes.body.generation).toBe(2);
    });

    it('then enables SMS as a second method (seeds/001), within the window of the TOTP proof', async () => {
      clock.advance(2 * 60_000);
      await t.http
        .put('/v2/user/mfa/enable?method=sms&phone_number=7400123456&country_code=%2B44')
        .set(user.headers)
        .expect(200, { status: 'queued', method: 'sms' });
      const code = await lastSmsCode(t, MOBILE);
      await t.http
        .put(`/v2/user/mfa/verify_installation?method=sms&otp_attempt=${code}`)
        .set(user.headers)
        .expect(200, { status: 'verified' });
      const me = await t.http.get('/v2/user/me').set(user.headers).expect(200);
      expect(me.body.data.attributes.two_factor_authentication).toMatchObject({
        otp_totp_enabled: true,
        otp_sms_enabled: true,
      });
    });

    it("the 2FA challenge answer names the user's organization", async () => {
      const challenge = await passwordStep(t, user.user.username);
      expect(challenge.body).toMatchObject({
        organization: { uuid: user.user.organizationId, name: 'Seed Flow Org' },
        methods: expect.arrayContaining(['totp', 'sms']),
      });
      expect(challenge.body.token).toBeUndefined();
    });

    it('a session signed in with a code is stepped-up for the window', async () => {
      const fresh = bearer(t, await signInWithTotp(t, clock, user.user.username, secret));
      await t.http.put('/v2/user/mfa/generate_recovery_codes').set(fresh).expect(200);
      const token = await t.http.put('/v2/user/generate_access_token').set(fresh).expect(200);
      expect(typeof token.body.token).toBe('string');
    });

    it('a proof older than the window needs the token again; the token still works', async () => {
      clock.advance(WINDOW_MS + 1000);
      expectError(
        await t.http.put('/v2/user/mfa/generate_recovery_codes').set(user.headers),
        401,
        'mfa.step_up_required',
      );
      expectError(await t.http.put('/v2/user/generate_access_token').set(user.headers), 401, 'mfa.step_up_required');
      expectError(
        await t.http.put('/v2/user/mfa/disable?method=sms&otp_attempt=123456').set(user.headers),
        401,
        'mfa.step_up_required',
      );
      const before = (await t.http.get('/v2/user/mfa/recovery_codes').set(user.headers)).body.generation;
      const stepUp = await stepUpWithTotp(t, clock, user.headers, secret);
      await t.http
        .put('/v2/user/mfa/generate_recovery_codes')
        .set({ ...user.headers, 'x-mfa-step-up-token': stepUp })
        .expect(200);
      expect((await t.http.get('/v2/user/mfa/recovery_codes').set(user.headers)).body.generation).toBe(before + 1);
    });

    it('a step-up opens the window again; an explicit token is judged as it is', async () => {
      // The step-up of the previous test is a proof of this session: no header needed now...
      await t.http.put('/v2/user/generate_access_token').set(user.headers).expect(200);
      // ...but a header that is sent must be valid.
      expectError(
        await t.http.put('/v2/user/generate_access_token').set({ ...user.headers, 'x-mfa-step-up-token': 'forged' }),
        401,
        'mfa.step_up_required',
      );
    });

    it('/v1/identity routes take only the x-mfa-step-up-token (seeds/003)', async () => {
      const fresh = bearer(t, await signInWithTotp(t, clock, user.user.username, secret));
      expectError(
        await t.http.post('/v1/identity/auth/mfa/recovery-codes/regenerate').set(fresh),
        401,
        'mfa.step_up_required',
      );
      expectError(await t.http.post('/v1/identity/auth/mfa/totp/enroll/start').set(fresh), 401, 'mfa.step_up_required');
      const stepUp = await stepUpWithTotp(t, clock, fresh, secret);
      await t.http
        .post('/v1/identity/auth/mfa/recovery-codes/regenerate')
        .set({ ...fresh, 'x-mfa-step-up-token': stepUp })
        .expect(200);
    });

    it('an access token has no window: it always needs the step-up token', async () => {
      const fresh = bearer(t, await signInWithTotp(t, clock, user.user.username, secret));
      const issued = await t.http.put('/v2/user/generate_access_token').set(fresh).expect(200);
      const basic = { ...t.keyOnly, authorization: `Basic ${issued.body.token}` };
      expectError(await t.http.put('/v2/user/mfa/generate_recovery_codes').set(basic), 401, 'mfa.step_up_required');
    });
  });

  describe('the first set of recovery codes', () => {
    it('needs no step-up while no code was ever shown, then does', async () => {
      const user = await t.createUser(await t.createOrganization('First Set Org'));
      await enrollTotp(t, clock, user);
      clock.advance(WINDOW_MS + 1000);
      // Nothing was shown yet: the session could read the codes anyway, replacing them asks for nothing more.
      await t.http.put('/v2/user/mfa/generate_recovery_codes').set(user.headers).expect(200);
      const read = await t.http.get('/v2/user/mfa/recovery_codes').set(user.headers).expect(200);
      expect(read.body.recovery_codes).toHaveLength(10);
      // Shown once: the next set needs a step-up (the proof of the enrollment is too old by now).
      expectError(
        await t.http.put('/v2/user/mfa/generate_recovery_codes').set(user.headers),
        401,
        'mfa.step_up_required',
      );
      expect((await t.http.get('/v2/user/mfa/recovery_codes').set(user.headers)).body.generation).toBe(2);
    });
  });

  it('validates STEP_UP_WINDOW_SECONDS (0 to 3600, default 600)', () => {
    expect(loadEnv({}).STEP_UP_WINDOW_SECONDS).toBe(600);
    expect(loadEnv({ STEP_UP_WINDOW_SECONDS: '0' }).STEP_UP_WINDOW_SECONDS).toBe(0);
    expect(() => loadEnv({ STEP_UP_WINDOW_SECONDS: '7200' })).toThrow(ConfigError);
    expect(() => loadEnv({ STEP_UP_WINDOW_SECONDS: 'soon' })).toThrow(/STEP_UP_WINDOW_SECONDS/);
  });
});
