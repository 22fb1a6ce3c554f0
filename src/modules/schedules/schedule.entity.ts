import {
  Column,
  CreateDateColumn,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type EntityRef, TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';
import type { Frequency, WeekdayCode } from './recurrence';

/** What happened to the last run the dispatcher claimed. */
export const RUN_OUTCOMES = ['pending', 'started', 'skipped_already_running', 'scan_not_found', 'failed'] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

/**
 * A recurring (or one-time) run of a scan. The recurrence is stored field by field (what the API shows and edits)
 * and as RFC 5545 text (`rrule`, for export). `nextRunAt` is the next due run, null when the recurrence has ended;
 * the dispatcher finds due schedules through the partial index on it.
 */
@TenantEntity('schedules')
@Index('idx_schedules_due', ['nextRunAt'], { where: 'enabled = true AND next_run_at IS NOT NULL' })
export class Schedule extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The owner (creator, or whoever resources were transferred to). */
  @Index('idx_schedules_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @ManyToOne('User', { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef | null;
  /** The scan this schedule starts (owned by the scans module, validated through the ScanLauncher port). */
  @Index('idx_schedules_scan_id')
  @Column({ type: 'uuid' })
  scanId: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) name: string | null;
  /** Local wall time of the first run in `timeZone`, `YYYY-MM-DDTHH:mm:ss` (text: no driver time-zone conversion). */
  @Column({ type: 'varchar', length: 19 }) startAt: string;
  @Column({ type: 'varchar', length: 64 }) timeZone: string;
  @Column({ type: 'varchar', length: 16 }) frequency: Frequency;
  @Column({ type: 'integer', default: 1 }) interval: number;
  @Column({ type: 'varchar', length: 2, array: true, nullable: true }) weekdays: WeekdayCode[] | null;
  @Column({ type: 'smallint', nullable: true }) monthDay: number | null;
  @Column({ type: 'smallint', nullable: true }) weekOfMonth: number | null;
  @Column({ type: 'varchar', length: 2, nullable: true }) weekday: WeekdayCode | null;
  /** Last local day a run may happen, `YYYY-MM-DD` (inclusive). */
  @Column({ type: 'varchar', length: 10, nullable: true }) endDate: string | null;
  @Column({ type: 'integer', nullable: true }) count: number | null;
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  /** RFC 5545 `DTSTART;TZID=...` and `RRULE:...` lines. */
  @Column({ type: 'text' }) rrule: string;
  @Column({ type: 'timestamptz', nullable: true }) nextRunAt: Date | null;
  /** The slot of the last run the dispatcher claimed, and what became of it. */
  @Column({ type: 'timestamptz', nullable: true }) lastRunAt: Date | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) lastRunOutcome: RunOutcome | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
