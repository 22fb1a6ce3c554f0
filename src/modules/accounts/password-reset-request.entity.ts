import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One "forgot password" request, kept one hour for rate limiting per typed email and per IP. The key is hashed
 * (`email:<address>` / `ip:<address>`), so this table holds no address of anybody, existing or not.
 */
@Entity('password_reset_requests')
@Index('idx_password_reset_requests_key_requested_at', ['keyHash', 'requestedAt'])
export class PasswordResetRequest {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 64 }) keyHash: string;
  @CreateDateColumn({ type: 'timestamptz' }) requestedAt: Date;
}
