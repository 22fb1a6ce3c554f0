import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { Env } from '../../config/env';
import { JobsService } from '../../jobs/jobs.service';
import { ScanRunner } from './scan-runner.service';
import { MAX_RUN_ATTEMPTS, STALE_HEARTBEAT_SECONDS } from './scan-state';
import { RUN_SCAN } from './scans.jobs';

export interface RecoveryOutcome {
  requeued: string[];
  failed: string[];
  stopped: string[];
}

/**
 * Finds runs whose worker died (heartbeat older than STALE_HEARTBEAT_SECONDS) and resumes them (a new attempt of
 * the whole run, queued again) or, after MAX_RUN_ATTEMPTS, fails them. Rows are claimed with FOR UPDATE SKIP LOCKED
 * so that several instances running this task never handle the same run twice.
 */
@Injectable()
export class ScanRecoveryService {
  private readonly logger = new Logger('ScanRecovery');
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly runner: ScanRunner,
    private readonly env: Env,
  ) {}

  @Interval('scan-recovery', 15_000)
  async tick() {
    if (!this.env.RUN_PERIODIC_TASKS || this.running) return;
    this.running = true;
    try {
      await this.recoverStaleRuns();
    } catch (err) {
      this.logger.error(`Recovery failed: ${(err as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  async recoverStaleRuns(): Promise<RecoveryOutcome> {
    const outcome: RecoveryOutcome = { requeued: [], failed: [], stopped: [] };
    const requeued: { id: string; organization_id: string; scan_id: string }[] = [];
    await this.dataSource.transaction(async (tx) => {
      const stale: {
        id: string;
        organization_id: string;
        scan_id: string;
        attempt: number;
        stop_requested_at: Date | null;
      }[] = await tx.query(
        `SELECT id, organization_id, scan_id, attempt, stop_requested_at FROM scan_histories
            WHERE status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1))
            ORDER BY heartbeat_at NULLS FIRST LIMIT 100 FOR UPDATE SKIP LOCKED`,
        [STALE_HEARTBEAT_SECONDS],
      );
      for (const run of stale) {
        if (run.stop_requested_at) {
          // Its user wanted it stopped anyway.
          await tx.query(`UPDATE scan_histories SET status = 'stopped', finished_at = now() WHERE id = $1`, [run.id]);
          outcome.stopped.push(run.id);
        } else if (run.attempt < MAX_RUN_ATTEMPTS) {
          await tx.query(
            `UPDATE scan_histories SET status = 'queued', attempt = attempt + 1, progress = 0, heartbeat_at = NULL WHERE id = $1`,
            [run.id],
          );
          requeued.push(run);
          outcome.requeued.push(run.id);
        } else {
          await tx.query(
            `UPDATE scan_histories SET status = 'failed', finished_at = now(),
                    error_message = 'The worker running this scan stopped responding; the run was given up after ' || attempt || ' attempts'
              WHERE id = $1`,
            [run.id],
          );
          outcome.failed.push(run.id);
        }
        await this.runner.mirrorOnScan(tx, run.scan_id, run.id);
      }
    });
    for (const run of requeued) {
      await this.jobs
        .send(RUN_SCAN, { organizationId: run.organization_id, scanId: run.scan_id, historyId: run.id })
        .catch(async (err: Error) => {
          this.logger.error(`Could not requeue run ${run.id}: ${err.message}`);
          await this.runner.finishQueued(run.id, 'failed', 'The run could not be queued again after its worker died');
        });
    }
    if (outcome.requeued.length + outcome.failed.length + outcome.stopped.length) {
      this.logger.warn(
        `Stale runs: ${outcome.requeued.length} requeued, ${outcome.failed.length} failed, ${outcome.stopped.length} stopped`,
      );
    }
    return outcome;
  }
}
