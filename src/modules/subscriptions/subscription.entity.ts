import {
  Column,
  CreateDateColumn,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';
import type { FeatureSet } from './features';
import { type Interval, Plan } from './plan.entity';
import { Product } from './product.entity';

export const SUBSCRIPTION_STATUSES = ['active', 'inactive', 'canceled'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/**
 * An organization's plan over a period. `features` holds what was assigned to this subscription (open plans,
 * extras); it overrides the plan's features key by key. The partial unique index is the last line of defence for
 * "one active subscription per product".
 */
@TenantEntity('subscriptions')
@Index('uq_subscriptions_active_product', ['organizationId', 'productId'], {
  unique: true,
  where: `"status" = 'active'`,
})
export class Subscription extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_subscriptions_plan_id')
  @Column({ type: 'uuid' })
  planId: string;
  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;
  @Column({ type: 'uuid' }) productId: string;
  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;
  @Column({ type: 'varchar', length: 16, default: 'active' }) status: SubscriptionStatus;
  @Column({ type: 'varchar', length: 16, default: 'monthly' }) interval: Interval;
  @Column({ type: 'timestamptz' }) startDate: Date;
  @Index('idx_subscriptions_end_date')
  @Column({ type: 'timestamptz', nullable: true })
  endDate: Date | null;
  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 }) price: string;
  @Column({ type: 'boolean', default: false }) trialEnabled: boolean;
  @Column({ type: 'jsonb', default: {} }) features: FeatureSet;
  @Column({ type: 'timestamptz', nullable: true }) canceledAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
