import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Env } from '../../config/env';
import { RecurrenceRule } from './recurrence';
import { ScanLauncherAccess } from './scan-launcher.access';
import { Schedule, type RunOutcome } from './schedule.entity';
import { SchedulesClock } from './schedules.clock';

/** How often each instance looks for due schedules. Lag from due time to queued scan is at most about this. */
export const DISPATCH_INTERVAL_MS = 1000;
/** Schedules claimed per transaction; a tick keeps claiming until nothing is due. */
const CLAIM_BATCH = 500;
/** Runs handed to the scans module at the same time. */
const START_CONCURRENCY = 16;

export interface DispatchedRun {
  runId: string;
  scheduleId: string;
  scanId: string;
  scheduledFor: Date;
  outcome: RunOutcome;
}

interface ClaimedRun {
  runId: string;
  scheduleId: string;
  organizationId: string;
  scanId: string;
  scheduledFor: Date;
}

/**
 * Starts due schedules' scans, exactly once each, with any number of API instances on one database.
 *
 * A tick claims due schedules with `FOR UPDATE SKIP LOCKED` (another instance skips rows being claimed) and, in the
 * same transaction, moves each `next_run_at` to the first slot after now and records the claimed slot in
 * `schedule_runs` (unique per schedule and slot). Once that commits no other instance sees the slot as due, so it
 * is started once. Slots missed while the service was down collapse into that one run. Scans are started after the
 * commit (PGlite has a single connection, and a slow scans module must not hold row locks); a crash between the
 * commit and the start loses that run rather than running it twice.
 */
@Injectable()
export class ScheduleDispatcher {
  private readonly logger = new Logger(ScheduleDispatcher.name);
  private ticking = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly launcher: ScanLauncherAccess,
    private readonly clock: SchedulesClock,
    private readonly env: Env,
  ) {}

  @Interval('schedules.dispatch', DISPATCH_INTERVAL_MS)
  async tick(): Promise<void> {
    if (!this.env.RUN_PERIODIC_TASKS || this.ticking || !this.launcher.find()) return;
    this.ticking = true;
    try {
      await this.dispatchDue();
    } catch (err) {
      this.logger.error(`Schedule dispatch failed: ${(err as Error).message}`);
    } finally {
      this.ticking = false;
    }
  }

  /** Claims every schedule due at `now` and starts its run. Returns the runs this call started or skipped. */
  async dispatchDue(now: Date = this.clock.now()): Promise<DispatchedRun[]> {
    const launcher = this.launcher.get();
    const done: DispatchedRun[] = [];
    for (;;) {
      const { claimed, rows } = await this.claim(now, CLAIM_BATCH);
      for (let i = 0; i < claimed.length; i += START_CONCURRENCY) {
        const chunk = claimed.slice(i, i + START_CONCURRENCY);
        const outcomes = await Promise.all(chunk.map((run) => this.start(launcher, run)));
        await this.record(chunk, outcomes);
        chunk.forEach((run, j) =>
          done.push({
            runId: run.runId,
            scheduleId: run.scheduleId,
            scanId: run.scanId,
            scheduledFor: run.scheduledFor,
            outcome: outcomes[j].outcome,
          }),
        );
      }
      if (rows < CLAIM_BATCH) return done;
    }
  }

  private async claim(now: Date, limit: number): Promise<{ claimed: ClaimedRun[]; rows: number }> {
    return this.dataSource.transaction(async (tx) => {
      const due = await tx
        .getRepository(Schedule)
        .createQueryBuilder('s')
        .where('s.enabled = true AND s.next_run_at IS NOT NULL AND s.next_run_at <= :now', { now })
        .orderBy('s.next_run_at', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (!due.length) return { claimed: [], rows: 0 };

      const next = due.map((s) => {
        try {
          return new RecurrenceRule({ ...s, weekdays: s.weekdays ?? null }).nextAfter(now);
        } catch (err) {
          // A row that no longer parses must not block the others; it stops instead of firing in a loop.
          this.logger.error(`Schedule ${s.id} has an invalid recurrence: ${(err as Error).message}`);
          return null;
        }
      });
      await tx.query(
        `UPDATE schedules AS s SET next_run_at = v.next_run_at, last_run_at = v.slot, last_run_outcome = 'pending'
           FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::timestamptz[]) AS next_run_at, unnest($3::timestamptz[]) AS slot) AS v
          WHERE s.id = v.id`,
        [due.map((s) => s.id), next.map((d) => d?.toISOString() ?? null), due.map((s) => s.nextRunAt!.toISOString())],
      );
      const inserted: { id: string; schedule_id: string }[] = await tx.query(
        `INSERT INTO schedule_runs (schedule_id, organization_id, scan_id, scheduled_for, claimed_at, outcome)
         SELECT v.schedule_id, v.organization_id, v.scan_id, v.scheduled_for, $5, 'pending'
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[]) AS v(schedule_id, organization_id, scan_id, scheduled_for)
         ON CONFLICT (schedule_id, scheduled_for) DO NOTHING
         RETURNING id, schedule_id`,
        [
          due.map((s) => s.id),
          due.map((s) => s.organizationId),
          due.map((s) => s.scanId),
          due.map((s) => s.nextRunAt!.toISOString()),
          now.toISOString(),
        ],
      );
      const runIds = new Map(inserted.map((r) => [r.schedule_id, r.id]));
      const claimed = due
        .filter((s) => runIds.has(s.id))
        .map((s) => ({
          runId: runIds.get(s.id)!,
          scheduleId: s.id,
          organizationId: s.organizationId,
          scanId: s.scanId,
          scheduledFor: s.nextRunAt!,
        }));
      return { claimed, rows: due.length };
    });
  }

  private async start(
    launcher: ReturnType<ScanLauncherAccess['get']>,
    run: ClaimedRun,
  ): Promise<{ outcome: RunOutcome; historyId: string | null; at: Date }> {
    try {
      const result = await launcher.startScheduled(run.organizationId, run.scanId, run.scheduleId);
      const at = this.clock.now();
      if (result.started) return { outcome: 'started', historyId: result.historyId, at };
      return {
        outcome: result.reason === 'already_running' ? 'skipped_already_running' : 'scan_not_found',
        historyId: null,
        at,
      };
    } catch (err) {
      this.logger.error(`Starting scan ${run.scanId} for schedule ${run.scheduleId} failed: ${(err as Error).message}`);
      return { outcome: 'failed', historyId: null, at: this.clock.now() };
    }
  }

  private async record(runs: ClaimedRun[], outcomes: { outcome: RunOutcome; historyId: string | null; at: Date }[]) {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE schedule_runs AS r SET outcome = v.outcome, history_id = v.history_id, dispatched_at = v.at
           FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::text[]) AS outcome, unnest($3::uuid[]) AS history_id, unnest($4::timestamptz[]) AS at) AS v
          WHERE r.id = v.id`,
        [
          runs.map((r) => r.runId),
          outcomes.map((o) => o.outcome),
          outcomes.map((o) => o.historyId),
          outcomes.map((o) => o.at.toISOString()),
        ],
      );
      // Only if no later slot was claimed meanwhile. A deleted scan stops its schedules instead of failing each slot.
      await tx.query(
        `UPDATE schedules AS s SET last_run_outcome = v.outcome,
                enabled = CASE WHEN v.outcome = 'scan_not_found' THEN false ELSE s.enabled END
           FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::text[]) AS outcome, unnest($3::timestamptz[]) AS slot) AS v
          WHERE s.id = v.id AND s.last_run_at = v.slot`,
        [runs.map((r) => r.scheduleId), outcomes.map((o) => o.outcome), runs.map((r) => r.scheduledFor.toISOString())],
      );
    });
  }
}
