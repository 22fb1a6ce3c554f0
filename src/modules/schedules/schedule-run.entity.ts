import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';
import { Schedule, type RunOutcome } from './schedule.entity';

/**
 * One claimed slot of a schedule. The unique (schedule, slot) pair is the last line of defence against a run being
 * started twice when several dispatchers race; skipped runs (scan still running) are kept here too.
 */
@TenantEntity('schedule_runs', { foreignKey: false })
@Unique('uq_schedule_runs_slot', ['scheduleId', 'scheduledFor'])
export class ScheduleRun extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) scheduleId: string;
  @ManyToOne(() => Schedule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'schedule_id' })
  schedule?: Schedule;
  @Column({ type: 'uuid' }) scanId: string;
  /** The due time of the slot (the schedule's next_run_at when claimed). */
  @Column({ type: 'timestamptz' }) scheduledFor: Date;
  @Column({ type: 'timestamptz' }) claimedAt: Date;
  /** When the scan was handed to the scans module (lag = dispatchedAt - scheduledFor). */
  @Column({ type: 'timestamptz', nullable: true }) dispatchedAt: Date | null;
  @Column({ type: 'varchar', length: 32 }) outcome: RunOutcome;
  /** The scan history the run created, when it started. */
  @Column({ type: 'uuid', nullable: true }) historyId: string | null;
}
