import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';
import type { ServiceResult } from '../scan-engines/scan-engine';

/**
 * A host of an organization across all its scans (one row per address). The open-vulnerability counters are
 * recomputed for the hosts a run touched, so that `/v2/hosts/most_vulnerable` is an index read, not an aggregate.
 */
@TenantEntity('hosts', { indexed: false })
@Index('uq_hosts_org_address', ['organizationId', 'address'], { unique: true })
@Index('idx_hosts_org_risk', ['organizationId', 'riskScore'])
export class Host extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 255 }) address: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) hostname: string | null;
  @Column({ type: 'varchar', length: 8 }) status: 'up' | 'down';
  @Column({ type: 'varchar', length: 255, nullable: true }) os: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) services: ServiceResult[];
  @Column({ type: 'integer', default: 0 }) openPorts: number;
  @Column({ type: 'integer', default: 0 }) criticalCount: number;
  @Column({ type: 'integer', default: 0 }) highCount: number;
  @Column({ type: 'integer', default: 0 }) mediumCount: number;
  @Column({ type: 'integer', default: 0 }) lowCount: number;
  @Column({ type: 'integer', default: 0 }) infoCount: number;
  /** Sort key of "most vulnerable": weighted open counts (critical 1000, high 100, medium 10, low 1). */
  @Column({ type: 'integer', default: 0 }) riskScore: number;
  @Column({ type: 'boolean', default: false }) pciFail: boolean;
  @Column({ type: 'timestamptz' }) firstSeenAt: Date;
  @Column({ type: 'timestamptz' }) lastSeenAt: Date;
  @Column({ type: 'uuid', nullable: true }) lastScanId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
