import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { AppError } from '../../common/errors/app-error';
import { reportRateLimit } from '../../common/http/rate-limit';
import { Entitlements } from '../../common/ports/entitlements';
import { UserPlanInfo } from '../../common/ports/user-plan-info';
import { effectiveFeatures, FEATURE_CATALOGUE, isFeature } from './features';
import { SubscriptionsService } from './subscriptions.service';

/** Seconds until a windowed limit starts over: `scans_per_month` counts runs of the calendar month (UTC). */
function windowOf(feature: string, now: Date): { resetSeconds: number; windowSeconds: number } | undefined {
  if (feature !== 'scans_per_month') return undefined;
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return { resetSeconds: (next - now.getTime()) / 1000, windowSeconds: (next - start) / 1000 };
}

/**
 * The Entitlements port answered from the organization's plans (bound in AppPortsModule). A limit checked for a
 * request is shown on its answer (`RateLimit-Limit`/`-Remaining`, and `-Reset`/`-Policy` for `scans_per_month`).
 */
@Injectable()
export class PlanEntitlements extends Entitlements {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly cls: ClsService,
  ) {
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
    if (limit === null) return;
    const fits = used + wanted <= limit;
    reportRateLimit(this.cls, { limit, remaining: fits ? limit - used - wanted : 0, ...windowOf(feature, new Date()) });
    if (fits) return;
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
