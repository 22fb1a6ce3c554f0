import { Global, Module } from '@nestjs/common';
import { PlanEntitlements, SubscriptionPlanInfo } from '../../modules/subscriptions/plan-entitlements.service';
import { SubscriptionsModule } from '../../modules/subscriptions/subscriptions.module';
import { Entitlements } from './entitlements';
import { UserPlanInfo } from './user-plan-info';
import { UserResourceOwnersRegistry } from './user-resources';

/**
 * Cross-module ports and their bindings, so that each port has one binding. Entitlements and UserPlanInfo come
 * from the subscriptions module (plans, subscriptions, default plan); `UnlimitedEntitlements` and `NoPlans` remain
 * as the stand-alone implementations for unit tests.
 */
@Global()
@Module({
  imports: [SubscriptionsModule],
  providers: [
    { provide: Entitlements, useExisting: PlanEntitlements },
    { provide: UserPlanInfo, useExisting: SubscriptionPlanInfo },
    UserResourceOwnersRegistry,
  ],
  exports: [Entitlements, UserPlanInfo, UserResourceOwnersRegistry],
})
export class PlatformDefaultsModule {}
