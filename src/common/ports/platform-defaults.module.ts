import { Global, Module } from '@nestjs/common';
import { UnlimitedEntitlements, Entitlements } from './entitlements';
import { NoPlans, UserPlanInfo } from './user-plan-info';
import { UserResourceOwnersRegistry } from './user-resources';

/**
 * Cross-module ports with their stand-alone behaviour. A module that implements one for real (subscriptions binds
 * Entitlements and UserPlanInfo) replaces the binding here with its own class, so each port has one binding.
 */
@Global()
@Module({
  providers: [
    { provide: Entitlements, useClass: UnlimitedEntitlements },
    { provide: UserPlanInfo, useClass: NoPlans },
    UserResourceOwnersRegistry,
  ],
  exports: [Entitlements, UserPlanInfo, UserResourceOwnersRegistry],
})
export class PlatformDefaultsModule {}
