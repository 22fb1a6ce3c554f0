import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';
import type { Recurrence } from '../schedules/recurrence';
import type { ReportFilters, ReportFormat, ReportKind, ReportScope } from './report-kinds';

/** A saved report definition: generated on demand or on its recurrence, its files are ordinary reports. */
@TenantEntity('advanced_reports')
@Index('idx_advanced_reports_next_run_at', ['nextRunAt'])
export class AdvancedReport extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Owner: recurring runs are requested in their name (time zone, access). */
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'varchar', length: 16 }) kind: ReportKind;
  @Column({ type: 'varchar', length: 8 }) format: ReportFormat;
  @Column({ type: 'jsonb', default: () => "'{}'" }) scope: ReportScope;
  @Column({ type: 'jsonb', default: () => "'{}'" }) filters: ReportFilters;
  @Column({ type: 'text', array: true, nullable: true }) sections: string[] | null;
  /** Email addresses told when a recurring run completes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) recipients: string[];
  /** An Admin allowed sending download links to recipients outside the organization. */
  @Column({ type: 'uuid', nullable: true }) externalRecipientsApprovedBy: string | null;
  @Column({ type: 'jsonb', nullable: true }) recurrence: Recurrence | null;
  @Column({ type: 'text', nullable: true }) rrule: string | null;
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @Column({ type: 'timestamptz', nullable: true }) nextRunAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastRunAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) lastReportId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
