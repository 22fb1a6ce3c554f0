import { Global, Module } from '@nestjs/common';
import { MfaModule } from '../../modules/mfa/mfa.module';

/**
 * The seams of multi-factor authentication (`StepUpVerifier`, `TwoFactorStatusSource`, `SecondFactorGate`, see
 * auth.ports.ts), made available app-wide. There is exactly one binding of each: MfaModule's. Re-exporting it from
 * this global module is what lets UsersModule and AuthModule inject the ports without importing MfaModule (which
 * imports them).
 */
@Global()
@Module({
  imports: [MfaModule],
  exports: [MfaModule],
})
export class SecurityDefaultsModule {}
