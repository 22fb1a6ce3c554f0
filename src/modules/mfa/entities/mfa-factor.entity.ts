import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EntityRef } from '../../../common/tenancy/tenant-entity';

export type FactorType = 'totp' | 'sms' | 'webauthn';

/** Postgres bigint comes back as a string; WebAuthn counters are uint32, so they fit a JS number. */
const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? 0 : Number(v)) };

/**
 * An enrolled second factor. One store for both API families (`/v2/user/mfa` and `/v1/identity/auth/mfa`).
 * Secrets never leave the server: the TOTP seed is encrypted at rest, WebAuthn keeps only the public key.
 */
@Entity('mfa_factors')
export class MfaFactor {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_mfa_factors_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  @Column({ type: 'varchar', length: 16 }) type: FactorType;
  @Column({ type: 'varchar', length: 100 }) label: string;
  /** TOTP seed, AES-256-GCM sealed (see SecretBox). */
  @Column({ type: 'text', nullable: true }) secretCiphertext: string | null;
  /** TOTP: the last accepted time step; any step at or before it is refused (replay, RFC 6238 §5.2). */
  @Column({ type: 'integer', nullable: true }) lastUsedStep: number | null;
  /** SMS: E.164 mobile number. */
  @Column({ type: 'varchar', length: 32, nullable: true }) phone: string | null;
  /** WebAuthn: base64url credential id, COSE public key (base64url), signature counter, transports, aaguid. */
  @Index('uq_mfa_factors_credential_id', { unique: true })
  @Column({ type: 'varchar', length: 1024, nullable: true })
  credentialId: string | null;
  @Column({ type: 'text', nullable: true }) publicKey: string | null;
  @Column({ type: 'bigint', default: 0, transformer: bigintAsNumber }) signCount: number;
  @Column({ type: 'jsonb', nullable: true }) transports: string[] | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) aaguid: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
}
