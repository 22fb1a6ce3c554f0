import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The transactional outbox: a domain event, written by the transaction that made the change it reports, so that it
 * exists if and only if that change committed. The relay hands it to each subscriber and sets `relayed_at`;
 * relayed events are pruned after EVENTS_RETENTION_DAYS.
 */
@Entity('domain_events')
@Index('idx_domain_events_pending', ['occurredAt'], { where: '"relayed_at" IS NULL' })
@Index('idx_domain_events_relayed_at', ['relayedAt'])
export class DomainEventRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  /** No foreign key: an event about an organization outlives it (e.g. its deletion is an event too). */
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' }) occurredAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) relayedAt: Date | null;
}

/** A subscriber handled an event: a redelivery of the same event to it is skipped. Pruned with the events. */
@Entity('domain_event_receipts')
@Index('idx_domain_event_receipts_received_at', ['receivedAt'])
export class DomainEventReceipt {
  @PrimaryColumn({ type: 'uuid' }) eventId: string;
  @PrimaryColumn({ type: 'varchar', length: 200 }) subscriber: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) receivedAt: Date;
}
