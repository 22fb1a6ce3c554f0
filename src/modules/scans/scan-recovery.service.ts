import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobsService } from '../../jobs/jobs.service';
import { Periodic } from '../../jobs/periodic.decorator';
import { RunTransitions } from './scan-run-transitions';
import { MAX_RUN_ATTEMPTS, STALE_HEARTBEAT_SECONDS } from './scan-state';
import { RUN_SCAN } from './scans.jobs';

export interface RecoveryOutcome {
  requeued: string[];
  failed: string[];
  stopped: string[];
}

/**
 * Finds runs whose worker died (heartbeat older than STALE_HEARTBEAT_SECONDS) and resumes them (a new attempt of
 * the whole run, queued again with its job in the same transaction) or, after MAX_RUN_ATTEMPTS, fails them. Rows are
 * claimed with FOR UPDATE SKIP LOCKED so that several instances running this task never handle the same run twice.
 */
@Injectable()
export class ScanRecoveryService {
  private readonly logger = new Logger('ScanRecovery');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly transitions: RunTransitions,
  ) {}

  @Periodic({ name: 'scans.recover', everyMs: 15_000 })
  async recoverStaleRuns(): Promise<RecoveryOutcome> {
    const outcome: RecoveryOutcome = { requeued: [], failed: [], stopped: [] };
    await this.dataSource.transaction(async (tx) => {
      const stale: { id: string; attempt: number; stop_requested_at: Date | null }[] = await tx.query(
        `SELECT id, attempt, stop_requested_at FROM scan_histories
            WHERE status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1))
            ORDER BY heartbeat_at NULLS FIRST LIMIT 100 FOR UPDATE SKIP LOCKED`,
        [STALE_HEARTBEAT_SECONDS],
      );
      for (const run of stale) {
        if (run.stop_requested_at) {
          // Its user wanted it stopped anyway.
          await this.transitions.end(tx, run.id, {
            from: ['running'],
            status: 'stopped',
            message: null,
            reason: 'recovered',
          });
          outcome.stopped.push(run.id);
        } else if (run.attempt < MAX_RUN_ATTEMPTS) {
          const requeued = await this.transitions.requeue(tx, run.id);
          if (!requeued) continue;
          await this.jobs.sendInTransaction(tx, RUN_SCAN, { ...requeued, historyId: run.id });
          outcome.requeued.push(run.id);
        } else {
          await this.transitions.end(tx, run.id, {
            from: ['running'],
            status: 'failed',
            message: `The worker running this scan stopped responding; the run was given up after ${run.attempt} attempts`,
          });
          outcome.failed.push(run.id);
        }
      }
    });
    if (outcome.requeued.length + outcome.failed.length + outcome.stopped.length) {
      this.logger.warn(
        `Stale runs: ${outcome.requeued.length} requeued, ${outcome.failed.length} failed, ${outcome.stopped.length} stopped`,
      );
    }
    return outcome;
  }
}
