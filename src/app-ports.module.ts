import { Global, Module } from '@nestjs/common';
import {
  ApiKeyVerifier,
  CredentialResolver,
  SecondFactorGate,
  StepUpVerifier,
  TwoFactorStatusSource,
} from './common/auth/auth.ports';
import { Entitlements } from './common/ports/entitlements';
import { FindingExceptions } from './common/ports/finding-exceptions';
import { MailBranding } from './common/ports/mail-branding';
import { PortalOrigins } from './common/ports/portal-origins';
import { UserPlanInfo } from './common/ports/user-plan-info';
import { UserResourceOwnersRegistry } from './common/ports/user-resources';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { ApiKeysService } from './modules/api-keys/api-keys.service';
import { ExceptionCoverage } from './modules/exceptions/exception-coverage.service';
import { ExceptionsModule } from './modules/exceptions/exceptions.module';
import { AuthModule } from './modules/auth/auth.module';
import { AuthorizationHeaderResolver } from './modules/auth/credential.resolver';
import { MfaModule } from './modules/mfa/mfa.module';
import { MfaSecondFactorGate } from './modules/mfa/second-factor.gate';
import { FactorBackedTwoFactorStatus, StepUpService } from './modules/mfa/step-up.service';
import { PlanEntitlements, SubscriptionPlanInfo } from './modules/subscriptions/plan-entitlements.service';
import { SubscriptionsModule } from './modules/subscriptions/subscriptions.module';
import { WhitelabelModule } from './modules/whitelabel/whitelabel.module';
import { WhitelabelService } from './modules/whitelabel/whitelabel.service';

/**
 * The composition root of the ports in `src/common/`: each abstract port gets its one binding here, from the module
 * that implements it. Ports exist where two modules would otherwise import each other (users ↔ subscriptions for
 * plan info, users/auth ↔ MFA for second factors, mail ↔ whitelabel for branding, vulnerabilities ↔ exceptions for the
 * rules that cover the findings a run stores) or where `src/common/` needs a domain service (the global guard: API keys,
 * credentials, step-up, plan features; CORS: the portal domains). Global, like the other
 * infrastructure (config, database, jobs, events, audit, mail), so that any module can inject a port; domain modules
 * are never global.
 */
@Global()
@Module({
  imports: [ApiKeysModule, AuthModule, MfaModule, SubscriptionsModule, WhitelabelModule, ExceptionsModule],
  providers: [
    { provide: ApiKeyVerifier, useExisting: ApiKeysService },
    { provide: CredentialResolver, useExisting: AuthorizationHeaderResolver },
    { provide: StepUpVerifier, useExisting: StepUpService },
    { provide: TwoFactorStatusSource, useExisting: FactorBackedTwoFactorStatus },
    { provide: SecondFactorGate, useExisting: MfaSecondFactorGate },
    { provide: Entitlements, useExisting: PlanEntitlements },
    { provide: UserPlanInfo, useExisting: SubscriptionPlanInfo },
    { provide: MailBranding, useExisting: WhitelabelService },
    { provide: PortalOrigins, useExisting: WhitelabelService },
    { provide: FindingExceptions, useExisting: ExceptionCoverage },
    UserResourceOwnersRegistry,
  ],
  exports: [
    ApiKeyVerifier,
    CredentialResolver,
    StepUpVerifier,
    TwoFactorStatusSource,
    SecondFactorGate,
    Entitlements,
    UserPlanInfo,
    MailBranding,
    PortalOrigins,
    FindingExceptions,
    UserResourceOwnersRegistry,
  ],
})
export class AppPortsModule {}
