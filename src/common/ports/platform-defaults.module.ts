import { Global, Module } from '@nestjs/common';
import { PlanEntitlements, SubscriptionPlanInfo } from '../../modules/subscriptions/plan-entitlements.service';
import { SubscriptionsModule } from '../../modules/subscriptions/subscriptions.module';
import { WhitelabelModule } from '../../modules/whitelabel/whitelabel.module';
import { WhitelabelService } from '../../modules/whitelabel/whitelabel.service';
import { MailBranding } from './mail-branding';
import { Entitlements } from './entitlements';
import { UserPlanInfo } from './user-plan-info';
import { UserResourceOwnersRegistry } from './user-resources';

/**
 * Cross-module ports and their bindings, so that each port has one binding. Entitlements and UserPlanInfo come
 * from the subscriptions module (plans, subscriptions, default plan), MailBranding from the whitelabel module; `UnlimitedEntitlements` and `NoPlans` remain
 * as the stand-alone implementations for unit tests.
 */
@Global()
@Module({
  imports: [SubscriptionsModule, WhitelabelModule],
  providers: [
    { provide: Entitlements, useExisting: PlanEntitlements },
    { provide: MailBranding, useExisting: WhitelabelService },
    { provide: UserPlanInfo, useExisting: SubscriptionPlanInfo },
    UserResourceOwnersRegistry,
  ],
  exports: [Entitlements, UserPlanInfo, UserResourceOwnersRegistry, MailBranding],
})
export class PlatformDefaultsModule {}
