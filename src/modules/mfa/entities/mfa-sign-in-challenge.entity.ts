import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EntityRef } from '../../../common/tenancy/tenant-entity';

/**
 * The state between the password step and the second step of sign-in (`otp_session_state`, stored as SHA-256).
 * Single use, 10 minutes, dead after 5 wrong codes.
 */
@Entity('mfa_sign_in_challenges')
export class MfaSignInChallenge {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_mfa_sign_in_challenges_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  @Index('uq_mfa_sign_in_challenges_state_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  stateHash: string;
  @Column({ type: 'integer', default: 0 }) failedAttempts: number;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) consumedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
