import { Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { Audited } from '../../common/audit/audited.decorator';
import { SubscriptionAttributesDto, UserProductAttributesDto } from './dto/subscription.dto';
import { presentSubscription, PRODUCT_TYPE, SUBSCRIPTION_TYPE } from './subscriptions.presenter';
import { SUBSCRIPTION_LIST_SPEC, USER_PRODUCT_LIST_SPEC } from './subscriptions.service';
import { UserPlansService } from './user-plans.service';

/** The signed-in user's view of its organization's plans and products. */
@ApiTags('User')
@Controller('v2/user')
export class UserPlansController {
  constructor(private readonly userPlans: UserPlansService) {}

  @Get('active_plans')
  @Authenticated()
  @ApiOperation({ summary: "Current user's active plans (subscriptions of its organization in force now)" })
  @ApiCollection(SUBSCRIPTION_TYPE, SubscriptionAttributesDto)
  @ApiErrors(422)
  async activePlans(@Auth() auth: AuthContext, @ListParams(SUBSCRIPTION_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.userPlans.activePlans(auth.user.organizationId, query);
    return collection(items.map(presentSubscription), meta);
  }

  @Get('subscriptions_history')
  @Authenticated()
  @ApiOperation({ summary: "Every subscription of the current user's organization, whatever its status" })
  @ApiCollection(SUBSCRIPTION_TYPE, SubscriptionAttributesDto)
  @ApiErrors(422)
  async history(@Auth() auth: AuthContext, @ListParams(SUBSCRIPTION_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.userPlans.history(auth.user.organizationId, query);
    return collection(items.map(presentSubscription), meta);
  }

  @Get('products')
  @Authenticated()
  @ApiOperation({
    summary: 'Products, with whether the organization subscribes to each and which one is active for the user',
  })
  @ApiCollection(PRODUCT_TYPE, UserProductAttributesDto)
  @ApiErrors(422)
  async products(@Auth() auth: AuthContext, @ListParams(USER_PRODUCT_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.userPlans.products(auth.user.id, auth.user.organizationId, query);
    return collection(items, meta);
  }

  @Put('product')
  @Authenticated()
  @Audited({ action: 'user.product.change', resource: 'user' })
  @ApiOperation({ summary: "Change the user's active product (one its organization subscribes to)" })
  @ApiQuery({ name: 'product', type: String, required: true, description: 'Product code', example: 'pci' })
  @ApiResource(PRODUCT_TYPE, UserProductAttributesDto, 200, 'The product now active for the user')
  @ApiErrors(422)
  async changeProduct(@Auth() auth: AuthContext, @Query('product') product: unknown) {
    return { data: await this.userPlans.changeProduct(auth.user.id, auth.user.organizationId, product) };
  }
}
