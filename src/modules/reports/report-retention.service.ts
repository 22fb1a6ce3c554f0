import { Injectable, Logger } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { Periodic } from '../../jobs/periodic.decorator';
import { ReportGenerator } from './report-generator.service';
import { Report } from './report.entity';
import { ReportStorage } from './storage/report-storage';

export const RETENTION_TASK = 'reports.retention';
/** A running report whose progress has not moved for this long lost its worker (and its retries). */
const STALE_MS = 30 * 60_000;
const BATCH = 200;

/**
 * Removes the files of reports past `expires_at` (REPORTS_RETENTION_DAYS after generation; the row and its hash
 * stay), and fails reports whose job died without finishing. Safe on several instances: each expired report is
 * claimed by one conditional update (`FOR UPDATE SKIP LOCKED`), then its file is deleted after the commit.
 */
@Injectable()
export class ReportRetention {
  private readonly logger = new Logger(ReportRetention.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(Report) private readonly reports: TenantRepository<Report>,
    private readonly storage: ReportStorage,
    private readonly generator: ReportGenerator,
  ) {}

  @Periodic({ name: RETENTION_TASK, everyMs: 5 * 60_000 })
  async run(now: Date = new Date()): Promise<{ removed: number; failed: number }> {
    let removed = 0;
    for (;;) {
      const claimed: { id: string; storage_key: string }[] = await this.dataSource.transaction(async (tx) => {
        const rows: { id: string; storage_key: string }[] = await tx.query(
          `SELECT id, storage_key FROM reports
            WHERE expires_at <= $1 AND file_deleted_at IS NULL AND storage_key IS NOT NULL
            ORDER BY expires_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [now],
        );
        if (rows.length)
          await tx.query('UPDATE reports SET file_deleted_at = $2 WHERE id = ANY($1)', [rows.map((r) => r.id), now]);
        return rows;
      });
      for (const r of claimed) {
        await this.storage
          .delete(r.storage_key)
          .catch((err: Error) => this.logger.warn(`Report file ${r.id} could not be deleted: ${err.message}`));
      }
      removed += claimed.length;
      if (claimed.length < BATCH) break;
    }
    const stale = await this.reports.find(
      TenantScope.everywhere(),
      { status: 'running', updatedAt: LessThan(new Date(now.getTime() - STALE_MS)) },
      { take: BATCH },
    );
    let failed = 0;
    for (const r of stale) {
      if (
        await this.generator.fail(
          TenantScope.ofPayload(r),
          r,
          'The report job stopped before it finished; generate it again',
        )
      )
        failed++;
    }
    if (removed || failed) this.logger.log(`Retention: ${removed} file(s) removed, ${failed} stale report(s) failed`);
    return { removed, failed };
  }
}
