import { Injectable } from '@nestjs/common';
import { Forbidden } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { AuthService, type ClientMeta } from '../auth/auth.service';
import { UsersService } from '../users/users.service';
import { Clock } from './clock';
import { IdentityMfaService } from './identity-mfa.service';
import { type SecondStepMethod, SignInChallengesService } from './sign-in-challenges.service';
import { TrustedDevicesService } from './trusted-devices.service';

/**
 * `POST /auth/mfa/check`, `/auth/mfa/send_sms`, `/auth/sign_in_with_recovery_code`: the second step without the
 * password (the challenge state proves the password step). The session comes from AuthService.issueSession.
 */
@Injectable()
export class SignInMfaService {
  constructor(
    private readonly challenges: SignInChallengesService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly trustedDevices: TrustedDevicesService,
    private readonly identity: IdentityMfaService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  sendSms(state: string): Promise<void> {
    return this.challenges.sendSms(state);
  }

  async check(
    input: { otp_session_state: string; otp_attempt: string; method?: SecondStepMethod; remember_device?: boolean },
    client: ClientMeta,
  ) {
    return this.complete(
      input.otp_session_state,
      input.method,
      input.otp_attempt,
      input.remember_device,
      client,
      'mfa_check',
    );
  }

  async withRecoveryCode(
    input: { otp_session_state: string; recovery_code: string; remember_device?: boolean },
    client: ClientMeta,
  ) {
    return this.complete(
      input.otp_session_state,
      'recovery_code',
      input.recovery_code,
      input.remember_device,
      client,
      'recovery_code',
    );
  }

  webauthnOptions(state: string) {
    return this.challenges.webauthnOptions(state);
  }

  async withWebAuthn(
    input: { otp_session_state: string; response: Record<string, unknown>; remember_device?: boolean },
    client: ClientMeta,
  ) {
    return this.complete(
      input.otp_session_state,
      'webauthn',
      JSON.stringify(input.response),
      input.remember_device,
      client,
      'webauthn',
    );
  }

  private async complete(
    state: string,
    method: SecondStepMethod | undefined,
    code: string,
    remember: boolean | undefined,
    client: ClientMeta,
    path: string,
  ) {
    const challenge = await this.challenges.open(state);
    let result;
    try {
      result = await this.challenges.complete(challenge, method, code);
    } catch (err) {
      await this.audit.record({
        action: 'auth.mfa_check',
        result: 'failure',
        statusCode: 401,
        actorId: challenge.userId,
        ...client,
        details: { path },
      });
      throw err;
    }
    const user = await this.users.findById(result.userId);
    if (user.blockedAt) throw Forbidden('This account is blocked', 'auth.blocked');
    if (result.recoveryCodesLeft !== undefined)
      await this.identity.recoveryCodeUsed(user.id, result.recoveryCodesLeft, client);
    // The code just proved opens the session's step-up window (sudo mode on /v2 routes).
    const session = await this.auth.issueSession(user, client, { secondFactorAt: this.clock.now() });
    const device = remember ? await this.trustedDevices.remember(user.id, client) : null;
    return {
      ...session,
      ...(device ? { device_token: device.device_token, device_token_expires_at: device.expires_at } : {}),
    };
  }
}
