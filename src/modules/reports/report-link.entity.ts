import { Column, CreateDateColumn, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';
import { Report } from './report.entity';

/**
 * A download link emailed to one recipient of a recurring report: a 256-bit token stored as its SHA-256, valid until
 * `expires_at`. One per (report, recipient), so a redelivered event does not mail twice.
 */
@TenantEntity('report_links')
@Index('uq_report_links_report_recipient', ['reportId', 'recipient'], { unique: true })
export class ReportLink extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) reportId: string;
  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Report;
  @Index('uq_report_links_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;
  @Column({ type: 'varchar', length: 255 }) recipient: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'integer', default: 0 }) downloads: number;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
