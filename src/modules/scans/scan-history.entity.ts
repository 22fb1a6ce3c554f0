import { Column, JoinColumn, ManyToOne, CreateDateColumn, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';
import { Scan } from './scan.entity';
import type { RunStatus } from './scan-state';

/** Counts of one run, computed when it completes. */
export interface RunStatistics {
  hosts_total: number;
  hosts_up: number;
  open_ports: number;
  vulnerabilities: { total: number; critical: number; high: number; medium: number; low: number; info: number };
  pci: { status: 'pass' | 'fail'; failing: number };
  /**
   * Compared with the previous completed run of the same scan. `reopened`: findings this run reports that were
   * fixed before (also counted in `new` when the previous run did not have them); absent on runs stored before it.
   */
  changes: { new: number; fixed: number; persisting: number; reopened?: number; previous_history_id: string | null };
  /** Findings of the run known exploited (CISA KEV) when it completed; absent on runs stored before it. */
  known_exploited?: number;
  /**
   * Findings of the run under an active exception now, by reason. Never stored: the API adds it (and applies the
   * exceptions to `vulnerabilities` and `pci`) when it shows a run.
   */
  exceptions?: {
    false_positive: number;
    accepted_risk: number;
    compensating_control: number;
    disputed_severity: number;
  };
}

/**
 * What a completed run covered, as it decided which findings it closed: the hosts it reached, the ports it probed,
 * the check ids it ran (engine capabilities ∩ profile families) and the open ports where no version was identified
 * (version rules did not run there).
 */
export interface RunCoverageRecord {
  engine: string;
  check_ids: string[];
  ports: { protocol: 'tcp' | 'udp'; start: number; end: number }[];
  hosts: string[];
  unidentified: string[];
}

/** One run of a scan (API: "history"). */
@TenantEntity('scan_histories', { indexed: false, foreignKey: false })
@Index('idx_scan_histories_scan_created', ['scanId', 'createdAt'])
@Index('idx_scan_histories_org_status', ['organizationId', 'status'])
export class ScanHistory extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) scanId: string;
  @ManyToOne(() => Scan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scan_id' })
  scan?: Scan;
  /** Who started it; null when a schedule did. */
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'uuid', nullable: true }) scheduleId: string | null;
  @Column({ type: 'varchar', length: 16 }) trigger: 'manual' | 'schedule';
  @Column({ type: 'varchar', length: 16 }) status: RunStatus;
  @Column({ type: 'smallint', default: 0 }) progress: number;
  @Column({ type: 'smallint', default: 1 }) attempt: number;
  @Column({ type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) heartbeatAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) stopRequestedAt: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) errorMessage: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) engine: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) engineVersion: string | null;
  /** What was scanned, as resolved when the run started (the target may change later). */
  @Column({ type: 'varchar', length: 255, nullable: true }) targetName: string | null;
  @Column({ type: 'integer', nullable: true }) hostCount: number | null;
  @Column({ type: 'jsonb', nullable: true }) statistics: RunStatistics | null;
  /** Set when the run completes: what it covered (only findings inside it could be closed by it). */
  @Column({ type: 'jsonb', nullable: true }) coverage: RunCoverageRecord | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
