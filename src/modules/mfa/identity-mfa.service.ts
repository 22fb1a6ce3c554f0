import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../common/auth/auth-context';
import { ParameterError, RecordNotFound, Unauthorized } from '../../common/errors/app-error';
import type { ClientMeta } from '../auth/auth.service';
import { UsersService } from '../users/users.service';
import { CeremoniesService } from './ceremonies.service';
import type { MfaFactor } from './entities/mfa-factor.entity';
import { EnrollmentService } from './enrollment.service';
import { FactorsService } from './factors.service';
import { MfaLockout } from './mfa-lockout.service';
import { MfaNotifier } from './mfa-notifier.service';
import { RECOVERY_CODES_LOW_WATERMARK } from './recovery-codes';
import { RecoveryCodesService } from './recovery-codes.service';
import { SmsCodesService } from './sms-codes.service';
import { StepUpService } from './step-up.service';
import { TrustedDevicesService } from './trusted-devices.service';
import { WebAuthnService } from './webauthn.service';

/** SMS step-up codes belong to the session that asked for them (access-token callers: to the user). */
export const stepUpSmsContext = (auth: AuthContext) => auth.sessionId ?? auth.user.id;

const stepUpInvalid = () => Unauthorized('The second factor could not be verified', 'mfa.step_up_invalid');

export const presentFactor = (f: MfaFactor) => ({
  id: f.id,
  type: f.type,
  label: f.label,
  enrolled_at: f.createdAt.toISOString(),
  last_used_at: f.lastUsedAt?.toISOString() ?? null,
});

/** `/v1/identity/auth/mfa/...` (Canopy-compatible, seeds/003), on the same factor store as `/v2/user/mfa`. */
@Injectable()
export class IdentityMfaService {
  constructor(
    private readonly users: UsersService,
    private readonly factors: FactorsService,
    private readonly ceremonies: CeremoniesService,
    private readonly enrollment: EnrollmentService,
    private readonly recovery: RecoveryCodesService,
    private readonly smsCodes: SmsCodesService,
    private readonly stepUp: StepUpService,
    private readonly trustedDevices: TrustedDevicesService,
    private readonly webauthn: WebAuthnService,
    private readonly lockout: MfaLockout,
    private readonly notifier: MfaNotifier,
  ) {}

  async listFactors(auth: AuthContext) {
    return { items: (await this.factors.list(auth.user.id)).map(presentFactor) };
  }

  async startTotp(auth: AuthContext) {
    const start = await this.enrollment.startTotp(auth.user.id);
    return { enrollment_token: start.token, otpauth_uri: start.otpauth_uri, manual_entry_key: start.manual_entry_key };
  }

  async verifyTotp(
    auth: AuthContext,
    input: { enrollment_token: string; code: string; label?: string },
    client: ClientMeta,
  ) {
    const ceremony = await this.ceremonies.findByToken(auth.user.id, 'totp_enroll', input.enrollment_token);
    if (!ceremony) throw new ParameterError(['enrollment_token is invalid, expired or already used']);
    const factor = await this.enrollment.completeTotp(ceremony, input.code, input.label?.trim() || 'Authenticator app');
    if (!factor) throw new ParameterError(['code is not valid']);
    return this.enrolled(factor, client);
  }

  async webauthnOptions(auth: AuthContext) {
    const user = await this.users.findById(auth.user.id);
    const options = await this.webauthn.registrationOptions(user, await this.factors.list(user.id, ['webauthn']));
    const { token } = await this.ceremonies.start(user.id, 'webauthn_enroll', { challenge: options.challenge });
    return { enrollment_token: token, options };
  }

  async webauthnVerify(
    auth: AuthContext,
    input: { enrollment_token: string; response: unknown; label?: string },
    client: ClientMeta,
  ) {
    const ceremony = await this.ceremonies.findByToken(auth.user.id, 'webauthn_enroll', input.enrollment_token);
    // Spent before checking: a challenge gets one answer, right or wrong.
    if (!ceremony || !(await this.ceremonies.consume(ceremony)))
      throw new ParameterError(['enrollment_token is invalid, expired or already used']);
    const credential = await this.webauthn.verifyRegistration(input.response, ceremony.challenge!);
    if (!credential) throw new ParameterError(['response does not verify against the registration challenge']);
    const existing = await this.factors.list(auth.user.id, ['webauthn']);
    if (existing.some((f) => f.credentialId === credential.credentialId))
      throw new ParameterError(['this authenticator is already registered']);
    const factor = await this.factors.create({
      userId: auth.user.id,
      type: 'webauthn',
      label: input.label?.trim() || 'Security key',
      credentialId: credential.credentialId,
      publicKey: credential.publicKey,
      signCount: credential.counter,
      transports: credential.transports,
      aaguid: credential.aaguid,
    });
    return this.enrolled(factor, client);
  }

  private async enrolled(factor: MfaFactor, client: ClientMeta) {
    const batch = await this.enrollment.afterFactorAdded(factor, client, { keepCodesForReveal: false });
    const generation = batch?.generation ?? (await this.recovery.reveal(factor.userId).then((r) => r.generation));
    return {
      factor: presentFactor(factor),
      recovery_codes: batch?.codes ?? null,
      recovery_codes_generation: generation,
    };
  }

  /** Proves a fresh TOTP, recovery code or SMS code; returns a step-up token bound to this user and session. */
  async stepUpWithCode(auth: AuthContext, factor: 'totp' | 'recovery_code' | 'sms', code: string, client: ClientMeta) {
    const userId = auth.user.id;
    await this.lockout.assertOpen(userId);
    let ok = false;
    if (factor === 'totp') ok = !!(await this.factors.verifyTotp(userId, code));
    else if (factor === 'sms') ok = await this.smsCodes.verify(userId, 'step_up', stepUpSmsContext(auth), code);
    else {
      const left = await this.recovery.consume(userId, code);
      ok = left !== null;
      if (ok) await this.recoveryCodeUsed(userId, left!, client);
    }
    if (!ok) {
      await this.lockout.recordFailure(userId);
      throw stepUpInvalid();
    }
    await this.lockout.reset(userId);
    return this.stepUp.issue(auth);
  }

  async sendStepUpSms(auth: AuthContext) {
    const [sms] = await this.factors.list(auth.user.id, ['sms']);
    if (!sms?.phone) throw new ParameterError(['SMS is not a second factor of this account']);
    await this.smsCodes.send(auth.user.id, sms.phone, 'step_up', stepUpSmsContext(auth));
    return { status: 'sent' };
  }

  async webauthnStepUpOptions(auth: AuthContext) {
    const keys = await this.factors.list(auth.user.id, ['webauthn']);
    if (!keys.length) throw new ParameterError(['no WebAuthn factor is enrolled']);
    const options = await this.webauthn.authenticationOptions(keys);
    const { token } = await this.ceremonies.start(auth.user.id, 'webauthn_step_up', {
      challenge: options.challenge,
      sessionId: auth.sessionId,
    });
    return { transit_token: token, options };
  }

  async webauthnStepUpVerify(auth: AuthContext, input: { transit_token: string; response: unknown }) {
    const userId = auth.user.id;
    await this.lockout.assertOpen(userId);
    const ceremony = await this.ceremonies.findByToken(userId, 'webauthn_step_up', input.transit_token);
    if (!ceremony || ceremony.sessionId !== auth.sessionId || !(await this.ceremonies.consume(ceremony)))
      throw stepUpInvalid();
    const result = await this.webauthn.verifyAuthentication(
      input.response,
      ceremony.challenge!,
      await this.factors.list(userId, ['webauthn']),
    );
    if (!result) {
      await this.lockout.recordFailure(userId);
      throw stepUpInvalid();
    }
    await this.factors.touch(result.factor.id, { signCount: result.newCounter });
    await this.lockout.reset(userId);
    return this.stepUp.issue(auth);
  }

  async removeFactor(auth: AuthContext, id: string, client: ClientMeta): Promise<void> {
    const factor = await this.factors.find(auth.user.id, id);
    if (!factor) throw new RecordNotFound();
    await this.factors.remove(auth.user.id, [factor.id]);
    await this.enrollment.afterFactorsRemoved(auth.user.id, [factor], client);
  }

  async regenerateRecoveryCodes(auth: AuthContext, client: ClientMeta) {
    if (!(await this.factors.hasAny(auth.user.id)))
      throw new ParameterError(['enroll a factor before generating recovery codes']);
    const batch = await this.recovery.regenerate(auth.user.id, false);
    await this.notifier.notify(auth.user.id, 'recovery_codes_generated', { ip: client.ip });
    return { recovery_codes: batch.codes, recovery_codes_generation: batch.generation };
  }

  /** Every use is reported; a low stock is reported too (mfa.md B-21, B-22). */
  async recoveryCodeUsed(userId: string, remaining: number, client: ClientMeta | null): Promise<void> {
    await this.notifier.notify(
      userId,
      remaining <= RECOVERY_CODES_LOW_WATERMARK ? 'recovery_codes_low' : 'recovery_code_used',
      { remaining, ip: client?.ip },
    );
  }

  async listTrustedDevices(auth: AuthContext) {
    const devices = await this.trustedDevices.list(auth.user.id);
    return {
      items: devices.map((d) => ({
        id: d.id,
        environment_id: null,
        label: d.label,
        ip_address: d.ipAddress,
        created_at: d.createdAt.toISOString(),
        last_seen_at: d.lastSeenAt.toISOString(),
        expires_at: d.expiresAt.toISOString(),
      })),
    };
  }
}
