import {
  Column,
  CreateDateColumn,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';
import { AdvancedReport } from './advanced-report.entity';
import type { ReportFilters, ReportFormat, ReportKind, ReportScope, ReportStatus } from './report-kinds';

/**
 * A generated report file: what was asked (kind, format, scope, filters, sections), how far its job got, and the
 * file's identity (name, size, SHA-256 and the installation's Ed25519 signature of that digest). The bytes live in
 * the configured `ReportStorage` under `storage_key`; retention removes them after `expires_at` and keeps the row, so
 * that a copy can still be verified by its hash.
 */
@TenantEntity('reports', { indexed: false })
@Index('idx_reports_org_created', ['organizationId', 'createdAt'])
@Index('idx_reports_advanced_report', ['advancedReportId', 'createdAt'])
@Index('idx_reports_expires_at', ['expiresAt'])
export class Report extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Who asked for it (the definition's owner for a recurring run). */
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'uuid', nullable: true }) advancedReportId: string | null;
  @ManyToOne(() => AdvancedReport, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'advanced_report_id' })
  advancedReport?: AdvancedReport;
  /** `schedule`: made by a definition's recurrence (its recipients are emailed); `manual`: asked for. */
  @Column({ type: 'varchar', length: 16, default: 'manual' }) trigger: 'manual' | 'schedule';
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'varchar', length: 16 }) kind: ReportKind;
  @Column({ type: 'varchar', length: 8 }) format: ReportFormat;
  @Column({ type: 'jsonb', default: () => "'{}'" }) scope: ReportScope;
  @Column({ type: 'jsonb', default: () => "'{}'" }) filters: ReportFilters;
  /** Sections to include (null: all of the kind's). */
  @Column({ type: 'text', array: true, nullable: true }) sections: string[] | null;
  /** IANA zone the PDF shows dates in (the requester's). */
  @Column({ type: 'varchar', length: 64, default: 'UTC' }) timeZone: string;
  @Column({ type: 'varchar', length: 16, default: 'queued' }) status: ReportStatus;
  @Column({ type: 'smallint', default: 0 }) progress: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) errorMessage: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) fileName: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) contentType: string | null;
  @Column({ type: 'bigint', nullable: true }) size: string | null;
  /** SHA-256 of the file, lower-case hex. */
  @Column({ type: 'varchar', length: 64, nullable: true }) sha256: string | null;
  /** base64 Ed25519 signature of the 32-byte SHA-256 digest, by the installation's report signing key. */
  @Column({ type: 'varchar', length: 128, nullable: true }) signature: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) storageBackend: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) storageKey: string | null;
  @Column({ type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) generatedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  /** When retention removed the file (the row stays for verification by hash). */
  @Column({ type: 'timestamptz', nullable: true }) fileDeletedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
