import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EntityRef } from '../../../common/tenancy/tenant-entity';

export type SmsPurpose = 'sign_in' | 'enroll' | 'step_up';

/**
 * A 6-digit code sent by SMS, valid for the one purpose and context it was sent for (a sign-in challenge, an
 * enrollment, a session). argon2id hash only; 10 minutes; single use.
 */
@Entity('mfa_sms_codes')
@Index('idx_mfa_sms_codes_user_purpose', ['userId', 'purpose'])
@Index('idx_mfa_sms_codes_phone_sent', ['phone', 'sentAt'])
@Index('idx_mfa_sms_codes_ip_sent', ['ip', 'sentAt'])
export class MfaSmsCode {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  @Column({ type: 'varchar', length: 16 }) purpose: SmsPurpose;
  /** The challenge, ceremony or session the code belongs to. */
  @Column({ type: 'uuid' }) contextId: string;
  @Column({ type: 'varchar', length: 255 }) codeHash: string;
  @Column({ type: 'timestamptz' }) sentAt: Date;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) consumedAt: Date | null;
  /** Where the code went and who asked (E.164; client IP), for the send caps against SMS pumping. */
  @Column({ type: 'varchar', length: 32, nullable: true }) phone: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip: string | null;
}
