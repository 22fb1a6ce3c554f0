import { Injectable } from '@nestjs/common';
import { ParameterError } from '../../common/errors/app-error';
import type { ListQuery } from '../../common/listing/list-query';
import type { Product } from './product.entity';
import { presentProduct, PRODUCT_TYPE } from './subscriptions.presenter';
import { SubscriptionsService } from './subscriptions.service';
import { resource } from '../../common/http/resource';
import type { UserProductAttributesDto } from './dto/subscription.dto';
import { UsersService } from '../users/users.service';

@Injectable()
export class UserPlansService {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly users: UsersService,
  ) {}

  activePlans(organizationId: string, query: ListQuery) {
    return this.subscriptions.activeList(organizationId, query);
  }

  history(organizationId: string, query: ListQuery) {
    return this.subscriptions.history(organizationId, query);
  }

  async products(userId: string, organizationId: string, query: ListQuery) {
    const { items, meta, subscribed } = await this.subscriptions.productList(organizationId, query);
    const active = await this.activeProductOf(userId);
    return { items: items.map((p) => presentUserProduct(p, subscribed.has(p.id), p.code === active)), meta };
  }

  /** Only a product the organization has a subscription in force for can become the user's active product. */
  async changeProduct(userId: string, organizationId: string, code: unknown) {
    if (typeof code !== 'string' || !code) throw new ParameterError(['product is required (a product code)']);
    const { all, subscribed } = await this.subscriptions.productsOf(organizationId);
    const product = all.find((p) => p.code === code);
    if (!product) throw new ParameterError(['product is not a known product']);
    if (!subscribed.has(product.id)) throw new ParameterError(['product is not one your organization subscribes to']);
    await this.users.setActiveProduct(userId, product.code);
    return presentUserProduct(product, true, true);
  }

  private async activeProductOf(userId: string): Promise<string | null> {
    return (await this.users.findById(userId)).activeProduct;
  }
}

const presentUserProduct = (p: Product, subscribed: boolean, active: boolean) =>
  resource<UserProductAttributesDto>(PRODUCT_TYPE, p.id, { ...presentProduct(p).attributes, subscribed, active });
