import { Injectable } from '@nestjs/common';
import { SecondFactorGate, type SignInAttempt } from '../../common/auth/auth.ports';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { Clock } from './clock';
import { FactorsService } from './factors.service';
import { type SecondStepMethod, SignInChallengesService } from './sign-in-challenges.service';
import { TrustedDevicesService } from './trusted-devices.service';

const asString = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

/**
 * The second step of `POST /auth/sign_in`, after a correct password. Users with a factor get
 * `{otp_session_state, methods}` and no token; the same call with `otp_attempt` + `otp_session_state` (+ `method`),
 * or with a live `device_token` ("remember this device"), proceeds to the session. Must not depend on AuthService
 * (AuthService depends on this gate).
 */
@Injectable()
export class MfaSecondFactorGate extends SecondFactorGate {
  constructor(
    private readonly factors: FactorsService,
    private readonly challenges: SignInChallengesService,
    private readonly trustedDevices: TrustedDevicesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async afterPassword({ userId, body, ip, userAgent }: SignInAttempt) {
    if (!(await this.factors.hasAny(userId))) return { proceed: true as const };

    const deviceToken = asString(body.device_token);
    if (deviceToken && (await this.trustedDevices.recognise(userId, deviceToken, ip)))
      return { proceed: true as const };

    const state = asString(body.otp_session_state);
    const attempt = asString(body.otp_attempt);
    if (state && attempt) {
      try {
        const challenge = await this.challenges.open(state, userId);
        await this.challenges.complete(challenge, body.method as SecondStepMethod | undefined, attempt);
      } catch (err) {
        if (err instanceof AppError) {
          await this.audit.record({
            action: 'auth.mfa_check',
            result: 'failure',
            statusCode: err.getStatus(),
            actorId: userId,
            ip,
            userAgent,
            details: { path: 'sign_in' },
          });
        }
        throw err;
      }
      // "Remember this device": the device token comes back with the session token.
      const device =
        body.remember_device === true ? await this.trustedDevices.remember(userId, { ip, userAgent }) : null;
      return {
        proceed: true as const,
        secondFactorAt: this.clock.now(),
        ...(device ? { extra: { device_token: device.device_token, device_token_expires_at: device.expires_at } } : {}),
      };
    }
    return { proceed: false as const, respond: { ...(await this.challenges.start(userId)) } };
  }
}
