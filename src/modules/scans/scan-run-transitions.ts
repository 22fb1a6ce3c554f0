import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventsService } from '../../events/events.service';
import type { RunCoverageRecord, RunStatistics } from './scan-history.entity';
import type { RunStatus } from './scan-state';
import {
  SCAN_COMPLETED,
  SCAN_FAILED,
  SCAN_STARTED,
  SCAN_STOPPED,
  type ScanRunEvent,
  type ScanStoppedEvent,
} from './scans.events';

/** The run as a transition returns it (columns of scan_histories joined with its scan). */
interface RunRow {
  id: string;
  organization_id: string;
  scan_id: string;
  scan_name: string;
  target_id: string;
  trigger: 'manual' | 'schedule';
  user_id: string | null;
  owner_id: string;
  schedule_id: string | null;
  attempt: number;
  started_at: Date | null;
  finished_at: Date | null;
}

const RETURNING = `RETURNING h.id, h.organization_id, h.scan_id, s.name AS scan_name, s.target_id, h.trigger, h.user_id,
  s.user_id AS owner_id, h.schedule_id, h.attempt, h.started_at, h.finished_at`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/**
 * The one place where a run's status changes (see the state machine in scan-state.ts). Each transition is a
 * conditional UPDATE on (status, attempt) inside the caller's transaction, mirrors the run on its scan row, and
 * publishes the run's event in the same transaction: an event is relayed if and only if its transition committed.
 * A transition that finds the run in another state changes nothing and answers null.
 */
@Injectable()
export class RunTransitions {
  constructor(private readonly events: EventsService) {}

  /** queued → running: a worker claimed the run. `scan.started` on the first attempt only. */
  async claim(tx: EntityManager, historyId: string): Promise<{ attempt: number } | null> {
    const run = await this.update(
      tx,
      historyId,
      ['queued'],
      null,
      `status = 'running', started_at = COALESCE(h.started_at, now()), heartbeat_at = now(), progress = 0`,
      [],
      false,
    );
    if (!run) return null;
    // The scan keeps showing when its previous run finished.
    await tx.query(
      `UPDATE scans SET status = 'running', progress = 0, last_started_at = now(), updated_at = now()
        WHERE id = $1 AND last_history_id = $2`,
      [run.scan_id, historyId],
    );
    if (run.attempt === 1) await this.events.publish(tx, SCAN_STARTED, eventOf(run));
    return { attempt: run.attempt };
  }

  /** running → completed, with the run's statistics. */
  async complete(
    tx: EntityManager,
    historyId: string,
    attempt: number,
    result: {
      statistics: RunStatistics;
      engineVersion: string | null;
      finishedAt: Date;
      coverage?: RunCoverageRecord;
    },
  ): Promise<boolean> {
    const run = await this.update(
      tx,
      historyId,
      ['running'],
      attempt,
      `status = 'completed', progress = 100, finished_at = $4, statistics = $5, engine_version = $6, coverage = $7`,
      [
        result.finishedAt,
        JSON.stringify(result.statistics),
        result.engineVersion,
        result.coverage ? JSON.stringify(result.coverage) : null,
      ],
    );
    if (!run) return false;
    const s = result.statistics;
    await this.events.publish(tx, SCAN_COMPLETED, {
      ...eventOf(run),
      finishedAt: result.finishedAt.toISOString(),
      hosts: { total: s.hosts_total, up: s.hosts_up },
      openPorts: s.open_ports,
      counts: { ...s.vulnerabilities },
      changes: {
        new: s.changes.new,
        fixed: s.changes.fixed,
        persisting: s.changes.persisting,
        reopened: s.changes.reopened ?? 0,
      },
      pci: { ...s.pci },
    });
    return true;
  }

  /**
   * queued or running → stopped or failed. `attempt` (when given) must still be the run's: a worker whose run was
   * taken over by recovery cannot end it.
   */
  async end(
    tx: EntityManager,
    historyId: string,
    change: {
      from: readonly Extract<RunStatus, 'queued' | 'running'>[];
      attempt?: number;
      status: 'stopped' | 'failed';
      message: string | null;
      reason?: ScanStoppedEvent['reason'];
    },
  ): Promise<boolean> {
    const run = await this.update(
      tx,
      historyId,
      change.from,
      change.attempt ?? null,
      `status = $4, finished_at = now(), error_message = $5`,
      [change.status, change.message],
    );
    if (!run) return false;
    const finishedAt = iso(run.finished_at)!;
    if (change.status === 'stopped')
      await this.events.publish(tx, SCAN_STOPPED, {
        ...eventOf(run),
        finishedAt,
        reason: change.reason ?? 'requested',
      });
    else
      await this.events.publish(tx, SCAN_FAILED, {
        ...eventOf(run),
        finishedAt,
        reason: change.message ?? 'The run failed',
      });
    return true;
  }

  /** running → queued with the next attempt: recovery restarts a run whose worker died. No event: the run goes on. */
  async requeue(tx: EntityManager, historyId: string): Promise<{ organizationId: string; scanId: string } | null> {
    const run = await this.update(
      tx,
      historyId,
      ['running'],
      null,
      `status = 'queued', attempt = h.attempt + 1, progress = 0, heartbeat_at = NULL`,
    );
    return run ? { organizationId: run.organization_id, scanId: run.scan_id } : null;
  }

  private async update(
    tx: EntityManager,
    historyId: string,
    from: readonly RunStatus[],
    attempt: number | null,
    assignments: string,
    extra: unknown[] = [],
    mirror = true,
  ): Promise<RunRow | null> {
    const result = await tx.query(
      `UPDATE scan_histories h SET ${assignments}
         FROM scans s
        WHERE h.id = $1 AND s.id = h.scan_id AND h.status = ANY($2::text[]) AND ($3::int IS NULL OR h.attempt = $3)
        ${RETURNING}`,
      [historyId, [...from], attempt, ...extra],
    );
    // TypeORM answers UPDATE with [rows, affected].
    const rows = (Array.isArray(result[0]) ? result[0] : result) as RunRow[];
    const run = rows[0];
    if (!run || !mirror) return run ?? null;
    await tx.query(
      `UPDATE scans s SET status = h.status, progress = h.progress, last_finished_at = h.finished_at, updated_at = now()
         FROM scan_histories h WHERE s.id = $1 AND h.id = $2 AND s.last_history_id = h.id`,
      [run.scan_id, historyId],
    );
    return run;
  }
}

function eventOf(run: RunRow): ScanRunEvent {
  return {
    organizationId: run.organization_id,
    scanId: run.scan_id,
    scanName: run.scan_name,
    historyId: run.id,
    targetId: run.target_id,
    trigger: run.trigger,
    userId: run.user_id,
    ownerId: run.owner_id,
    scheduleId: run.schedule_id,
    attempt: run.attempt,
    startedAt: iso(run.started_at),
  };
}
