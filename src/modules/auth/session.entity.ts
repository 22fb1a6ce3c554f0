import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EntityRef } from '../../common/tenancy/tenant-entity';

/**
 * A signed-in session. The JWT only names it (`sid`): revoking the row ends the token at once, on every instance.
 */
@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_sessions_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  /** Set when an admin impersonates `userId`. */
  @Column({ type: 'uuid', nullable: true }) impersonatorId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) lastSeenAt: Date;
  /** Absolute end of the session (24 h after sign-in at most). */
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  /**
   * When this session last proved a second factor (sign-in with a code, `verify_installation`, a step-up): within
   * `STEP_UP_WINDOW_SECONDS` of it, `/v2` routes that need a step-up accept the session as it is ("sudo mode").
   */
  @Column({ type: 'timestamptz', nullable: true }) secondFactorAt: Date | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) revokedReason: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip: string | null;
  @Column({ type: 'varchar', length: 512, nullable: true }) userAgent: string | null;
}
