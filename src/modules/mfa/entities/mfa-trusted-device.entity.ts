import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EntityRef } from '../../../common/tenancy/tenant-entity';

/** "Remember this device": 30 days without the second step. The client keeps the token; we keep its SHA-256. */
@Entity('mfa_trusted_devices')
export class MfaTrustedDevice {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_mfa_trusted_devices_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  @Index('uq_mfa_trusted_devices_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) label: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ipAddress: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) lastSeenAt: Date;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
}
