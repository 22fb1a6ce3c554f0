import { Column, CreateDateColumn, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';
import { Webhook } from './webhook.entity';

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_KINDS = ['event', 'ping', 'redelivery'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/**
 * One event sent to one webhook (its id is `X-CG-Hook-Delivery`, the same on every try). The body is kept as sent so
 * that every try (and a redelivery) sends the same bytes. One delivery per (event, webhook) for `event` deliveries:
 * a redelivered domain event cannot fan out twice.
 */
@TenantEntity('webhook_deliveries', { indexed: false })
@Index('idx_webhook_deliveries_webhook_created', ['webhookId', 'createdAt'])
@Index('uq_webhook_deliveries_event_webhook', ['eventId', 'webhookId'], { unique: true, where: `"kind" = 'event'` })
export class WebhookDelivery extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) webhookId: string;
  @ManyToOne(() => Webhook, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id' })
  webhook?: Webhook;
  @Column({ type: 'varchar', length: 16 }) kind: DeliveryKind;
  /** Webhook event name (`scan_completed`, `ping`). */
  @Column({ type: 'varchar', length: 64 }) event: string;
  /** The payload's `id` (the domain event's id; a redelivery keeps it, so receivers can deduplicate). */
  @Column({ type: 'uuid' }) eventId: string;
  /** The delivery this one repeats (kind `redelivery`). */
  @Column({ type: 'uuid', nullable: true }) redeliveryOf: string | null;
  /** The JSON body, exactly as signed and sent. */
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'varchar', length: 16 }) status: DeliveryStatus;
  @Column({ type: 'int', default: 0 }) attemptCount: number;
  @Column({ type: 'int', nullable: true }) responseStatus: number | null;
  @Column({ type: 'timestamptz', nullable: true }) lastAttemptAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) nextAttemptAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** One try of a delivery: what was sent and what came back. */
@TenantEntity('webhook_delivery_attempts', { indexed: false, foreignKey: false })
@Index('uq_webhook_delivery_attempts_number', ['deliveryId', 'number'], { unique: true })
export class WebhookDeliveryAttempt extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) deliveryId: string;
  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDelivery;
  /** 1 for the first try. */
  @Column({ type: 'int' }) number: number;
  @Column({ type: 'varchar', length: 2048 }) url: string;
  @Column({ type: 'jsonb' }) requestHeaders: Record<string, string>;
  @Column({ type: 'int', nullable: true }) responseStatus: number | null;
  @Column({ type: 'jsonb', nullable: true }) responseHeaders: Record<string, string> | null;
  /** The first 4 KB of the answer's body. */
  @Column({ type: 'text', nullable: true }) responseBody: string | null;
  @Column({ type: 'int' }) durationMs: number;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ type: 'timestamptz' }) startedAt: Date;
}
