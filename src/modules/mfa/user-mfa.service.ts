import { Injectable } from '@nestjs/common';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { AuthContext } from '../../common/auth/auth-context';
import { Conflict, ParameterError } from '../../common/errors/app-error';
import type { ClientMeta } from '../auth/auth.service';
import { CeremoniesService, V2_ENROLLMENT_TTL_MS } from './ceremonies.service';
import { EnrollmentService } from './enrollment.service';
import { FactorsService } from './factors.service';
import { MfaLockout } from './mfa-lockout.service';
import { MfaNotifier } from './mfa-notifier.service';
import { RecoveryCodesService } from './recovery-codes.service';
import { SmsCodesService } from './sms-codes.service';
import { stepUpSmsContext } from './identity-mfa.service';
import { StepUpService } from './step-up.service';

export type OtpMethod = 'sms' | 'totp';

export interface PhoneLookup {
  valid: boolean;
  mobile: boolean;
  type: string | null;
  e164: string | null;
  country: string | null;
}

/** Phone numbers are checked with the full metadata (`/max`): real digits, and the line must be able to get SMS. */
export function lookupPhone(phoneNumber: string, countryCode?: string): PhoneLookup {
  const callingCode = countryCode?.replace(/^\+/, '').trim();
  const parsed = parsePhoneNumberFromString(
    phoneNumber.trim(),
    callingCode ? { defaultCallingCode: callingCode } : undefined,
  );
  if (!parsed || !parsed.isValid()) return { valid: false, mobile: false, type: null, e164: null, country: null };
  const type = parsed.getType() ?? null;
  return {
    valid: true,
    mobile: type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE',
    type: type?.toLowerCase() ?? null,
    e164: parsed.number,
    country: parsed.country ?? null,
  };
}

/** `/v2/user/mfa/...`: the CG-compatible 2FA management of the signed-in user. */
@Injectable()
export class UserMfaService {
  constructor(
    private readonly factors: FactorsService,
    private readonly ceremonies: CeremoniesService,
    private readonly enrollment: EnrollmentService,
    private readonly smsCodes: SmsCodesService,
    private readonly recovery: RecoveryCodesService,
    private readonly lockout: MfaLockout,
    private readonly notifier: MfaNotifier,
    private readonly stepUp: StepUpService,
  ) {}

  async enable(auth: AuthContext, method: OtpMethod, phoneNumber: string | undefined, countryCode: string | undefined) {
    const userId = auth.user.id;
    if ((await this.factors.list(userId, [method])).length)
      throw Conflict(`${method} is already enabled`, 'mfa.already_enabled');
    if (method === 'totp') {
      const start = await this.enrollment.startTotp(userId, V2_ENROLLMENT_TTL_MS);
      return {
        status: 'pending_verification',
        method,
        otpauth_uri: start.otpauth_uri,
        manual_entry_key: start.manual_entry_key,
      };
    }
    if (!phoneNumber) throw new ParameterError(['phone_number is required for the sms method']);
    const phone = lookupPhone(phoneNumber, countryCode);
    if (!phone.valid) throw new ParameterError(['phone_number is not a valid phone number']);
    if (!phone.mobile) throw new ParameterError(['phone_number must be a mobile number (it has to receive SMS)']);
    // Checked before the ceremony starts, so that a refused resend leaves the pending enrollment usable.
    await this.smsCodes.assertCanSend(userId, 'enroll');
    const { ceremony } = await this.ceremonies.start(userId, 'sms_enroll', { phone: phone.e164 }, V2_ENROLLMENT_TTL_MS);
    await this.smsCodes.send(userId, phone.e164!, 'enroll', ceremony.id);
    return { status: 'queued', method };
  }

  async verifyInstallation(auth: AuthContext, method: OtpMethod, code: string, client: ClientMeta) {
    const userId = auth.user.id;
    const ceremony = await this.ceremonies.latestOpen(userId, method === 'totp' ? 'totp_enroll' : 'sms_enroll');
    if (!ceremony) throw new ParameterError([`no pending ${method} installation: call PUT /v2/user/mfa/enable first`]);
    let factor;
    if (method === 'totp') {
      factor = await this.enrollment.completeTotp(ceremony, code, 'Authenticator app');
    } else {
      await this.lockout.assertOpen(userId);
      const ok = await this.smsCodes.verify(userId, 'enroll', ceremony.id, code);
      if (ok && (await this.ceremonies.consume(ceremony))) {
        await this.lockout.reset(userId);
        factor = await this.factors.create({ userId, type: 'sms', label: 'SMS', phone: ceremony.phone });
      } else {
        await this.lockout.recordFailure(userId);
      }
    }
    if (!factor) throw new ParameterError(['otp_attempt is not valid']);
    // The code proves the new factor: the session is stepped-up for the next steps of the documented flow
    // (generate_recovery_codes, enabling a second method).
    await this.stepUp.recordProof(auth);
    await this.enrollment.afterFactorAdded(factor, client, { keepCodesForReveal: true });
    return { status: 'verified' };
  }

  /** Needs a step-up token (route) and a valid code of the method being turned off. */
  async disable(auth: AuthContext, method: OtpMethod, code: string, client: ClientMeta) {
    const userId = auth.user.id;
    const targets = await this.factors.list(userId, [method]);
    if (!targets.length) throw new ParameterError([`method ${method} is not enabled`]);
    await this.lockout.assertOpen(userId);
    const ok =
      method === 'totp'
        ? !!(await this.factors.verifyTotp(userId, code))
        : await this.smsCodes.verify(userId, 'step_up', stepUpSmsContext(auth), code);
    if (!ok) {
      await this.lockout.recordFailure(userId);
      throw new ParameterError(['otp_attempt is not valid']);
    }
    await this.lockout.reset(userId);
    await this.factors.remove(
      userId,
      targets.map((f) => f.id),
    );
    await this.enrollment.afterFactorsRemoved(userId, targets, client);
    return { status: 'disabled' };
  }

  async setDefaultMethod(auth: AuthContext, method: OtpMethod) {
    if (!(await this.factors.list(auth.user.id, [method])).length)
      throw new ParameterError([`method ${method} is not enabled`]);
    await this.factors.setDefaultMethod(auth.user.id, method);
    return { status: 'updated', default_method: method };
  }

  /**
   * Needs at least one factor (seed: "you should have at least one 2FA method enabled") and a step-up, except for the
   * first set: while the user has never been shown recovery codes, the session could read them anyway
   * (`GET recovery_codes`), so replacing them asks for nothing more.
   */
  async generateRecoveryCodes(auth: AuthContext, stepUpToken: string | undefined, client: ClientMeta): Promise<void> {
    if (!(await this.factors.hasAny(auth.user.id)))
      throw new ParameterError(['enable a two-factor method before generating recovery codes']);
    if (!(await this.recovery.neverShown(auth.user.id)))
      await this.stepUp.assert(auth, stepUpToken, { recentProof: true }, 'Generating new recovery codes');
    await this.recovery.regenerate(auth.user.id, true);
    await this.notifier.notify(auth.user.id, 'recovery_codes_generated', { ip: client.ip });
  }

  async recoveryCodes(auth: AuthContext) {
    const { codes, remaining, generation } = await this.recovery.reveal(auth.user.id);
    return { recovery_codes: codes, remaining, generation };
  }
}
