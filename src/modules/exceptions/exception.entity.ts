import {
  Column,
  CreateDateColumn,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ExceptionReason } from '../../common/ports/finding-exceptions';
import { type EntityRef, TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';

export const EXCEPTION_STATUSES = ['pending', 'active', 'rejected', 'expired', 'reset'] as const;
export type ExceptionStatus = (typeof EXCEPTION_STATUSES)[number];
/** Statuses in which an exception is shown on its findings (and, once active, counts). */
export const LIVE_STATUSES: readonly ExceptionStatus[] = ['pending', 'active'];

/** What an exception covers: one finding, or a rule (a check id on one host, one target, or the whole organization). */
export const EXCEPTION_SCOPES = ['vulnerability', 'host', 'target', 'organization'] as const;
export type ExceptionScope = (typeof EXCEPTION_SCOPES)[number];

/**
 * An exception to the findings of an organization: a false positive, an accepted risk, a compensating control or a
 * disputed severity, for one finding or for a check id (on a host, a target, or everywhere). It starts `pending`;
 * an Admin approves it (`active`) or rejects it; it ends `reset` or `expired`. At most one pending or active exception
 * per scope (`uq_exceptions_live_scope`, a partial expression index created by the migration).
 */
@TenantEntity('exceptions', { indexed: false })
@Index('idx_exceptions_org_status', ['organizationId', 'status'])
@Index('idx_exceptions_org_check', ['organizationId', 'checkId'])
@Index('idx_exceptions_due', ['expiresAt'], { where: `"status" IN ('pending', 'active') AND "expires_at" IS NOT NULL` })
@Index('uq_exceptions_live_scope', { synchronize: false })
export class FindingException extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 32 }) reason: ExceptionReason;
  @Column({ type: 'text' }) justification: string;
  @Column({ type: 'text', nullable: true }) evidence: string | null;
  /** The severity a `disputed_severity` exception rates its findings at while active. */
  @Column({ type: 'varchar', length: 10, nullable: true }) recastSeverity: string | null;
  @Column({ type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  @Column({ type: 'varchar', length: 16 }) status: ExceptionStatus;
  @Column({ type: 'varchar', length: 16 }) scope: ExceptionScope;

  @Index('idx_exceptions_vulnerability_id')
  @Column({ type: 'uuid', nullable: true })
  vulnerabilityId: string | null;
  @ManyToOne('Vulnerability', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'vulnerability_id' })
  vulnerability?: EntityRef | null;
  /** Lower-case, like the findings' check ids; for a one-finding exception, that finding's. */
  @Column({ type: 'varchar', length: 200 }) checkId: string;
  @Index('idx_exceptions_host_id')
  @Column({ type: 'uuid', nullable: true })
  hostId: string | null;
  @ManyToOne('Host', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'host_id' })
  host?: EntityRef | null;
  /** A target with exception rules cannot be deleted (RESTRICT): reset and delete the rules first. */
  @Index('idx_exceptions_target_id')
  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;
  @ManyToOne('Target', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'target_id' })
  target?: EntityRef | null;

  /** Findings it covers (see `ExceptionFinding`), kept up to date as later runs add findings to a rule. */
  @Column({ type: 'integer', default: 0 }) coveredCount: number;

  /** Who asked for it; null once that user is deleted. */
  @Index('idx_exceptions_user_id')
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef | null;
  /** Who changed its terms last (with the creator, who may not approve it unless the organization allows). */
  @Column({ type: 'uuid', nullable: true }) updatedById: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: EntityRef | null;
  /** Who approved or rejected it, when, and why. */
  @Column({ type: 'uuid', nullable: true }) reviewedById: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'reviewed_by_id' })
  reviewedBy?: EntityRef | null;
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
  @Column({ type: 'text', nullable: true }) reviewComment: string | null;
  /** Who reset it (null: expired, or not ended), and when it ended. */
  @Column({ type: 'uuid', nullable: true }) endedById: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'ended_by_id' })
  endedBy?: EntityRef | null;
  @Column({ type: 'timestamptz', nullable: true }) endedAt: Date | null;
  /** When `exception.expiring` was published for it (once: an active exception's expires_at cannot change). */
  @Column({ type: 'timestamptz', nullable: true }) expiringNoticeAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/**
 * A finding an exception covers: the one it names, or one its rule matched (when the rule was created, or when a later
 * run stored the finding). Kept when the exception ends, as the record of what it covered; gone with it.
 */
@TenantEntity('exception_findings', { indexed: false, foreignKey: false })
@Index('idx_exception_findings_vulnerability_id', ['vulnerabilityId'])
@Index('idx_exception_findings_exception_added', ['exceptionId', 'addedAt', 'vulnerabilityId'])
export class ExceptionFinding extends TenantOwned {
  @PrimaryColumn({ type: 'uuid' }) exceptionId: string;
  @ManyToOne(() => FindingException, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exception_id' })
  exception?: FindingException;
  @PrimaryColumn({ type: 'uuid' }) vulnerabilityId: string;
  @ManyToOne('Vulnerability', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vulnerability_id' })
  vulnerability?: EntityRef;
  @CreateDateColumn({ type: 'timestamptz' }) addedAt: Date;
}
