import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';
import type { RunStatus } from './scan-state';

/**
 * A scan: what to scan (target), with what (scanner, scan profile). Each start creates a run (`ScanHistory`);
 * `status`/`progress` mirror the latest run so that lists need no join.
 */
@TenantEntity('scans', { indexed: false })
@Index('idx_scans_org_created', ['organizationId', 'createdAt'])
export class Scan extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_scans_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Index('idx_scans_target_id')
  @Column({ type: 'uuid' })
  targetId: string;
  @Column({ type: 'uuid', nullable: true }) scannerId: string | null;
  @Column({ type: 'uuid', nullable: true }) scanProfileId: string | null;
  /** Ports to scan instead of the profile's port list (a built-in list or one of the organization's). */
  @Column({ type: 'uuid', nullable: true }) portListId: string | null;
  /** `never_run` until the first start, then the latest run's status. */
  @Column({ type: 'varchar', length: 16, default: 'never_run' }) status: RunStatus | 'never_run';
  @Column({ type: 'smallint', default: 0 }) progress: number;
  @Column({ type: 'uuid', nullable: true }) lastHistoryId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) lastStartedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastFinishedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
