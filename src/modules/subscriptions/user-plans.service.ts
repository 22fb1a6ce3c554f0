import { Injectable } from '@nestjs/common';
import { ParameterError } from '../../common/errors/app-error';
import type { ListQuery } from '../../common/listing/list-query';
import type { ProductChoicesDto } from './dto/subscription.dto';
import { SubscriptionsService } from './subscriptions.service';
import { UsersService } from '../users/users.service';

@Injectable()
export class UserPlansService {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly users: UsersService,
  ) {}

  activePlans(organizationId: string) {
    return this.subscriptions.activeFor(organizationId);
  }

  history(organizationId: string, query: ListQuery) {
    return this.subscriptions.history(organizationId, query);
  }

  async products(userId: string, organizationId: string): Promise<ProductChoicesDto> {
    const { all, subscribed } = await this.subscriptions.productsOf(organizationId);
    const active = await this.activeProductOf(userId);
    return {
      products: all.map((p) => ({
        id: p.id,
        code: p.code,
        name: p.name,
        subscribed: subscribed.has(p.id),
        active: p.code === active,
      })),
    };
  }

  /** Only a product the organization has a subscription in force for can become the user's active product. */
  async changeProduct(userId: string, organizationId: string, code: unknown): Promise<ProductChoicesDto> {
    if (typeof code !== 'string' || !code) throw new ParameterError(['product is required (a product code)']);
    const { all, subscribed } = await this.subscriptions.productsOf(organizationId);
    const product = all.find((p) => p.code === code);
    if (!product) throw new ParameterError(['product is not a known product']);
    if (!subscribed.has(product.id)) throw new ParameterError(['product is not one your organization subscribes to']);
    await this.users.setActiveProduct(userId, product.code);
    return this.products(userId, organizationId);
  }

  private async activeProductOf(userId: string): Promise<string | null> {
    return (await this.users.findById(userId)).activeProduct;
  }
}
