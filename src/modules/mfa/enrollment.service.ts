import { Injectable } from '@nestjs/common';
import { Env } from '../../config/env';
import type { ClientMeta } from '../auth/auth.service';
import { UsersService } from '../users/users.service';
import { CeremoniesService } from './ceremonies.service';
import type { MfaCeremony } from './entities/mfa-ceremony.entity';
import type { MfaFactor } from './entities/mfa-factor.entity';
import { FactorsService } from './factors.service';
import { MfaLockout } from './mfa-lockout.service';
import { MfaNotifier } from './mfa-notifier.service';
import { Clock } from './clock';
import { type RecoveryBatch, RecoveryCodesService } from './recovery-codes.service';
import { matchTotpStep, newTotpSecret, otpauthUri } from './totp';

export interface TotpEnrollmentStart {
  token: string;
  otpauth_uri: string;
  manual_entry_key: string;
}

/**
 * What every enrollment shares, whichever API family starts it: provisional TOTP seeds kept sealed in a ceremony
 * until a code proves the app has them, and what happens once a factor exists (first batch of recovery codes,
 * default method, email, failure reset).
 */
@Injectable()
export class EnrollmentService {
  constructor(
    private readonly env: Env,
    private readonly users: UsersService,
    private readonly ceremonies: CeremoniesService,
    private readonly factors: FactorsService,
    private readonly recovery: RecoveryCodesService,
    private readonly notifier: MfaNotifier,
    private readonly lockout: MfaLockout,
    private readonly clock: Clock,
  ) {}

  async startTotp(userId: string, ttlMs?: number): Promise<TotpEnrollmentStart> {
    const user = await this.users.findById(userId);
    const secret = newTotpSecret();
    const { token } = await this.ceremonies.start(
      userId,
      'totp_enroll',
      { secretCiphertext: await this.factors.sealTotpSecret(userId, secret) },
      ttlMs,
    );
    return { token, otpauth_uri: otpauthUri(secret, this.env.WEBAUTHN_RP_NAME, user.email), manual_entry_key: secret };
  }

  /**
   * Turns a TOTP ceremony into a factor when `code` is right. The matched step is stored at once, so the code
   * that proved the enrollment cannot be replayed to sign in. Returns null for a wrong code (counted as a failure).
   */
  async completeTotp(ceremony: MfaCeremony, code: string, label: string): Promise<MfaFactor | null> {
    const { userId } = ceremony;
    await this.lockout.assertOpen(userId);
    const secret = ceremony.secretCiphertext
      ? await this.factors.openTotpSecret(userId, ceremony.secretCiphertext)
      : null;
    const step = secret ? matchTotpStep(secret, code.trim(), this.clock.now(), null) : null;
    if (step === null || !(await this.ceremonies.consume(ceremony))) {
      await this.lockout.recordFailure(userId);
      return null;
    }
    await this.lockout.reset(userId);
    return this.factors.create({
      userId,
      type: 'totp',
      label,
      secretCiphertext: ceremony.secretCiphertext,
      lastUsedStep: step,
      lastUsedAt: this.clock.now(),
    });
  }

  /**
   * After a factor was added: the first factor gets a batch of recovery codes (returned, or kept for one reveal on
   * the `/v2` flow), the preferred method is set if none is, and the user is told by email.
   */
  async afterFactorAdded(
    factor: MfaFactor,
    client: ClientMeta | null,
    options: { keepCodesForReveal: boolean },
  ): Promise<RecoveryBatch | null> {
    const { userId } = factor;
    const all = await this.factors.list(userId);
    let batch: RecoveryBatch | null = null;
    if (all.length === 1) batch = await this.recovery.regenerate(userId, options.keepCodesForReveal);
    if (factor.type !== 'webauthn') {
      const status = await this.factors.status(userId);
      const otherOtp = all.some((f) => f.id !== factor.id && f.type !== 'webauthn');
      if (!otherOtp || !status.otp_default_method) await this.factors.setDefaultMethod(userId, factor.type);
    }
    await this.notifier.notify(userId, 'factor_added', { label: `${factor.type}: ${factor.label}`, ip: client?.ip });
    return batch;
  }

  /** After factors were removed: with none left, recovery codes go too (they would be a factor of their own). */
  async afterFactorsRemoved(userId: string, removed: MfaFactor[], client: ClientMeta | null): Promise<void> {
    const left = await this.factors.list(userId);
    if (!left.length) {
      await this.recovery.clear(userId);
      await this.factors.setDefaultMethod(userId, null);
      await this.notifier.notify(userId, 'two_factor_disabled', { ip: client?.ip });
    } else {
      await this.notifier.notify(userId, 'factor_removed', {
        label: removed.map((f) => `${f.type}: ${f.label}`).join(', '),
        ip: client?.ip,
      });
    }
  }
}
