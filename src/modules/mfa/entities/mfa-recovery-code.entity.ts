import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EntityRef } from '../../../common/tenancy/tenant-entity';

/** One recovery code of one generation: argon2id hash only (80-bit codes need a salted password hash, mfa.md B-19). */
@Entity('mfa_recovery_codes')
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_mfa_recovery_codes_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  @Column({ type: 'integer' }) generation: number;
  @Column({ type: 'varchar', length: 255 }) codeHash: string;
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
}
