import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { AppError, Conflict, Forbidden, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { PRODUCT_LIST_SPEC } from './catalog.service';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import { type Organization, OrganizationsService } from '../organizations/organizations.service';
import { UsersService } from '../users/users.service';
import { CatalogService } from './catalog.service';
import type { SubscribeDto, UpdateSubscriptionDto } from './dto/subscription.dto';
import {
  combine,
  effectiveFeatures,
  type Entitlement,
  type FeatureName,
  FEATURE_CATALOGUE,
  FEATURE_NAMES,
  type FeatureSet,
  limitIn,
  parseFeatures,
  unrestricted,
} from './features';
import { INTERVALS } from './plan.entity';
import { Product } from './product.entity';
import { Subscription, SUBSCRIPTION_STATUSES } from './subscription.entity';

export const SUBSCRIPTION_LIST_SPEC: ListSpec = {
  columns: {
    status: { sql: 's.status', type: 'enum', values: SUBSCRIPTION_STATUSES },
    interval: { sql: 's.interval', type: 'enum', values: INTERVALS },
    plan: { sql: 'plan.code', type: 'string' },
    plan_name: { sql: 'plan.name', type: 'string' },
    product: { sql: 'product.code', type: 'string' },
    organization_id: { sql: 's.organization_id', type: 'uuid' },
    trial_enabled: { sql: 's.trial_enabled', type: 'boolean' },
    price: { sql: 's.price', type: 'number' },
    start_date: { sql: 's.start_date', type: 'date' },
    end_date: { sql: 's.end_date', type: 'date' },
    created_at: { sql: 's.created_at', type: 'date' },
    updated_at: { sql: 's.updated_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['plan', 'plan_name', 'product'],
  tieBreaker: 's.id',
};

/** Subscriptions in force of one organization, in SQL over a product `p` (`:inForceOrg`, `:inForceNow` bound). */
const PRODUCT_SUBSCRIBED_SQL = `EXISTS (SELECT 1 FROM subscriptions ps WHERE ps.product_id = p.id
  AND ps.organization_id = :inForceOrg AND ps.status = 'active' AND ps.start_date <= :inForceNow
  AND (ps.end_date IS NULL OR ps.end_date > :inForceNow))`;

/** `GET /v2/user/products`: the catalogue's products, plus whether the caller's organization subscribes to each. */
export const USER_PRODUCT_LIST_SPEC: ListSpec = {
  ...PRODUCT_LIST_SPEC,
  columns: {
    ...PRODUCT_LIST_SPEC.columns,
    subscribed: { sql: PRODUCT_SUBSCRIBED_SQL, type: 'boolean', sortable: false },
  },
};

/** Who is changing a subscription: decides whether parent limits and self-service rules apply. */
export interface SubscriptionActor {
  role: AuthContext['user']['role'];
  organizationId: string;
}

@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly catalog: CatalogService,
    private readonly users: UsersService,
  ) {}

  // ---- reading ---------------------------------------------------------------------------------------------------

  private query(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager)
      .getRepository(Subscription)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.plan', 'plan')
      .innerJoinAndSelect('s.product', 'product');
  }

  /** Subscriptions of one organization in the caller's scope; `activeOnly` keeps those in force now. */
  async list(scope: TenantScope, organizationId: string, query: ListQuery, activeOnly = false) {
    await this.organizations.get(scope, organizationId);
    const qb = this.query().where('s.organization_id = :organizationId', { organizationId });
    if (activeOnly) this.inForce(qb, new Date());
    scope.apply(qb, 's.organization_id');
    return paginate(qb, query, SUBSCRIPTION_LIST_SPEC);
  }

  /** Subscriptions of an organization in force now (`/v2/user/active_plans`), as a list. */
  activeList(organizationId: string, query: ListQuery) {
    const qb = this.query().where('s.organization_id = :organizationId', { organizationId });
    return paginate(this.inForce(qb, new Date()), query, SUBSCRIPTION_LIST_SPEC);
  }

  /** The products of the catalogue as a list, with the ids of those the organization subscribes to now. */
  async productList(organizationId: string, query: ListQuery) {
    const qb = this.dataSource
      .getRepository(Product)
      .createQueryBuilder('p')
      .setParameters({ inForceOrg: organizationId, inForceNow: new Date() });
    const page = await paginate(qb, query, USER_PRODUCT_LIST_SPEC);
    const active = await this.activeFor(organizationId);
    return { ...page, subscribed: new Set(active.map((s) => s.productId)) };
  }

  /** Every subscription of an organization, whatever its status (`/v2/user/subscriptions_history`). */
  history(organizationId: string, query: ListQuery) {
    return paginate(
      this.query().where('s.organization_id = :organizationId', { organizationId }),
      query,
      SUBSCRIPTION_LIST_SPEC,
    );
  }

  /** Subscriptions of a partner's customer organizations. */
  async dependents(scope: TenantScope, partnerId: string, query: ListQuery) {
    const partner = await this.organizations.get(scope, partnerId);
    const qb = this.query()
      .innerJoin('s.organization', 'customer')
      .where('customer.parent_id = :partnerId', { partnerId: partner.id });
    scope.apply(qb, 's.organization_id');
    return paginate(qb, query, SUBSCRIPTION_LIST_SPEC);
  }

  async get(
    scope: TenantScope,
    organizationId: string,
    subscriptionId: string,
    manager?: EntityManager,
  ): Promise<Subscription> {
    if (!scope.includes(organizationId)) throw new RecordNotFound();
    const sub = await this.query(manager)
      .where('s.id = :subscriptionId AND s.organization_id = :organizationId', { subscriptionId, organizationId })
      .getOne();
    if (!sub) throw new RecordNotFound();
    return sub;
  }

  /** Subscriptions in force at `now`: active, started, not yet ended (even before the expiry job ran). */
  activeFor(organizationId: string, manager?: EntityManager, now = new Date()): Promise<Subscription[]> {
    const qb = this.query(manager).where('s.organization_id = :organizationId', { organizationId });
    return this.inForce(qb, now).orderBy('product.code', 'ASC').getMany();
  }

  private inForce<T extends ReturnType<SubscriptionsService['query']>>(qb: T, now: Date): T {
    qb.andWhere(`s.status = 'active'`)
      .andWhere('s.start_date <= :inForceNow', { inForceNow: now })
      .andWhere(
        new Brackets((w) => w.where('s.end_date IS NULL').orWhere('s.end_date > :inForceNow', { inForceNow: now })),
      );
    return qb;
  }

  /**
   * What an organization may do, combined from its subscriptions in force (README.md of this folder). Without any,
   * the default plan applies; an installation without a default plan does not restrict organizations. The
   * installation's own organization (one a Super Admin belongs to) is never restricted, so that no plan can lock the
   * administrators out.
   */
  async entitlementOf(organizationId: string, manager?: EntityManager): Promise<Entitlement> {
    if (await this.users.hasSuperAdmin(organizationId, manager)) return unrestricted();
    const subs = await this.activeFor(organizationId, manager);
    if (subs.length) return combine(subs.map((s) => effectiveFeatures(s.plan!.features, s.features)));
    const fallback = await this.catalog.defaultPlan(manager);
    return fallback ? combine([fallback.features]) : unrestricted();
  }

  async productsOf(organizationId: string): Promise<{ all: Product[]; subscribed: Set<string> }> {
    const [all, active] = await Promise.all([
      this.dataSource.getRepository(Product).find({ order: { name: 'ASC' } }),
      this.activeFor(organizationId),
    ]);
    return { all, subscribed: new Set(active.map((s) => s.productId)) };
  }

  // ---- changing --------------------------------------------------------------------------------------------------

  /**
   * The organization whose subscriptions the caller wants to change. Super admins change any; a partner Admin only
   * its customers' (never its own: it cannot raise its own limits). Out of scope is a 404 like everywhere.
   */
  async manageable(auth: AuthContext, organizationId: string): Promise<Organization> {
    const org = await this.organizations.get(auth.tenant, organizationId);
    if (auth.user.role === 'Super Admin') return org;
    if (auth.user.role === 'Admin' && org.parentId === auth.user.organizationId) return org;
    throw Forbidden("Only a super admin or the organization's partner can change its subscriptions");
  }

  /** `POST /v2/organizations/{id}/subscribe`, in its own transaction. */
  async subscribe(auth: AuthContext, organizationId: string, input: SubscribeDto): Promise<Subscription> {
    const org = await this.manageable(auth, organizationId);
    const id = await this.dataSource.transaction((tx) =>
      this.subscribeIn(tx, org, input, actorOf(auth), 'subscription'),
    );
    return this.get(auth.tenant, org.id, id);
  }

  /** `POST /v2/organizations/subscribe`: an Admin subscribes its own organization to a self-service plan. */
  async subscribeOwn(auth: AuthContext, input: SubscribeDto): Promise<Subscription> {
    const org = await this.organizations.get(auth.tenant, auth.user.organizationId);
    const actor = actorOf(auth);
    const id = await this.dataSource.transaction(async (tx) => {
      if (actor.role !== 'Super Admin') {
        const plan = await this.catalog.planByCode(input.plan, 'subscription.plan', tx);
        if (!plan.selfService) throw Forbidden('This plan is not self-service: ask your partner or the administrator');
        if (input.features || input.price !== undefined || input.end_date !== undefined) {
          throw new ParameterError([
            'subscription.features, price and end_date are set by an administrator, not on self-service plans',
          ]);
        }
      }
      return this.subscribeIn(tx, org, input, actor, 'subscription');
    });
    return this.get(auth.tenant, org.id, id);
  }

  /**
   * Creates a subscription inside the caller's transaction (organization create, customer wizard). `field` prefixes
   * validation messages (`customer.subscription.plan ...`). Returns the new id.
   */
  async subscribeIn(
    tx: EntityManager,
    org: Organization,
    input: SubscribeDto,
    actor: SubscriptionActor,
    field: string,
  ): Promise<string> {
    const plan = await this.catalog.planByCode(input.plan, `${field}.plan`, tx);
    const { features, problems } = parseFeatures(input.features, `${field}.features`);
    const start = input.start_date ? new Date(input.start_date) : new Date();
    const interval = input.interval ?? plan.interval;
    const end =
      input.end_date !== undefined ? (input.end_date ? new Date(input.end_date) : null) : defaultEnd(start, interval);
    if (end && end <= start) problems.push(`${field}.end_date must be after start_date`);
    if (problems.length) throw new ParameterError(problems);

    await this.assertNoOtherActive(tx, org.id, plan.productId, plan.product!.code);
    await this.assertWithinParent(tx, org, effectiveFeatures(plan.features, features), null, actor);
    const repo = tx.getRepository(Subscription);
    const saved = await repo.save(
      repo.create({
        organizationId: org.id,
        planId: plan.id,
        productId: plan.productId,
        status: 'active',
        interval,
        startDate: start,
        endDate: end,
        price: input.price ?? plan.price,
        trialEnabled: input.trial_enabled ?? false,
        features,
      }),
    );
    return saved.id;
  }

  /** The product code of a plan (for "first plan per product wins"); an unknown plan is a 422 on `field`. */
  async productCodeOfPlan(planCode: string, field: string, tx: EntityManager): Promise<string> {
    return (await this.catalog.planByCode(planCode, field, tx)).product!.code;
  }

  /** The organization's default subscription, if the installation has a default plan. */
  async subscribeToDefaultIn(tx: EntityManager, org: Organization, actor: SubscriptionActor): Promise<string | null> {
    const plan = await this.catalog.defaultPlan(tx);
    if (!plan) return null;
    return this.subscribeIn(tx, org, { plan: plan.code }, actor, 'organization.default_plan');
  }

  /** Cancels the organization's subscription in force for that plan. */
  async unsubscribe(auth: AuthContext, organizationId: string, planCode: string): Promise<Subscription> {
    const org = await this.manageable(auth, organizationId);
    const sub = await this.query()
      .where('s.organization_id = :orgId AND plan.code = :planCode AND s.status = :active', {
        orgId: org.id,
        planCode,
        active: 'active',
      })
      .getOne();
    if (!sub) throw new RecordNotFound();
    await this.dataSource
      .getRepository(Subscription)
      .update({ id: sub.id }, { status: 'canceled', canceledAt: new Date() });
    return this.get(auth.tenant, org.id, sub.id);
  }

  async update(
    auth: AuthContext,
    organizationId: string,
    subscriptionId: string,
    input: UpdateSubscriptionDto,
  ): Promise<Subscription> {
    const org = await this.manageable(auth, organizationId);
    await this.dataSource.transaction(async (tx) => {
      const sub = await this.get(auth.tenant, org.id, subscriptionId, tx);
      const changes: Partial<Subscription> = {};
      if (input.end_date !== undefined) {
        const end = input.end_date === null ? null : new Date(input.end_date);
        if (end && end <= sub.startDate) throw new ParameterError(['subscription.end_date must be after start_date']);
        changes.endDate = end;
      }
      if (input.price !== undefined) changes.price = input.price;
      if (input.trial_enabled !== undefined) changes.trialEnabled = input.trial_enabled;
      if (input.status !== undefined && input.status !== sub.status) {
        changes.status = input.status;
        changes.canceledAt = input.status === 'canceled' ? new Date() : null;
        if (input.status === 'active') {
          const end = changes.endDate !== undefined ? changes.endDate : sub.endDate;
          if (end && end <= new Date())
            throw new ParameterError(['subscription.end_date has passed: give a later end_date to reactivate']);
          await this.assertNoOtherActive(tx, org.id, sub.productId, sub.product!.code, sub.id);
          await this.assertWithinParent(
            tx,
            org,
            effectiveFeatures(sub.plan!.features, sub.features),
            sub.id,
            actorOf(auth),
          );
        }
      }
      if (Object.keys(changes).length) await tx.getRepository(Subscription).update({ id: sub.id }, changes);
    });
    return this.get(auth.tenant, org.id, subscriptionId);
  }

  /** Adds or replaces features on one subscription (they override its plan's). */
  async assignFeatures(
    auth: AuthContext,
    organizationId: string,
    subscriptionId: string,
    input: Record<string, unknown>,
  ) {
    const org = await this.manageable(auth, organizationId);
    const { features, problems } = parseFeatures(input, 'subscription.features');
    if (problems.length) throw new ParameterError(problems);
    await this.dataSource.transaction(async (tx) => {
      const sub = await this.get(auth.tenant, org.id, subscriptionId, tx);
      const assigned = { ...sub.features, ...features };
      if (sub.status === 'active') {
        await this.assertWithinParent(tx, org, effectiveFeatures(sub.plan!.features, assigned), sub.id, actorOf(auth));
      }
      await tx.getRepository(Subscription).update({ id: sub.id }, { features: assigned });
    });
    return this.get(auth.tenant, org.id, subscriptionId);
  }

  /** Removes assigned features: the plan's value (or nothing) applies again. */
  async revokeFeatures(auth: AuthContext, organizationId: string, subscriptionId: string, names: string[]) {
    const org = await this.manageable(auth, organizationId);
    const sub = await this.get(auth.tenant, org.id, subscriptionId);
    const assigned: FeatureSet = { ...sub.features };
    for (const name of names) delete assigned[name as FeatureName];
    await this.dataSource.getRepository(Subscription).update({ id: sub.id }, { features: assigned });
    return this.get(auth.tenant, org.id, subscriptionId);
  }

  /**
   * Ends every active subscription whose end date has passed: one UPDATE, so several instances running it at the
   * same time cannot step on each other. Returns how many ended.
   */
  async expireDue(now = new Date()): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Subscription)
      .set({ status: 'inactive' })
      .where(`status = 'active' AND end_date IS NOT NULL AND end_date <= :now`, { now })
      .execute();
    return result.affected ?? 0;
  }

  // ---- rules -----------------------------------------------------------------------------------------------------

  /** One active subscription per product (the partial unique index backs this up under races). */
  private async assertNoOtherActive(
    tx: EntityManager,
    organizationId: string,
    productId: string,
    productCode: string,
    exceptId?: string,
  ) {
    const qb = tx
      .getRepository(Subscription)
      .createQueryBuilder('s')
      .where(`s.organization_id = :organizationId AND s.product_id = :productId AND s.status = 'active'`, {
        organizationId,
        productId,
      });
    if (exceptId) qb.andWhere('s.id <> :exceptId', { exceptId });
    if (await qb.getExists()) {
      throw Conflict(
        `The organization already has an active subscription for product ${productCode}`,
        'subscription.product_already_active',
      );
    }
  }

  /**
   * "Parent limit validation": what a partner hands out to its customers, summed per limit, may not exceed the
   * partner's own limit. Super admins are not bound by it (they set the partner's limits in the first place).
   */
  private async assertWithinParent(
    tx: EntityManager,
    org: Organization,
    features: FeatureSet,
    exceptId: string | null,
    actor: SubscriptionActor,
  ) {
    if (!org.parentId || actor.role === 'Super Admin') return;
    // Two customers subscribed at the same moment must not both fit into the last free units.
    await this.organizations.lockForUpdate(org.parentId, tx);
    const parent = await this.entitlementOf(org.parentId, tx);
    // Allocations that start later count too: the partner has promised them.
    const siblingsQuery = this.query(tx)
      .innerJoin('s.organization', 'customer')
      .where('customer.parent_id = :parentId', { parentId: org.parentId })
      .andWhere(`s.status = 'active'`)
      .andWhere(new Brackets((w) => w.where('s.end_date IS NULL').orWhere('s.end_date > :now', { now: new Date() })));
    if (exceptId) siblingsQuery.andWhere('s.id <> :exceptId', { exceptId });
    const siblings = await siblingsQuery.getMany();
    for (const name of FEATURE_NAMES) {
      if (FEATURE_CATALOGUE[name] !== 'limit') continue;
      const allowed = parent.limits[name];
      if (allowed === null) continue;
      let total = limitIn(features, name) ?? Infinity;
      for (const s of siblings) total += limitIn(effectiveFeatures(s.plan!.features, s.features), name) ?? Infinity;
      if (total > allowed) {
        throw AppError.of(
          403,
          'plan.limit_exceeded',
          `Plan limit ${name} exceeded: the partner's customers would get ${total === Infinity ? 'unlimited' : total} in all, the partner's plan allows ${allowed}`,
        );
      }
    }
  }
}

export const actorOf = (auth: AuthContext): SubscriptionActor => ({
  role: auth.user.role,
  organizationId: auth.user.organizationId,
});

function defaultEnd(start: Date, interval: string): Date | null {
  if (interval === 'none') return null;
  const end = new Date(start);
  if (interval === 'monthly') end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end;
}
