import { generateSync } from 'otplib';
import { Clock } from '../../src/modules/mfa/clock';
import { SmsOutboxMessage } from '../../src/modules/mfa/sms/sms-outbox.entity';
import { DEFAULT_PASSWORD, type SignedIn, type TestApp } from '../helpers/test-app';

/**
 * A clock the test moves by hand: every MFA rule reads time through the Clock provider. Starts mid-way through a
 * 30 s TOTP step so that "now" and "one step later" never straddle a boundary by accident.
 */
export class TestClock {
  private nowMs = Math.floor(Date.now() / 30_000) * 30_000 + 10_000;

  constructor(t: TestApp) {
    jest.spyOn(t.get(Clock), 'now').mockImplementation(() => new Date(this.nowMs));
  }

  get now(): Date {
    return new Date(this.nowMs);
  }

  advance(ms: number) {
    this.nowMs += ms;
  }

  /** Moves to the start of the next 30 s step (+10 s), so the next TOTP code is a new one. */
  nextStep() {
    this.nowMs = Math.floor(this.nowMs / 30_000) * 30_000 + 40_000;
  }
}

/** An authenticator app: otplib, independent of the server's own RFC 6238 code. */
export const totpAt = (secret: string, date: Date) =>
  generateSync({ secret, epoch: Math.floor(date.getTime() / 1000) });

/** The code in the latest outbox SMS to `phone`. */
export async function lastSmsCode(t: TestApp, phone: string): Promise<string> {
  const [message] = await t.dataSource
    .getRepository(SmsOutboxMessage)
    .find({ where: { to: phone }, order: { createdAt: 'DESC' }, take: 1 });
  if (!message) throw new Error(`no SMS to ${phone}`);
  return /\b(\d{6})\b/.exec(message.body)![1];
}

export async function outboxCount(t: TestApp, phone: string): Promise<number> {
  return t.dataSource.getRepository(SmsOutboxMessage).count({ where: { to: phone } });
}

/** Enrolls TOTP through `/v2/user/mfa` and returns the secret (as an authenticator app would keep it). */
export async function enrollTotp(t: TestApp, clock: TestClock, user: SignedIn): Promise<string> {
  const enable = await t.http.put('/v2/user/mfa/enable?method=totp').set(user.headers).expect(200);
  const secret: string = enable.body.manual_entry_key;
  await t.http
    .put(`/v2/user/mfa/verify_installation?method=totp&otp_attempt=${totpAt(secret, clock.now)}`)
    .set(user.headers)
    .expect(200);
  clock.nextStep();
  return secret;
}

/** Password step of sign-in; expects a 2FA challenge. */
export async function passwordStep(t: TestApp, username: string, extra: Record<string, unknown> = {}) {
  const res = await t.http
    .post('/auth/sign_in')
    .set(t.keyOnly)
    .send({ username, password: DEFAULT_PASSWORD, ...extra })
    .expect(200);
  return res;
}

export const bearer = (t: TestApp, token: string) => ({ ...t.keyOnly, authorization: `Bearer ${token}` });

/** Full sign-in with a TOTP code: returns the session token. */
export async function signInWithTotp(t: TestApp, clock: TestClock, username: string, secret: string): Promise<string> {
  clock.nextStep();
  const first = await passwordStep(t, username);
  const res = await t.http
    .post('/auth/mfa/check')
    .set(t.keyOnly)
    .send({ otp_session_state: first.body.otp_session_state, otp_attempt: totpAt(secret, clock.now) });
  if (res.status !== 200) throw new Error(`mfa check failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

/** A step-up token obtained with a fresh TOTP code. */
export async function stepUpWithTotp(
  t: TestApp,
  clock: TestClock,
  headers: Record<string, string>,
  secret: string,
): Promise<string> {
  clock.nextStep();
  const res = await t.http
    .post('/v1/identity/auth/mfa/step-up')
    .set(headers)
    .send({ factor: 'totp', code: totpAt(secret, clock.now) });
  if (res.status !== 200) throw new Error(`step-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.step_up_token;
}
