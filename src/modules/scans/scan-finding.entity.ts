import { Column, JoinColumn, ManyToOne, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';
import { ScanHistory } from './scan-history.entity';

/**
 * One finding as one run reported it. The organization-wide, deduplicated record (first/last seen, open/fixed)
 * is the `vulnerabilities` row it points to; `change` says how it compares with the scan's previous run.
 */
@TenantEntity('scan_findings', { indexed: false, foreignKey: false })
@Index('idx_scan_findings_history', ['historyId', 'severityRank', 'id'])
export class ScanFinding extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_scan_findings_scan_id')
  @Column({ type: 'uuid' })
  scanId: string;
  @Column({ type: 'uuid' }) historyId: string;
  @ManyToOne(() => ScanHistory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'history_id' })
  history?: ScanHistory;
  @Column({ type: 'uuid' }) scanHostId: string;
  @Index('idx_scan_findings_vulnerability_id')
  @Column({ type: 'uuid' })
  vulnerabilityId: string;
  @Column({ type: 'varchar', length: 255 }) host: string;
  @Column({ type: 'integer', nullable: true }) port: number | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) protocol: string | null;
  @Column({ type: 'varchar', length: 200 }) checkId: string;
  @Column({ type: 'varchar', length: 500 }) title: string;
  @Column({ type: 'varchar', length: 10 }) severity: string;
  @Column({ type: 'smallint' }) severityRank: number;
  @Column({ type: 'double precision' }) cvssScore: number;
  @Column({ type: 'text' }) evidence: string;
  @Column({ type: 'boolean' }) pciFail: boolean;
  @Column({ type: 'varchar', length: 16 }) change: 'new' | 'persisting';
}
