import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EntityRef } from '../../../common/tenancy/tenant-entity';

export type CeremonyKind = 'totp_enroll' | 'sms_enroll' | 'webauthn_enroll' | 'webauthn_step_up' | 'webauthn_sign_in';

/**
 * A pending, single-use, short-lived ceremony: an enrollment not verified yet or a WebAuthn step-up challenge.
 * The client holds a random token (only its SHA-256 is stored); consuming the row is one conditional UPDATE, so a
 * token or challenge can be used once even under concurrent requests.
 */
@Entity('mfa_ceremonies')
export class MfaCeremony {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_mfa_ceremonies_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  @Column({ type: 'varchar', length: 24 }) kind: CeremonyKind;
  @Index('uq_mfa_ceremonies_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;
  /** Step-up ceremonies are bound to the session that started them. */
  @Column({ type: 'uuid', nullable: true }) sessionId: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) label: string | null;
  /** Provisional TOTP seed, sealed. */
  @Column({ type: 'text', nullable: true }) secretCiphertext: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) phone: string | null;
  /** WebAuthn challenge (base64url). */
  @Column({ type: 'varchar', length: 128, nullable: true }) challenge: string | null;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) consumedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
