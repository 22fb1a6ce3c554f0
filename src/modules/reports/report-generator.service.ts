import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { lazyModule } from '../../common/runtime/lazy-module';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { Env } from '../../config/env';
import { EventsService } from '../../events/events.service';
import { OnJob } from '../../jobs/job.decorator';
import { ReportDataService, ReportScopeGone } from './data/report-data.service';
import type { ReportData } from './data/report-model';
import { CONTENT_TYPES } from './report-kinds';
import { Digester, reportFileName } from './report-files';
import { Report } from './report.entity';
import { REPORT_FAILED, REPORT_GENERATED } from './reports.events';
import { GENERATE_REPORT, type GenerateReportPayload } from './reports.jobs';
import { renderCsv } from './render/csv';
import { renderJson } from './render/json';
import type * as PdfKinds from './render/pdf-kinds';
import { renderSarif } from './render/sarif';
import { SigningKeys } from './signing-key.service';
import { ReportStorage } from './storage/report-storage';

/** pdfkit, its fonts and Vega: loaded by the first PDF, not at start. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfKinds = lazyModule(() => require('./render/pdf-kinds') as typeof PdfKinds);

export const PRODUCT_NAME = 'CG Scanning';
const VERSION = '2.0.0';
/** Progress is written at most this often. */
const PROGRESS_EVERY_MS = 1000;

/**
 * The `report.generate` job: gathers the data, renders the file as a stream through a SHA-256 digester into the
 * storage, signs the digest, and in one transaction marks the report completed and publishes `report.generated`
 * (or `failed` and `report.failed`). Progress (0-99, then 100) is written as the findings are walked.
 */
@Injectable()
export class ReportGenerator {
  private readonly logger = new Logger(ReportGenerator.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(Report) private readonly reports: TenantRepository<Report>,
    private readonly data: ReportDataService,
    private readonly storage: ReportStorage,
    private readonly keys: SigningKeys,
    private readonly events: EventsService,
    private readonly env: Env,
  ) {}

  @OnJob(GENERATE_REPORT)
  async generate(payload: GenerateReportPayload): Promise<void> {
    const scope = TenantScope.ofPayload(payload);
    const report = await this.reports.findOne(scope, { id: payload.reportId });
    if (!report || report.status === 'completed' || report.status === 'failed') return;
    await this.reports.update(
      scope,
      { id: report.id },
      { status: 'running', progress: 0, startedAt: new Date(), errorMessage: null },
    );
    let key: string | null = null;
    try {
      const data = await this.data.load(report, PRODUCT_NAME);
      const fileName = reportFileName(
        report.name,
        report.kind,
        report.format,
        data.report.generatedAt,
        report.timeZone,
      );
      key = `${report.organizationId}/${report.id}/${fileName}`;
      const contentType = CONTENT_TYPES[report.format];
      const digester = new Digester();
      const stored = pipeline(digester, this.storage.writer(key, contentType));
      const walks = report.format === 'pdf' ? pdfKinds().PDF_WALKS[report.kind] : 1;
      const progress = this.progress(scope, report.id, Math.max(1, data.findingCount * walks));
      try {
        await this.render(data, digester, progress);
      } catch (err) {
        digester.destroy(err as Error);
        throw err;
      } finally {
        await progress.stop();
      }
      await stored;
      const sha256 = digester.sha256;
      const signature = await this.keys.signDigest(Buffer.from(sha256, 'hex'));
      const generatedAt = new Date();
      const expiresAt = new Date(generatedAt.getTime() + this.env.REPORTS_RETENTION_DAYS * 86_400_000);
      await this.dataSource.transaction(async (tx) => {
        const changed = await this.reports.in(tx).update(
          scope,
          { id: report.id, status: 'running' },
          {
            status: 'completed',
            progress: 100,
            fileName,
            contentType,
            size: String(digester.size),
            sha256,
            signature,
            storageBackend: this.storage.backend,
            storageKey: key!,
            generatedAt,
            expiresAt,
            fileDeletedAt: null,
          },
        );
        if (changed)
          await this.events.publish(tx, REPORT_GENERATED, {
            organizationId: report.organizationId,
            reportId: report.id,
            kind: report.kind,
            format: report.format,
            requestedBy: report.userId,
            advancedReportId: report.advancedReportId,
            fileName,
            sha256,
            size: digester.size,
            generatedAt: generatedAt.toISOString(),
          });
      });
    } catch (err) {
      const reason =
        err instanceof ReportScopeGone
          ? err.message
          : 'The report could not be generated; try again or contact support';
      this.logger.error(`Report ${report.id} failed: ${(err as Error).stack ?? String(err)}`);
      if (key) await this.storage.delete(key).catch(() => undefined);
      await this.fail(scope, report, reason);
    }
  }

  /** Marks the report failed (from queued or running) and publishes `report.failed`, once. */
  async fail(scope: TenantScope, report: Report, reason: string): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const changed = await this.reports
        .in(tx)
        .update(
          scope,
          { id: report.id, status: In(['queued', 'running']) },
          { status: 'failed', errorMessage: reason.slice(0, 500) },
        );
      if (changed)
        await this.events.publish(tx, REPORT_FAILED, {
          organizationId: report.organizationId,
          reportId: report.id,
          kind: report.kind,
          format: report.format,
          requestedBy: report.userId,
          advancedReportId: report.advancedReportId,
          reason,
        });
      return changed > 0;
    });
  }

  private async render(data: ReportData, out: Writable, progress: { set(done: number): void }) {
    const r = data.report;
    if (r.format === 'csv') return renderCsv(data, out, (d) => progress.set(d));
    if (r.format === 'json') return renderJson(data, out, (d) => progress.set(d));
    if (r.format === 'sarif') return renderSarif(data, out, (d) => progress.set(d), VERSION);
    let walked = 0;
    const pdf = await pdfKinds().PDF_RENDERERS[r.kind]({
      data,
      apiBase: this.env.APP_BASE_URL.replace(/\/$/, ''),
      tick: () => progress.set(++walked),
      out,
    });
    pdf.end();
  }

  /** Writes progress (0..99) at most every PROGRESS_EVERY_MS, one write in flight at a time. */
  private progress(scope: TenantScope, id: string, total: number) {
    let last = 0;
    let lastAt = 0;
    let writing: Promise<unknown> | null = null;
    return {
      set: (done: number) => {
        const pct = Math.min(99, Math.floor((done / total) * 100));
        const now = Date.now();
        if (pct <= last || writing || now - lastAt < PROGRESS_EVERY_MS) return;
        last = pct;
        lastAt = now;
        writing = this.reports
          .update(scope, { id, status: 'running' }, { progress: pct })
          .catch(() => undefined)
          .finally(() => (writing = null));
      },
      stop: () => writing,
    };
  }
}
