import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { FeatureSet } from './features';
import { Product } from './product.entity';

export const INTERVALS = ['monthly', 'yearly', 'none'] as const;
export type Interval = (typeof INTERVALS)[number];

/**
 * A package of features for one product. A normal plan fixes its features; an `open` plan takes them at
 * subscription time (`number_of_ips: {limit: 5}`). At most one plan is the installation's default.
 */
@Entity('plans')
@Index('uq_plans_default', ['isDefault'], { unique: true, where: '"is_default" = true' })
export class Plan {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('uq_plans_code', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  code: string;
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Index('idx_plans_product_id')
  @Column({ type: 'uuid' })
  productId: string;
  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;
  @Column({ type: 'boolean', default: false }) open: boolean;
  @Column({ type: 'boolean', default: false }) isDefault: boolean;
  /** An organization Admin may subscribe its own organization to it (free tiers, trials). */
  @Column({ type: 'boolean', default: false }) selfService: boolean;
  @Column({ type: 'varchar', length: 16, default: 'monthly' }) interval: Interval;
  /** Decimal as text ("9.99"), never a float. */
  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 }) price: string;
  @Column({ type: 'jsonb', default: {} }) features: FeatureSet;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
