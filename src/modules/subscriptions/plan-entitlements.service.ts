import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { Entitlements } from '../../common/ports/entitlements';
import { UserPlanInfo } from '../../common/ports/user-plan-info';
import { effectiveFeatures, FEATURE_CATALOGUE, isFeature } from './features';
import { SubscriptionsService } from './subscriptions.service';

/** The Entitlements port answered from the organization's plans (bound in PlatformDefaultsModule). */
@Injectable()
export class PlanEntitlements extends Entitlements {
  constructor(private readonly subscriptions: SubscriptionsService) {
    super();
  }

  async limit(organizationId: string, feature: string): Promise<number | null> {
    assertKnown(feature, 'limit');
    return (await this.subscriptions.entitlementOf(organizationId)).limits[feature];
  }

  async enabled(organizationId: string, feature: string): Promise<boolean> {
    assertKnown(feature, 'flag');
    return (await this.subscriptions.entitlementOf(organizationId)).flags[feature];
  }

  async assertWithin(organizationId: string, feature: string, used: number, wanted: number): Promise<void> {
    const limit = await this.limit(organizationId, feature);
    if (limit === null || used + wanted <= limit) return;
    throw AppError.of(
      403,
      'plan.limit_exceeded',
      `Plan limit ${feature} reached: ${used} of ${limit} used, ${wanted} more requested. Ask your administrator for a larger plan.`,
    );
  }
}

/** A misspelt feature in another module is a programming error, not "allowed" and not "denied". */
function assertKnown(feature: string, kind: 'limit' | 'flag') {
  if (!isFeature(feature) || FEATURE_CATALOGUE[feature] !== kind) throw new Error(`Unknown ${kind} feature ${feature}`);
}

/** Plan and products on `GET /v2/user/me?products=true&current_plan=true`. */
@Injectable()
export class SubscriptionPlanInfo extends UserPlanInfo {
  constructor(private readonly subscriptions: SubscriptionsService) {
    super();
  }

  async productsFor(organizationId: string): Promise<unknown[]> {
    const { all, subscribed } = await this.subscriptions.productsOf(organizationId);
    return all.map((p) => ({ id: p.id, code: p.code, name: p.name, subscribed: subscribed.has(p.id) }));
  }

  async currentPlanOf(organizationId: string): Promise<unknown | null> {
    const [sub] = await this.subscriptions.activeFor(organizationId);
    if (!sub) return null;
    return {
      subscription_id: sub.id,
      plan: sub.plan!.code,
      name: sub.plan!.name,
      product: sub.product!.code,
      status: sub.status,
      end_date: sub.endDate?.toISOString() ?? null,
      features: effectiveFeatures(sub.plan!.features, sub.features),
    };
  }
}
