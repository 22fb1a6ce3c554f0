import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { randomToken, sha256 } from '../../common/crypto';
import { Unauthorized } from '../../common/errors/app-error';
import { CEREMONY_TTL_MS, CeremoniesService } from './ceremonies.service';
import { Clock } from './clock';
import { MfaSignInChallenge } from './entities/mfa-sign-in-challenge.entity';
import { FactorsService } from './factors.service';
import { MfaLockout } from './mfa-lockout.service';
import { RecoveryCodesService } from './recovery-codes.service';
import { SmsCodesService } from './sms-codes.service';
import { WebAuthnService } from './webauthn.service';

export const CHALLENGE_TTL_MS = 10 * 60_000;
export const CHALLENGE_MAX_FAILURES = 5;

export type SecondStepMethod = 'sms' | 'totp' | 'recovery_code' | 'webauthn';

const invalidState = () =>
  Unauthorized(
    'The sign-in state is missing, expired, already used or locked after too many failed attempts: sign in again',
    'auth.otp_session_invalid',
  );

/**
 * The second step of sign-in, whatever the endpoint (`/auth/sign_in` again, `/auth/mfa/check`,
 * `/auth/sign_in_with_recovery_code`): the same single-use challenge, the same counters, the same rules.
 */
@Injectable()
export class SignInChallengesService {
  constructor(
    @InjectRepository(MfaSignInChallenge) private readonly challenges: Repository<MfaSignInChallenge>,
    private readonly factors: FactorsService,
    private readonly recovery: RecoveryCodesService,
    private readonly smsCodes: SmsCodesService,
    private readonly lockout: MfaLockout,
    private readonly ceremonies: CeremoniesService,
    private readonly webauthn: WebAuthnService,
    private readonly clock: Clock,
  ) {}

  async start(userId: string): Promise<{ otp_session_state: string; methods: string[] }> {
    const state = randomToken(32);
    await this.challenges.insert({
      userId,
      stateHash: sha256(state),
      expiresAt: new Date(this.clock.now().getTime() + CHALLENGE_TTL_MS),
    });
    return { otp_session_state: state, methods: await this.factors.signInMethods(userId) };
  }

  /** The live challenge behind a state (optionally of a given user), or 401. */
  async open(state: string, userId?: string): Promise<MfaSignInChallenge> {
    const challenge = await this.challenges.findOne({ where: { stateHash: sha256(state) } });
    if (
      !challenge ||
      (userId && challenge.userId !== userId) ||
      challenge.consumedAt ||
      challenge.expiresAt.getTime() <= this.clock.now().getTime() ||
      challenge.failedAttempts >= CHALLENGE_MAX_FAILURES
    ) {
      throw invalidState();
    }
    return challenge;
  }

  /** WebAuthn request options for the challenge's user; the nonce is kept on a ceremony keyed by the same state. */
  async webauthnOptions(state: string) {
    const challenge = await this.open(state);
    const keys = await this.factors.list(challenge.userId, ['webauthn']);
    if (!keys.length)
      throw Unauthorized('WebAuthn is not a second factor of this account', 'auth.webauthn_not_enabled');
    const options = await this.webauthn.authenticationOptions(keys);
    await this.ceremonies.start(
      challenge.userId,
      'webauthn_sign_in',
      { challenge: options.challenge },
      CEREMONY_TTL_MS,
      state,
    );
    return { options };
  }

  /** `assertion` is the JSON of navigator.credentials.get(); the nonce is spent whatever the outcome. */
  private async verifyAssertion(challenge: MfaSignInChallenge, assertion: string): Promise<boolean> {
    const ceremony = await this.ceremonies.findByStateHash(challenge.userId, 'webauthn_sign_in', challenge.stateHash);
    if (!ceremony || !(await this.ceremonies.consume(ceremony))) return false;
    let response: unknown;
    try {
      response = JSON.parse(assertion);
    } catch {
      return false;
    }
    const result = await this.webauthn.verifyAuthentication(
      response,
      ceremony.challenge!,
      await this.factors.list(challenge.userId, ['webauthn']),
    );
    if (!result) return false;
    await this.factors.touch(result.factor.id, { signCount: result.newCounter });
    return true;
  }

  async sendSms(state: string): Promise<void> {
    const challenge = await this.open(state);
    const [sms] = await this.factors.list(challenge.userId, ['sms']);
    if (!sms?.phone) throw Unauthorized('SMS is not a second factor of this account', 'auth.sms_not_enabled');
    await this.smsCodes.send(challenge.userId, sms.phone, 'sign_in', challenge.id);
  }

  /**
   * Verifies the code and spends the challenge. Every attempt counts against the challenge (after 5 wrong
   * codes it is dead); a wrong one also counts against the account (growing delays). Returns the user id.
   */
  async complete(
    challenge: MfaSignInChallenge,
    method: SecondStepMethod | undefined,
    code: string,
  ): Promise<{ userId: string; method: SecondStepMethod; recoveryCodesLeft?: number }> {
    const { userId } = challenge;
    await this.lockout.assertOpen(userId);
    const chosen = method ?? (await this.factors.defaultMethod(userId)) ?? 'totp';
    // Every attempt is counted before the code is checked, in one conditional UPDATE: concurrent guesses cannot
    // slip past the limit of 5. A success spends the challenge, so the count no longer matters then.
    const reserved = await this.challenges
      .createQueryBuilder()
      .update(MfaSignInChallenge)
      .set({ failedAttempts: () => 'failed_attempts + 1' })
      .where('id = :id AND consumed_at IS NULL AND failed_attempts < :max', {
        id: challenge.id,
        max: CHALLENGE_MAX_FAILURES,
      })
      .execute();
    if (reserved.affected !== 1) throw invalidState();

    let ok = false;
    let recoveryCodesLeft: number | undefined;
    if (chosen === 'webauthn') ok = await this.verifyAssertion(challenge, code);
    else if (chosen === 'totp') ok = !!(await this.factors.verifyTotp(userId, code));
    else if (chosen === 'sms') ok = await this.smsCodes.verify(userId, 'sign_in', challenge.id, code);
    else {
      const left = await this.recovery.consume(userId, code);
      ok = left !== null;
      recoveryCodesLeft = left ?? undefined;
    }
    if (!ok) {
      await this.lockout.recordFailure(userId);
      throw Unauthorized('Invalid verification code', 'auth.invalid_otp');
    }
    const spent = await this.challenges.update(
      { id: challenge.id, consumedAt: IsNull() },
      { consumedAt: this.clock.now() },
    );
    if (spent.affected !== 1) throw invalidState();
    await this.lockout.reset(userId);
    return { userId, method: chosen, recoveryCodesLeft };
  }
}
