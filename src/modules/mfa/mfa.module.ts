import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { AuthMfaController } from './auth-mfa.controller';
import { CeremoniesService } from './ceremonies.service';
import { Clock } from './clock';
import { EnrollmentService } from './enrollment.service';
import { MfaAccount } from './entities/mfa-account.entity';
import { MfaCeremony } from './entities/mfa-ceremony.entity';
import { MfaFactor } from './entities/mfa-factor.entity';
import { MfaRecoveryCode } from './entities/mfa-recovery-code.entity';
import { MfaSignInChallenge } from './entities/mfa-sign-in-challenge.entity';
import { MfaSmsCode } from './entities/mfa-sms-code.entity';
import { MfaTrustedDevice } from './entities/mfa-trusted-device.entity';
import { FactorsService } from './factors.service';
import { IdentityMfaController } from './identity-mfa.controller';
import { IdentityMfaService } from './identity-mfa.service';
import { MfaLockout } from './mfa-lockout.service';
import { MfaNotifier } from './mfa-notifier.service';
import { RecoveryCodesService } from './recovery-codes.service';
import { MfaSecondFactorGate } from './second-factor.gate';
import { SecretBox } from './secret-box';
import { SignInChallengesService } from './sign-in-challenges.service';
import { SignInMfaService } from './sign-in-mfa.service';
import { SmsCodesService } from './sms-codes.service';
import { SmsOutboxMessage } from './sms/sms-outbox.entity';
import { OutboxSmsSender, SmsSender, smsSenderProvider, TwilioSmsSender } from './sms/sms-sender';
import { FactorBackedTwoFactorStatus, StepUpService } from './step-up.service';
import { TrustedDevicesService } from './trusted-devices.service';
import { UserMfaController } from './user-mfa.controller';
import { UserMfaService } from './user-mfa.service';
import { WebAuthnService } from './webauthn.service';

/**
 * Second factors: TOTP, SMS, WebAuthn, recovery codes, step-up tokens, trusted devices. Implements the three MFA
 * ports of src/common/auth (bound in AppPortsModule). The port implementations depend only on this module's own
 * store, never on UsersService or AuthService, which depend on the ports.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      MfaFactor,
      MfaCeremony,
      MfaRecoveryCode,
      MfaAccount,
      MfaSignInChallenge,
      MfaSmsCode,
      MfaTrustedDevice,
      SmsOutboxMessage,
    ]),
    UsersModule,
    AuthModule,
  ],
  controllers: [AuthMfaController, UserMfaController, IdentityMfaController],
  providers: [
    Clock,
    SecretBox,
    FactorsService,
    CeremoniesService,
    RecoveryCodesService,
    SmsCodesService,
    MfaLockout,
    MfaNotifier,
    TrustedDevicesService,
    SignInChallengesService,
    EnrollmentService,
    WebAuthnService,
    UserMfaService,
    IdentityMfaService,
    SignInMfaService,
    OutboxSmsSender,
    TwilioSmsSender,
    smsSenderProvider,
    StepUpService,
    FactorBackedTwoFactorStatus,
    MfaSecondFactorGate,
  ],
  // The implementations of the auth ports; AppPortsModule binds the ports to them.
  exports: [StepUpService, FactorBackedTwoFactorStatus, MfaSecondFactorGate, SmsSender, Clock],
})
export class MfaModule {}
