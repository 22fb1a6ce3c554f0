import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export const ACCOUNT_TOKEN_PURPOSES = [
  'confirmation',
  'invitation',
  'password_reset',
  'sso_link',
  'impersonation_revert',
] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A one-time token sent by email or handed to an admin (confirmation, invitation, password reset, SSO link,
 * impersonation revert). Only the SHA-256 of the ≥256-bit random token is stored; `usedAt` makes it single use.
 */
@Entity('account_tokens')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 32 }) purpose: AccountTokenPurpose;
  @Index('uq_account_tokens_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;
  @Index('idx_account_tokens_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
  /** The admin who minted it (invitation, SSO link, impersonation), null for self-service tokens. */
  @Column({ type: 'uuid', nullable: true }) createdById: string | null;
  /** Purpose-specific data that is not secret (e.g. the sessions of an impersonation). */
  @Column({ type: 'jsonb', default: () => "'{}'" }) context: Record<string, string>;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
