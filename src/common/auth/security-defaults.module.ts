import { Global, Injectable, Module } from '@nestjs/common';
import { SecondFactorGate, StepUpVerifier, type TwoFactorStatus, TwoFactorStatusSource } from './auth.ports';

/** Without any second factor enrolled there is nothing to step up with: the route's other checks decide. */
@Injectable()
class NoStepUp extends StepUpVerifier {
  async verify(): Promise<boolean> {
    return true;
  }
}

@Injectable()
class NoTwoFactorStatus extends TwoFactorStatusSource {
  async statusOf(): Promise<TwoFactorStatus> {
    return { enabled: false, otp_sms_enabled: false, otp_totp_enabled: false, otp_phone: null, otp_default_method: null };
  }
}

@Injectable()
class PasswordOnly extends SecondFactorGate {
  async afterPassword() {
    return { proceed: true as const };
  }
}

/**
 * The seams of multi-factor authentication, with their password-only behaviour. The MFA module replaces these
 * three bindings with its own implementations (and nothing else has to change).
 */
@Global()
@Module({
  providers: [
    { provide: StepUpVerifier, useClass: NoStepUp },
    { provide: TwoFactorStatusSource, useClass: NoTwoFactorStatus },
    { provide: SecondFactorGate, useClass: PasswordOnly },
  ],
  exports: [StepUpVerifier, TwoFactorStatusSource, SecondFactorGate],
})
export class SecurityDefaultsModule {}
