import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PlansController, ProductsController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { OrganizationSubscriptionsController } from './organization-subscriptions.controller';
import { Plan } from './plan.entity';
import { PlanEntitlements, SubscriptionPlanInfo } from './plan-entitlements.service';
import { Product } from './product.entity';
import { SubscriptionExpiryTask } from './subscription-expiry.task';
import { Subscription } from './subscription.entity';
import { SubscriptionsService } from './subscriptions.service';
import { UserPlansController } from './user-plans.controller';
import { UserPlansService } from './user-plans.service';

/**
 * Products, plans, subscriptions and the entitlements computed from them. PlatformDefaultsModule binds the
 * Entitlements and UserPlanInfo ports to PlanEntitlements and SubscriptionPlanInfo from here.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Product, Plan, Subscription]), OrganizationsModule, UsersModule],
  controllers: [ProductsController, PlansController, OrganizationSubscriptionsController, UserPlansController],
  providers: [
    CatalogService,
    SubscriptionsService,
    PlanEntitlements,
    SubscriptionPlanInfo,
    SubscriptionExpiryTask,
    UserPlansService,
  ],
  exports: [CatalogService, SubscriptionsService, PlanEntitlements, SubscriptionPlanInfo, SubscriptionExpiryTask],
})
export class SubscriptionsModule {}
