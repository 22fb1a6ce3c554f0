import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SmsCodesService } from '../../src/modules/mfa/sms-codes.service';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { lastSmsCode, outboxCount, passwordStep, TestClock } from './mfa-helpers';

const MOBILE = '+447400123456';

describe('SMS 2FA through the outbox provider', () => {
  let t: TestApp;
  let clock: TestClock;
  let user: SignedIn;

  beforeAll(async () => {
    // These tests send many codes to one number from 127.0.0.1: the hourly caps are tested on their own below.
    t = await TestApp.start({ SMS_MAX_PER_PHONE_PER_HOUR: '1000', SMS_MAX_PER_IP_PER_HOUR: '1000' });
    clock = new TestClock(t);
    user = await t.createUser(await t.createOrganization('Sms Org'));
  });
  afterAll(() => t.close());

  it('looks up phone numbers with full metadata', async () => {
    const mobile = await t.http
      .get('/v2/user/mfa/lookup_phone?phone_number=7400123456&country_code=%2B44')
      .set(user.headers)
      .expect(200);
    expect(mobile.body).toEqual({ valid: true, mobile: true, type: 'mobile', e164: MOBILE, country: 'GB' });
    const landline = await t.http
      .get('/v2/user/mfa/lookup_phone?phone_number=%2B442079460018')
      .set(user.headers)
      .expect(200);
    expect(landline.body).toMatchObject({ valid: true, mobile: false, type: 'fixed_line' });
    const junk = await t.http.get('/v2/user/mfa/lookup_phone?phone_number=12').set(user.headers).expect(200);
    expect(junk.body.valid).toBe(false);
    expectError(await t.http.get('/v2/user/mfa/lookup_phone').set(user.headers), 422, 'parameter_error');
  });

  it('refuses invalid and non-mobile numbers (422) and sends nothing', async () => {
    expectError(
      await t.http.put('/v2/user/mfa/enable?method=sms&phone_number=12&country_code=%2B44').set(user.headers),
      422,
      'parameter_error',
    );
    expectError(
      await t.http.put('/v2/user/mfa/enable?method=sms&phone_number=2079460018&country_code=%2B44').set(user.headers),
      422,
      'parameter_error',
    );
    expectError(await t.http.put('/v2/user/mfa/enable?method=sms').set(user.headers), 422, 'parameter_error');
    expectError(await t.http.put('/v2/user/mfa/enable?method=email').set(user.headers), 422, 'parameter_error');
    expect(await outboxCount(t, '+442079460018')).toBe(0);
  });

  it('enables SMS: a 6-digit code goes to the outbox, verify_installation turns 2FA on', async () => {
    const res = await t.http
      .put('/v2/user/mfa/enable?method=sms&phone_number=7400123456&country_code=%2B44')
      .set(user.headers)
      .expect(200);
    expect(res.body).toMatchObject({ status: 'queued', method: 'sms' });
    const code = await lastSmsCode(t, MOBILE);
    expect(code).toMatch(/^\d{6}$/);
    // A second request within a minute is refused (and sends nothing).
    const again = await t.http
      .put('/v2/user/mfa/enable?method=sms&phone_number=7400123456&country_code=%2B44')
      .set(user.headers);
    expectError(again, 429, 'too_many_requests');
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
    expect(await outboxCount(t, MOBILE)).toBe(1);
    const wrong = code === '000000' ? '111111' : '000000';
    expectError(
      await t.http.put(`/v2/user/mfa/verify_installation?method=sms&otp_attempt=${wrong}`).set(user.headers),
      422,
      'parameter_error',
    );
    await t.http
      .put(`/v2/user/mfa/verify_installation?method=sms&otp_attempt=${code}`)
      .set(user.headers)
      .expect(200, { status: 'verified' });
    // Single use.
    expectError(
      await t.http.put(`/v2/user/mfa/verify_installation?method=sms&otp_attempt=${code}`).set(user.headers),
      422,
    );
    const me = await t.http.get('/v2/user/me').set(user.headers).expect(200);
    expect(me.body.data.attributes.two_factor_authentication).toMatchObject({
      enabled: true,
      otp_sms_enabled: true,
      otp_phone: MOBILE,
      otp_default_method: 'sms',
    });
  });

  it('signs in with an SMS code sent for the challenge', async () => {
    clock.advance(61_000);
    const first = await passwordStep(t, user.user.username);
    expect(first.body.methods).toEqual(['sms']);
    await t.http
      .post('/auth/mfa/send_sms')
      .set(t.keyOnly)
      .send({ otp_session_state: first.body.otp_session_state })
      .expect(200, { status: 'sent' });
    const code = await lastSmsCode(t, MOBILE);
    const res = await t.http
      .post('/auth/mfa/check')
      .set(t.keyOnly)
      .send({ otp_session_state: first.body.otp_session_state, otp_attempt: code, method: 'sms' })
      .expect(200);
    expect(typeof res.body.token).toBe('string');
  });

  it('expires SMS codes after 10 minutes', async () => {
    // The step-up path: no sign-in challenge whose own 10 minutes would hide the code's expiry.
    await t.http.post('/v1/identity/auth/mfa/step-up/sms/send').set(user.headers).expect(200);
    const code = await lastSmsCode(t, MOBILE);
    clock.advance(10 * 60_000 + 1000);
    expectError(
      await t.http.post('/v1/identity/auth/mfa/step-up').set(user.headers).send({ factor: 'sms', code }),
      401,
      'mfa.step_up_invalid',
    );
  });

  it('does not reset the failure count when a new code is requested: 5 wrong codes kill the challenge', async () => {
    clock.advance(61_000);
    const first = await passwordStep(t, user.user.username);
    const state = first.body.otp_session_state;
    await t.http.post('/auth/mfa/send_sms').set(t.keyOnly).send({ otp_session_state: state }).expect(200);
    const code1 = await lastSmsCode(t, MOBILE);
    const wrong = (c: string) => (c === '000000' ? '111111' : '000000');
    for (let i = 0; i < 4; i++) {
      expectError(
        await t.http
          .post('/auth/mfa/check')
          .set(t.keyOnly)
          .send({ otp_session_state: state, otp_attempt: wrong(code1), method: 'sms' }),
        401,
        'auth.invalid_otp',
      );
    }
    clock.advance(61_000);
    await t.http.post('/auth/mfa/send_sms').set(t.keyOnly).send({ otp_session_state: state }).expect(200);
    const code2 = await lastSmsCode(t, MOBILE);
    // The first code was replaced by the second.
    if (code1 !== code2) {
      expectError(
        await t.http
          .post('/auth/mfa/check')
          .set(t.keyOnly)
          .send({ otp_session_state: state, otp_attempt: code1, method: 'sms' }),
        401,
        'auth.invalid_otp',
      );
    } else {
      expectError(
        await t.http
          .post('/auth/mfa/check')
          .set(t.keyOnly)
          .send({ otp_session_state: state, otp_attempt: wrong(code2), method: 'sms' }),
        401,
        'auth.invalid_otp',
      );
    }
    // Fifth failure reached: even the right code is refused now.
    expectError(
      await t.http
        .post('/auth/mfa/check')
        .set(t.keyOnly)
        .send({ otp_session_state: state, otp_attempt: code2, method: 'sms' }),
      401,
      'auth.otp_session_invalid',
    );
    expectError(
      await t.http.post('/auth/mfa/send_sms').set(t.keyOnly).send({ otp_session_state: state }),
      401,
      'auth.otp_session_invalid',
    );
  });

  it('does not accept a sign-in SMS code for step-up', async () => {
    clock.advance(61_000);
    const first = await passwordStep(t, user.user.username);
    await t.http
      .post('/auth/mfa/send_sms')
      .set(t.keyOnly)
      .send({ otp_session_state: first.body.otp_session_state })
      .expect(200);
    const code = await lastSmsCode(t, MOBILE);
    expectError(
      await t.http.post('/v1/identity/auth/mfa/step-up').set(user.headers).send({ factor: 'sms', code }),
      401,
      'mfa.step_up_invalid',
    );
    await t.http.post('/v1/identity/auth/mfa/step-up/sms/send').set(user.headers).expect(200);
    const stepUpCode = await lastSmsCode(t, MOBILE);
    const res = await t.http
      .post('/v1/identity/auth/mfa/step-up')
      .set(user.headers)
      .send({ factor: 'sms', code: stepUpCode })
      .expect(200);
    expect(typeof res.body.step_up_token).toBe('string');
  });

  it('sends one code when two requests race within the resend minute, and refuses the other with 429', async () => {
    const racer = await t.createUser(await t.createOrganization('Sms Race Org'));
    const phone = '+447400999111';
    const codes = t.get(SmsCodesService);
    const outcomes = await Promise.allSettled([
      codes.send(racer.user.id, phone, 'step_up', randomUUID()),
      codes.send(racer.user.id, phone, 'step_up', randomUUID()),
      codes.send(racer.user.id, phone, 'step_up', randomUUID()),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === 'rejected')) expect(o.reason).toMatchObject({ status: 429 });
    expect(await outboxCount(t, phone)).toBe(1);
  });

  it('refuses send_sms for an unknown state', async () => {
    expectError(
      await t.http.post('/auth/mfa/send_sms').set(t.keyOnly).send({ otp_session_state: 'nope' }),
      401,
      'auth.otp_session_invalid',
    );
    expectError(await t.http.post('/auth/mfa/send_sms').set(t.keyOnly).send({}), 422, 'parameter_error');
  });
});

describe('SMS send caps per phone number and per client IP (SMS pumping)', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await TestApp.start({ SMS_MAX_PER_PHONE_PER_HOUR: '3', SMS_MAX_PER_IP_PER_HOUR: '5' });
    clock = new TestClock(t);
  });
  afterAll(() => t.close());

  const accounts = async (n: number) => {
    const org = await t.createOrganization(`Pump ${Math.random()}`);
    return Promise.all(Array.from({ length: n }, () => t.createUser(org)));
  };

  it('caps codes to one number across accounts, and codes from one IP across numbers, for an hour', async () => {
    const codes = t.get(SmsCodesService);
    const users = await accounts(7);
    const premium = '+447400555001';
    for (const u of users.slice(0, 3)) await codes.send(u.user.id, premium, 'step_up', randomUUID(), '198.51.100.7');
    const fourth = codes.send(users[3].user.id, premium, 'step_up', randomUUID(), '198.51.100.8');
    await expect(fourth).rejects.toMatchObject({ status: 429 });
    expect(await outboxCount(t, premium)).toBe(3);

    // 198.51.100.7 has sent 3; two more numbers are allowed, the sixth code from it is refused.
    await codes.send(users[4].user.id, '+447400555002', 'step_up', randomUUID(), '198.51.100.7');
    await codes.send(users[5].user.id, '+447400555003', 'step_up', randomUUID(), '198.51.100.7');
    const sixth = codes.send(users[6].user.id, '+447400555004', 'step_up', randomUUID(), '198.51.100.7');
    await expect(sixth).rejects.toMatchObject({ status: 429 });
    expect(await outboxCount(t, '+447400555004')).toBe(0);

    // An hour later both caps have room again.
    clock.advance(3_600_001);
    await codes.send(users[3].user.id, premium, 'step_up', randomUUID(), '198.51.100.7');
    expect(await outboxCount(t, premium)).toBe(4);
  });

  it('counts the client IP of HTTP requests', async () => {
    const [u] = await accounts(1);
    const enable = (n: number) =>
      t.http.put(`/v2/user/mfa/enable?method=sms&phone_number=74005556${n}0&country_code=%2B44`).set(u.headers);
    // The sends above named other IPs: 127.0.0.1 starts with a full allowance of 5.
    for (let i = 0; i < 5; i++) {
      await enable(i).expect(200);
      clock.advance(61_000); // past the per-account resend minute
    }
    expectError(await enable(5), 429, 'too_many_requests');
  });
});

describe('SMS through a Twilio-compatible HTTP provider', () => {
  let t: TestApp;
  let server: http.Server;
  const received: Array<{ url: string; auth: string; body: URLSearchParams }> = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let data = '';
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => {
        received.push({ url: req.url ?? '', auth: req.headers.authorization ?? '', body: new URLSearchParams(data) });
        res
          .writeHead(201, { 'content-type': 'application/json' })
          .end(JSON.stringify({ sid: 'SM123', status: 'queued' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    t = await TestApp.start({
      SMS_API_URL: `http://127.0.0.1:${port}`,
      SMS_ACCOUNT_SID: 'AC_test',
      SMS_AUTH_TOKEN: 'secret-token',
      SMS_FROM: '+15005550006',
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts the message to the provider with Basic auth, and the code verifies', async () => {
    const user = await t.createUser(await t.createOrganization('Twilio Org'));
    await t.http.put('/v2/user/mfa/enable?method=sms&phone_number=%2B447400123456').set(user.headers).expect(200);
    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message.url).toBe('/2010-04-01/Accounts/AC_test/Messages.json');
    expect(message.auth).toBe(`Basic ${Buffer.from('AC_test:secret-token').toString('base64')}`);
    expect(message.body.get('To')).toBe(MOBILE);
    expect(message.body.get('From')).toBe('+15005550006');
    const code = /\b(\d{6})\b/.exec(message.body.get('Body') ?? '')![1];
    expect(await outboxCount(t, MOBILE)).toBe(0);
    await t.http.put(`/v2/user/mfa/verify_installation?method=sms&otp_attempt=${code}`).set(user.headers).expect(200);
  });
});
