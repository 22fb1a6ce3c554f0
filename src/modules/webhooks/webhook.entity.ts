import {
  Column,
  CreateDateColumn,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type EntityRef, TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';

/** A receiver URL of an organization and the events it gets. The secret is sealed (AES-256-GCM, SecretBox). */
@TenantEntity('webhooks')
export class Webhook extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Creator (owner: told when the webhook is disabled); null once that user is gone. */
  @Index('idx_webhooks_user_id')
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef | null;
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'varchar', length: 2048 }) url: string;
  /** Webhook event names (`scan_completed`, ...) or `*`. */
  @Column({ type: 'text', array: true }) events: string[];
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'text' }) secretSealed: string;
  /** The secret before the last rotation, still signing (second header) until `previousSecretExpiresAt`. */
  @Column({ type: 'text', nullable: true }) previousSecretSealed: string | null;
  @Column({ type: 'timestamptz', nullable: true }) previousSecretExpiresAt: Date | null;
  /** Deliveries that failed every attempt since the last success. */
  @Column({ type: 'int', default: 0 }) consecutiveFailures: number;
  /** First failed attempt since the last success (null: not failing). */
  @Column({ type: 'timestamptz', nullable: true }) failingSince: Date | null;
  /** Set when the webhook was switched off for failing; cleared by activate. */
  @Column({ type: 'timestamptz', nullable: true }) disabledAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) disabledReason: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
