import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { PeriodicTasks } from '../../jobs/periodic-tasks.service';
import { Periodic } from '../../jobs/periodic.decorator';
import { RecurrenceRule } from '../schedules/recurrence';
import { AdvancedReport } from './advanced-report.entity';
import { AdvancedReportsClock } from './advanced-reports.clock';
import { specOf } from './advanced-reports.service';
import { type CheckedSpec, ReportRequests } from './report-requests';
import { ReportsService } from './reports.service';

export const ADVANCED_REPORTS_DISPATCH = 'advanced_reports.dispatch';
const BATCH = 100;

export interface DispatchedReport {
  advancedReportId: string;
  slot: Date;
  reportId: string | null;
  /** `queued`, or why the slot made no report (its scope has no completed run, or the owner is gone). */
  outcome: 'queued' | 'skipped';
  reason?: string;
}

/**
 * Generates recurring definitions on time, once per slot with any number of instances: the checks that read other
 * modules run first (outside any transaction: the embedded database has one connection), then ONE transaction
 * claims the due rows with `FOR UPDATE SKIP LOCKED`, moves each `next_run_at` to the slot after now and queues the
 * report with its job. Slots missed while nothing ran collapse into one report.
 */
@Injectable()
export class AdvancedReportDispatcher {
  private readonly logger = new Logger(AdvancedReportDispatcher.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(AdvancedReport) private readonly definitions: TenantRepository<AdvancedReport>,
    private readonly requests: ReportRequests,
    private readonly reports: ReportsService,
    private readonly clock: AdvancedReportsClock,
    private readonly periodic: PeriodicTasks,
  ) {}

  /** One dispatch as the timer does it. */
  tick(): Promise<void> {
    return this.periodic.tick(ADVANCED_REPORTS_DISPATCH);
  }

  @Periodic({ name: ADVANCED_REPORTS_DISPATCH, everyMs: 15_000 })
  async dispatchDue(now: Date = this.clock.now()): Promise<DispatchedReport[]> {
    const due: { id: string; organization_id: string }[] = await this.dataSource.query(
      `SELECT id, organization_id FROM advanced_reports
        WHERE enabled = true AND next_run_at IS NOT NULL AND next_run_at <= $1 ORDER BY next_run_at LIMIT ${BATCH}`,
      [now],
    );
    if (!due.length) return [];
    const prepared = new Map<string, { spec: CheckedSpec | null; reason?: string; timeZone: string }>();
    for (const d of due) {
      const scope = TenantScope.of(d.organization_id);
      const row = await this.definitions.findOne(scope, { id: d.id });
      if (!row) continue;
      try {
        const spec = await this.requests.check(scope, specOf(row), 'advanced_report');
        prepared.set(d.id, { spec, timeZone: await this.reports.timeZoneOf(row.userId) });
      } catch (err) {
        prepared.set(d.id, { spec: null, reason: (err as Error).message, timeZone: 'UTC' });
      }
    }
    return this.dataSource.transaction(async (tx) => {
      const claimed = await tx
        .getRepository(AdvancedReport)
        .createQueryBuilder('a')
        .where('a.id IN (:...ids)', { ids: due.map((d) => d.id) })
        .andWhere('a.enabled = true AND a.next_run_at IS NOT NULL AND a.next_run_at <= :now', { now })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const done: DispatchedReport[] = [];
      for (const row of claimed) {
        const slot = row.nextRunAt!;
        let next: Date | null = null;
        try {
          next = row.recurrence ? new RecurrenceRule(row.recurrence).nextAfter(now) : null;
        } catch (err) {
          this.logger.error(`Advanced report ${row.id} has an invalid recurrence: ${(err as Error).message}`);
        }
        const scope = TenantScope.of(row.organizationId);
        const p = prepared.get(row.id);
        let reportId: string | null = null;
        if (p?.spec) {
          const report = await this.reports.queueInTransaction(tx, scope, p.spec, {
            name: row.name,
            userId: row.userId,
            timeZone: p.timeZone,
            advancedReportId: row.id,
            trigger: 'schedule',
          });
          reportId = report.id;
        } else
          this.logger.warn(
            `Advanced report ${row.id} skipped its ${slot.toISOString()} run: ${p?.reason ?? 'not prepared'}`,
          );
        await this.definitions
          .in(tx)
          .update(
            scope,
            { id: row.id },
            { nextRunAt: next, lastRunAt: slot, ...(reportId ? { lastReportId: reportId } : {}) },
          );
        done.push({
          advancedReportId: row.id,
          slot,
          reportId,
          outcome: reportId ? 'queued' : 'skipped',
          ...(reportId ? {} : { reason: p?.reason ?? 'not prepared' }),
        });
      }
      return done;
    });
  }
}
