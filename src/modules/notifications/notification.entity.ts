import { Column, CreateDateColumn, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { type EntityRef, TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';

/**
 * An in-app notification of one user about one domain event of the user's organization. One per (user, event): a
 * redelivered event creates nothing twice. Indexes: the list (organization, user, newest first; it also serves the
 * organization's foreign key), the unread and unseen counts (partial), and the unique (user, event) that serves the
 * user's foreign key.
 */
@TenantEntity('notifications', { indexed: false })
@Index('idx_notifications_org_user_created', ['organizationId', 'userId', 'createdAt'])
@Index('idx_notifications_unread', ['organizationId', 'userId'], { where: '"read_at" IS NULL' })
@Index('idx_notifications_unseen', ['organizationId', 'userId'], { where: '"seen_at" IS NULL' })
@Index('uq_notifications_user_event', ['userId', 'eventId'], { unique: true })
export class Notification extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  /** The domain event it reports (no foreign key: relayed events are pruned, notifications stay). */
  @Column({ type: 'uuid' }) eventId: string;
  /** A notification event of the preferences catalogue (`scan_completed`, ...). */
  @Column({ type: 'varchar', length: 64 }) event: string;
  @Column({ type: 'varchar', length: 255 }) title: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) resourceType: string | null;
  @Column({ type: 'uuid', nullable: true }) resourceId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) seenAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
