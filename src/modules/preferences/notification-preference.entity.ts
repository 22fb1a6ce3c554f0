import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EntityRef } from '../../common/tenancy/tenant-entity';

/** A user's choice for one notification event. No row means the event's default (see notification-events.ts). */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' }) userId: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  @PrimaryColumn({ type: 'varchar', length: 64 }) event: string;
  @Column({ type: 'boolean' }) enabled: boolean;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
