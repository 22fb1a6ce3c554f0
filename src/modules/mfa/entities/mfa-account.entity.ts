import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EntityRef } from '../../../common/tenancy/tenant-entity';

/** Per-user MFA state: preferred method, recovery-code generation, and the account-wide failure counter. */
@Entity('mfa_accounts')
export class MfaAccount {
  @PrimaryColumn({ type: 'uuid' }) userId: string;
  @OneToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  @Column({ type: 'varchar', length: 8, nullable: true }) defaultMethod: 'sms' | 'totp' | null;
  /** 0 = no batch was ever issued. */
  @Column({ type: 'integer', default: 0 }) recoveryGeneration: number;
  /** The latest batch in plaintext, sealed, until `GET /v2/user/mfa/recovery_codes` has shown it once. */
  @Column({ type: 'text', nullable: true }) unrevealedCodesCiphertext: string | null;
  /** Consecutive failed second-factor attempts on this account (all paths); reset by a success. */
  @Column({ type: 'integer', default: 0 }) failedAttempts: number;
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil: Date | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
