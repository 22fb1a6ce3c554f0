import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { RecordNotFound } from '../../common/errors/app-error';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { PeriodicTasks } from '../../jobs/periodic-tasks.service';
import { Periodic } from '../../jobs/periodic.decorator';
import { ScansService, type PreparedRun } from '../scans/scans.service';
import { RecurrenceRule } from './recurrence';
import { Schedule, type RunOutcome } from './schedule.entity';
import { SchedulesClock } from './schedules.clock';

/** How often each instance looks for due schedules. Lag from due time to queued scan is at most about this. */
export const DISPATCH_INTERVAL_MS = 1000;
export const DISPATCH_TASK = 'schedules.dispatch';
/** Schedules claimed per transaction; a tick keeps claiming until nothing is due. */
const CLAIM_BATCH = 500;
/** Scans prepared (their references and plan checked) at the same time. */
const PREPARE_CONCURRENCY = 16;

export interface DispatchedRun {
  runId: string;
  scheduleId: string;
  scanId: string;
  scheduledFor: Date;
  outcome: RunOutcome;
}

/** What the checks before the transaction found for a due schedule's scan. */
type Preparation = PreparedRun | 'already_running' | 'scan_not_found' | 'failed';

/**
 * Starts due schedules' scans, exactly once each, with any number of API instances on one database.
 *
 * First, outside any transaction, the scans of the due schedules are checked (references, plan): that reads other
 * modules, which the embedded database cannot do inside a transaction. Then ONE transaction claims the due schedules
 * with `FOR UPDATE SKIP LOCKED` (another instance skips rows being claimed), moves each `next_run_at` to the first
 * slot after now, records the claimed slot in `schedule_runs` (unique per schedule and slot), and queues each run with
 * its job. Once it commits no other instance sees the slot as due, and the run and its job exist; if it does not
 * commit (a crash), nothing of it exists and the next tick claims the slot again. So a run is never lost or doubled.
 * Slots missed while the service was down collapse into that one run.
 */
@Injectable()
export class ScheduleDispatcher {
  private readonly logger = new Logger(ScheduleDispatcher.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scans: ScansService,
    private readonly clock: SchedulesClock,
    private readonly periodic: PeriodicTasks,
  ) {}

  /** One dispatch as the timer does it (nothing when periodic tasks are off in this process). */
  tick(): Promise<void> {
    return this.periodic.tick(DISPATCH_TASK);
  }

  /** Claims every schedule due at `now` and starts its run. Returns the runs this call started or skipped. */
  @Periodic({ name: DISPATCH_TASK, everyMs: DISPATCH_INTERVAL_MS })
  async dispatchDue(now: Date = this.clock.now()): Promise<DispatchedRun[]> {
    const done: DispatchedRun[] = [];
    for (;;) {
      const due: { id: string; organization_id: string; scan_id: string }[] = await this.dataSource.query(
        `SELECT id, organization_id, scan_id FROM schedules
          WHERE enabled = true AND next_run_at IS NOT NULL AND next_run_at <= $1
          ORDER BY next_run_at LIMIT ${CLAIM_BATCH}`,
        [now],
      );
      if (!due.length) return done;
      const prepared = new Map<string, Preparation>();
      for (let i = 0; i < due.length; i += PREPARE_CONCURRENCY) {
        const chunk = due.slice(i, i + PREPARE_CONCURRENCY);
        const results = await Promise.all(chunk.map((s) => this.prepare(s)));
        chunk.forEach((s, j) => prepared.set(s.id, results[j]));
      }
      const runs = await this.dataSource.transaction((tx) =>
        this.claimAndStart(
          tx,
          now,
          due.map((s) => s.id),
          prepared,
        ),
      );
      done.push(...runs);
      // Fewer claimed than due: another instance holds the rest; its transaction moves them on.
      if (due.length < CLAIM_BATCH || !runs.length) return done;
    }
  }

  private async prepare(schedule: { id: string; organization_id: string; scan_id: string }): Promise<Preparation> {
    try {
      return await this.scans.prepareRun(TenantScope.of(schedule.organization_id), schedule.scan_id, {
        userId: null,
        scheduleId: schedule.id,
      });
    } catch (err) {
      if (err instanceof RecordNotFound) return 'scan_not_found';
      this.logger.warn(`Scan ${schedule.scan_id} of schedule ${schedule.id} cannot start: ${(err as Error).message}`);
      return 'failed';
    }
  }

  private async claimAndStart(
    tx: EntityManager,
    now: Date,
    ids: string[],
    prepared: Map<string, Preparation>,
  ): Promise<DispatchedRun[]> {
    const due = await tx
      .getRepository(Schedule)
      .createQueryBuilder('s')
      .where('s.id IN (:...ids)', { ids })
      .andWhere('s.enabled = true AND s.next_run_at IS NOT NULL AND s.next_run_at <= :now', { now })
      .orderBy('s.next_run_at', 'ASC')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    if (!due.length) return [];

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
    const runs: (DispatchedRun & { historyId: string | null })[] = [];
    for (const s of due) {
      const runId = runIds.get(s.id);
      if (!runId) continue;
      const { outcome, historyId } = await this.start(tx, s, prepared.get(s.id) ?? 'failed');
      runs.push({ runId, scheduleId: s.id, scanId: s.scanId, scheduledFor: s.nextRunAt!, outcome, historyId });
    }
    await this.recordOutcomes(tx, runs);
    return runs.map(({ historyId: _, ...run }) => run);
  }

  /** Queues the scheduled run in the claiming transaction; a failure rolls back to a savepoint, not the claim. */
  private async start(
    tx: EntityManager,
    schedule: Schedule,
    preparation: Preparation,
  ): Promise<{ outcome: RunOutcome; historyId: string | null }> {
    if (preparation === 'already_running') return { outcome: 'skipped_already_running', historyId: null };
    if (preparation === 'scan_not_found' || preparation === 'failed') return { outcome: preparation, historyId: null };
    await tx.query('SAVEPOINT scheduled_start');
    try {
      const run = await this.scans.startRunInTransaction(tx, preparation);
      await tx.query('RELEASE SAVEPOINT scheduled_start');
      if (run === 'already_running') return { outcome: 'skipped_already_running', historyId: null };
      return { outcome: 'started', historyId: run.id };
    } catch (err) {
      await tx.query('ROLLBACK TO SAVEPOINT scheduled_start');
      this.logger.error(
        `Starting scan ${schedule.scanId} for schedule ${schedule.id} failed: ${(err as Error).message}`,
      );
      return { outcome: 'failed', historyId: null };
    }
  }

  /** Outcomes on the runs and their schedules. A deleted scan stops its schedules instead of failing each slot. */
  private async recordOutcomes(
    tx: EntityManager,
    runs: { runId: string; scheduleId: string; scheduledFor: Date; outcome: RunOutcome; historyId: string | null }[],
  ) {
    if (!runs.length) return;
    const at = this.clock.now().toISOString();
    await tx.query(
      `UPDATE schedule_runs AS r SET outcome = v.outcome, history_id = v.history_id, dispatched_at = $4
         FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::text[]) AS outcome, unnest($3::uuid[]) AS history_id) AS v
        WHERE r.id = v.id`,
      [runs.map((r) => r.runId), runs.map((r) => r.outcome), runs.map((r) => r.historyId), at],
    );
    await tx.query(
      `UPDATE schedules AS s SET last_run_outcome = v.outcome,
              enabled = CASE WHEN v.outcome = 'scan_not_found' THEN false ELSE s.enabled END
         FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::text[]) AS outcome, unnest($3::timestamptz[]) AS slot) AS v
        WHERE s.id = v.id AND s.last_run_at = v.slot`,
      [runs.map((r) => r.scheduleId), runs.map((r) => r.outcome), runs.map((r) => r.scheduledFor.toISOString())],
    );
  }
}
