import { Column, JoinColumn, ManyToOne, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';
import { ScanHistory } from './scan-history.entity';
import type { ServiceResult } from '../scan-engines/scan-engine';

/** A host as one run saw it. */
@TenantEntity('scan_hosts', { indexed: false, foreignKey: false })
@Index('idx_scan_hosts_history', ['historyId', 'address'])
export class ScanHost extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_scan_hosts_scan_id')
  @Column({ type: 'uuid' })
  scanId: string;
  @Column({ type: 'uuid' }) historyId: string;
  @ManyToOne(() => ScanHistory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'history_id' })
  history?: ScanHistory;
  /** The organization-wide host (`/v2/hosts`). */
  @Column({ type: 'uuid', nullable: true }) hostId: string | null;
  @Column({ type: 'varchar', length: 255 }) address: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) hostname: string | null;
  @Column({ type: 'varchar', length: 8 }) status: 'up' | 'down';
  @Column({ type: 'varchar', length: 255, nullable: true }) os: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) services: ServiceResult[];
  @Column({ type: 'integer', default: 0 }) vulnerabilityCount: number;
  @Column({ type: 'smallint', nullable: true }) maxSeverityRank: number | null;
  @Column({ type: 'timestamptz' }) scannedAt: Date;
}
