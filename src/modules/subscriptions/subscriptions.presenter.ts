import { resource } from '../../common/http/resource';
import type { PlanAttributesDto, ProductAttributesDto } from './dto/catalog.dto';
import type { SubscriptionAttributesDto } from './dto/subscription.dto';
import { effectiveFeatures } from './features';
import type { Plan } from './plan.entity';
import type { Product } from './product.entity';
import type { Subscription } from './subscription.entity';

export const PRODUCT_TYPE = 'product';
export const PLAN_TYPE = 'plan';
export const SUBSCRIPTION_TYPE = 'subscription';

export const presentProduct = (p: Product) =>
  resource<ProductAttributesDto>(PRODUCT_TYPE, p.id, {
    id: p.id,
    code: p.code,
    name: p.name,
    description: p.description,
    created_at: p.createdAt.toISOString(),
    updated_at: p.updatedAt.toISOString(),
  });

/** Needs `plan.product` loaded. */
export const presentPlan = (p: Plan) =>
  resource<PlanAttributesDto>(
    PLAN_TYPE,
    p.id,
    {
      id: p.id,
      code: p.code,
      name: p.name,
      description: p.description,
      product: p.product!.code,
      product_id: p.productId,
      open: p.open,
      default: p.isDefault,
      self_service: p.selfService,
      interval: p.interval,
      price: p.price,
      features: p.features,
      created_at: p.createdAt.toISOString(),
      updated_at: p.updatedAt.toISOString(),
    },
    { product: { data: { id: p.productId, type: PRODUCT_TYPE } } },
  );

/** Needs `subscription.plan` and `subscription.product` loaded. */
export const presentSubscription = (s: Subscription) =>
  resource<SubscriptionAttributesDto>(
    SUBSCRIPTION_TYPE,
    s.id,
    {
      id: s.id,
      organization_id: s.organizationId,
      plan: s.plan!.code,
      plan_id: s.planId,
      plan_name: s.plan!.name,
      product: s.product!.code,
      status: s.status,
      interval: s.interval,
      start_date: s.startDate.toISOString(),
      end_date: s.endDate?.toISOString() ?? null,
      price: s.price,
      trial_enabled: s.trialEnabled,
      assigned_features: s.features,
      features: effectiveFeatures(s.plan!.features, s.features),
      canceled_at: s.canceledAt?.toISOString() ?? null,
      created_at: s.createdAt.toISOString(),
      updated_at: s.updatedAt.toISOString(),
    },
    {
      organization: { data: { id: s.organizationId, type: 'organization' } },
      plan: { data: { id: s.planId, type: PLAN_TYPE } },
      product: { data: { id: s.productId, type: PRODUCT_TYPE } },
    },
  );
