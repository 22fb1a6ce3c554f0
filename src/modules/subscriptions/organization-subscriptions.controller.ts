import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam } from '../../common/http/params';
import { ApiAction, ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { OrganizationsService } from '../organizations/organizations.service';
import { Audited } from '../../common/audit/audited.decorator';
import {
  AssignFeaturesBody,
  EntitlementsDto,
  RevokeFeaturesBody,
  SubscribeBody,
  SubscriptionAttributesDto,
  UnsubscribeBody,
  UpdateSubscriptionBody,
} from './dto/subscription.dto';
import { presentSubscription, SUBSCRIPTION_TYPE } from './subscriptions.presenter';
import { SUBSCRIPTION_LIST_SPEC, SubscriptionsService } from './subscriptions.service';

/**
 * Plans on organizations. Reading needs Admin and the organization in scope; changes need a super admin, or the
 * partner of a customer organization (the service decides, 403 otherwise).
 */
@ApiTags('Organization Subscriptions')
@Controller('v2/organizations')
export class OrganizationSubscriptionsController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Post('subscribe')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'subscription.create', resource: 'subscription' })
  @ApiOperation({
    summary: "Subscribe the caller's organization to a plan",
    description: 'Admins: self-service plans only.',
  })
  @ApiResource(SUBSCRIPTION_TYPE, SubscriptionAttributesDto, 201)
  @ApiErrors(403, 409, 422)
  async subscribeOwn(@Auth() auth: AuthContext, @Body() body: SubscribeBody) {
    return { data: presentSubscription(await this.subscriptions.subscribeOwn(auth, body.subscription)) };
  }

  @Post(':id/subscribe')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'subscription.create', resource: 'subscription' })
  @ApiOperation({
    summary: 'Subscribe an organization to a plan',
    description:
      'Super admin, or the partner of a customer organization. One active subscription per product (409). A partner cannot hand out more than its own limits (403 plan.limit_exceeded).',
  })
  @ApiResource(SUBSCRIPTION_TYPE, SubscriptionAttributesDto, 201)
  @ApiErrors(403, 404, 409, 422)
  async subscribe(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: SubscribeBody) {
    return { data: presentSubscription(await this.subscriptions.subscribe(auth, id, body.subscription)) };
  }

  @Post(':id/unsubscribe')
  @HttpCode(200)
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'subscription.cancel', resource: 'subscription' })
  @ApiOperation({ summary: 'Unsubscribe an organization from a plan (the subscription becomes canceled)' })
  @ApiResource(SUBSCRIPTION_TYPE, SubscriptionAttributesDto)
  @ApiErrors(403, 404, 422)
  async unsubscribe(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UnsubscribeBody) {
    return { data: presentSubscription(await this.subscriptions.unsubscribe(auth, id, body.subscription.plan)) };
  }

  @Get(':id/dependent_subscriptions')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({ summary: "Subscriptions of a partner's customer organizations" })
  @ApiCollection(SUBSCRIPTION_TYPE, SubscriptionAttributesDto)
  @ApiErrors(404, 422)
  async dependents(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @ListParams(SUBSCRIPTION_LIST_SPEC) query: ListQuery,
  ) {
    const { items, meta } = await this.subscriptions.dependents(auth.tenant, id, query);
    return collection(items.map(presentSubscription), meta);
  }

  @Get(':id/entitlements')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({
    summary: "An organization's effective limits and feature flags",
    description: 'null limit = unlimited.',
  })
  @ApiAction(EntitlementsDto)
  @ApiErrors(404, 422)
  async entitlements(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<EntitlementsDto> {
    const org = await this.organizations.get(auth.tenant, id);
    return this.subscriptions.entitlementOf(org.id);
  }

  @Get(':id/subscriptions')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({ summary: 'All subscriptions of an organization' })
  @ApiCollection(SUBSCRIPTION_TYPE, SubscriptionAttributesDto)
  @ApiErrors(404, 422)
  async list(@Auth() auth: AuthContext, @UuidParam() id: string, @ListParams(SUBSCRIPTION_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.subscriptions.list(auth.tenant, id, query);
    return collection(items.map(presentSubscription), meta);
  }

  @Get(':id/subscriptions/active')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({ summary: 'Subscriptions of an organization in force now' })
  @ApiCollection(SUBSCRIPTION_TYPE, SubscriptionAttributesDto)
  @ApiErrors(404, 422)
  async active(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @ListParams(SUBSCRIPTION_LIST_SPEC) query: ListQuery,
  ) {
    const { items, meta } = await this.subscriptions.list(auth.tenant, id, query, true);
    return collection(items.map(presentSubscription), meta);
  }

  @Get(':id/subscriptions/:sub_id')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({ summary: 'Show a subscription of an organization' })
  @ApiResource(SUBSCRIPTION_TYPE, SubscriptionAttributesDto)
  @ApiErrors(404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string, @UuidParam('sub_id') subId: string) {
    return { data: presentSubscription(await this.subscriptions.get(auth.tenant, id, subId)) };
  }

  @Put(':id/subscriptions/:sub_id')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'subscription.update', resource: 'subscription' })
  @ApiOperation({ summary: "Update an organization's subscription (status, end date, price, trial)" })
  @ApiResource(SUBSCRIPTION_TYPE, SubscriptionAttributesDto)
  @ApiErrors(403, 404, 409, 422)
  async update(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @UuidParam('sub_id') subId: string,
    @Body() body: UpdateSubscriptionBody,
  ) {
    return { data: presentSubscription(await this.subscriptions.update(auth, id, subId, body.subscription)) };
  }

  @Post(':id/subscriptions/:sub_id/features')
  @HttpCode(200)
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'subscription.features.assign', resource: 'subscription' })
  @ApiOperation({ summary: 'Assign features to a subscription (they override the plan)' })
  @ApiResource(SUBSCRIPTION_TYPE, SubscriptionAttributesDto)
  @ApiErrors(403, 404, 422)
  async assign(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @UuidParam('sub_id') subId: string,
    @Body() body: AssignFeaturesBody,
  ) {
    return {
      data: presentSubscription(await this.subscriptions.assignFeatures(auth, id, subId, body.subscription.features)),
    };
  }

  @Delete(':id/subscriptions/:sub_id/features')
  @HttpCode(200)
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'subscription.features.revoke', resource: 'subscription' })
  @ApiOperation({ summary: 'Revoke assigned features from a subscription' })
  @ApiResource(SUBSCRIPTION_TYPE, SubscriptionAttributesDto)
  @ApiErrors(403, 404, 422)
  async revoke(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @UuidParam('sub_id') subId: string,
    @Body() body: RevokeFeaturesBody,
  ) {
    return {
      data: presentSubscription(await this.subscriptions.revokeFeatures(auth, id, subId, body.subscription.features)),
    };
  }
}
