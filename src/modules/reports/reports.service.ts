import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { AppError, Conflict, ParameterError } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import { JobsService } from '../../jobs/jobs.service';
import { UsersService } from '../users/users.service';
import type { GenerateReportDto, VerifyResultDto } from './dto/report.dto';
import { fileAvailable } from './report.presenter';
import { REPORT_FORMATS, REPORT_KINDS, REPORT_STATUSES } from './report-kinds';
import { type CheckedSpec, ReportRequests } from './report-requests';
import { Report } from './report.entity';
import { GENERATE_REPORT } from './reports.jobs';
import { ReportStorage } from './storage/report-storage';

export const REPORT_LIST: ListSpec = {
  columns: {
    name: { sql: 'r.name', type: 'string' },
    kind: { sql: 'r.kind', type: 'enum', values: REPORT_KINDS },
    format: { sql: 'r.format', type: 'enum', values: REPORT_FORMATS },
    status: { sql: 'r.status', type: 'enum', values: REPORT_STATUSES },
    advanced_report_id: { sql: 'r.advanced_report_id', type: 'uuid' },
    trigger: { sql: 'r.trigger', type: 'enum', values: ['manual', 'schedule'] },
    user_id: { sql: 'r.user_id', type: 'uuid' },
    organization_id: { sql: 'r.organization_id', type: 'uuid' },
    sha256: { sql: 'r.sha256', type: 'string' },
    generated_at: { sql: 'r.generated_at', type: 'date' },
    expires_at: { sql: 'r.expires_at', type: 'date' },
    created_at: { sql: 'r.created_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['name'],
  tieBreaker: 'r.id',
};

export const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** Reports: the request (checked, then queued with its job in one transaction), the list, download and verify. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectTenantRepository(Report) private readonly reports: TenantRepository<Report>,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly requests: ReportRequests,
    private readonly users: UsersService,
    private readonly storage: ReportStorage,
  ) {}

  list(scope: TenantScope, query: ListQuery) {
    return paginate(this.reports.query(scope, 'r'), query, REPORT_LIST);
  }

  get(scope: TenantScope, id: string): Promise<Report> {
    return this.reports.get(scope, id);
  }

  /** `POST /v2/reports/generate`: 422 for a bad request (nothing stored), else the queued report. */
  async generate(auth: AuthContext, input: GenerateReportDto): Promise<Report> {
    const spec = await this.requests.check(auth.tenant, input, 'report');
    const timeZone = await this.timeZoneOf(auth.user.id);
    return this.dataSource.transaction((tx) =>
      this.queueInTransaction(tx, auth.tenant, spec, {
        name: input.name,
        userId: auth.user.id,
        timeZone,
        advancedReportId: null,
      }),
    );
  }

  /** Stores a queued report and its job in the caller's transaction (saved definitions and the dispatcher too). */
  async queueInTransaction(
    tx: EntityManager,
    scope: TenantScope,
    spec: CheckedSpec,
    by: {
      name?: string | null;
      userId: string | null;
      timeZone: string;
      advancedReportId: string | null;
      trigger?: 'manual' | 'schedule';
    },
  ): Promise<Report> {
    const reports = this.reports.in(tx);
    const report = await reports.save(
      scope,
      reports.create({
        organizationId: spec.organizationId,
        userId: by.userId,
        advancedReportId: by.advancedReportId,
        trigger: by.trigger ?? 'manual',
        name: by.name ?? spec.defaultName,
        kind: spec.kind,
        format: spec.format,
        scope: spec.scope,
        filters: spec.filters,
        sections: spec.sections,
        timeZone: by.timeZone,
        status: 'queued',
        progress: 0,
      }),
    );
    await this.jobs.sendInTransaction(tx, GENERATE_REPORT, {
      organizationId: report.organizationId,
      reportId: report.id,
    });
    return report;
  }

  /** The user's time zone, for the dates in the file (UTC when unknown). */
  async timeZoneOf(userId: string): Promise<string> {
    const user = await this.users.findById(userId).catch(() => null);
    return user?.timezone || 'UTC';
  }

  async remove(scope: TenantScope, id: string): Promise<void> {
    const report = await this.get(scope, id);
    await this.reports.delete(scope, { id: report.id });
    await this.deleteFile(report);
  }

  async removeMany(scope: TenantScope, ids: string[]): Promise<number> {
    const found = await this.reports.find(scope, { id: In([...new Set(ids)]) });
    if (!found.length) return 0;
    const deleted = await this.reports.delete(scope, { id: In(found.map((r) => r.id)) });
    for (const r of found) await this.deleteFile(r);
    return deleted;
  }

  private async deleteFile(report: Report) {
    if (report.storageKey && !report.fileDeletedAt) await this.storage.delete(report.storageKey).catch(() => undefined);
  }

  /** The file as a stream: 409 while it is being made or when it failed, 410 once retention removed it. */
  async download(scope: TenantScope, id: string): Promise<{ report: Report; stream: Readable }> {
    return this.open(await this.get(scope, id));
  }

  /** The latest completed report of a saved definition, or 404. */
  async latestOf(scope: TenantScope, advancedReportId: string): Promise<Report> {
    const [latest] = await this.reports.find(
      scope,
      { advancedReportId, status: 'completed' },
      { order: { generatedAt: 'DESC' }, take: 1 },
    );
    if (!latest)
      throw Conflict('The advanced report has no completed report yet: generate it first', 'report.not_ready');
    return latest;
  }

  /**
   * The newest completed PCI ASV report of one scan run: asked for that run (`history_id`), or for its scan
   * (`scan_id`, which reports the scan's latest run) after the run had completed. Null when there is none.
   */
  async latestPciAsvReportOf(
    scope: TenantScope,
    run: { historyId: string; scanId: string; completedAt: Date },
  ): Promise<{ id: string; generatedAt: Date } | null> {
    const report = await this.reports
      .query(scope, 'r')
      .where("r.kind = 'pci_asv' AND r.status = 'completed' AND r.fileDeletedAt IS NULL")
      .andWhere(
        "(r.scope->>'history_id' = :historyId OR (r.scope->>'scan_id' = :scanId AND r.createdAt >= :completedAt))",
        run,
      )
      .orderBy('r.generatedAt', 'DESC')
      .getOne();
    return report ? { id: report.id, generatedAt: report.generatedAt! } : null;
  }

  async open(report: Report): Promise<{ report: Report; stream: Readable }> {
    if (report.status === 'failed')
      throw Conflict(`The report failed: ${report.errorMessage ?? 'no file was made'}`, 'report.failed');
    if (report.status !== 'completed')
      throw Conflict(
        `The report is not ready yet (${report.status}, ${report.progress}%); poll GET /v2/reports/${report.id}/exists`,
        'report.not_ready',
      );
    if (!fileAvailable(report))
      throw AppError.of(
        410,
        'report.expired',
        'The report file was removed by the retention policy; its hash can still be verified',
      );
    return { report, stream: await this.storage.reader(report.storageKey!) };
  }

  async exists(scope: TenantScope, id: string) {
    const report = await this.get(scope, id);
    return { exists: fileAvailable(report), status: report.status, progress: report.progress };
  }

  /** Compares a SHA-256 (given, or computed from an uploaded file) with the report's. */
  async verify(scope: TenantScope, id: string, sha256: string, size: number | null): Promise<VerifyResultDto> {
    const report = await this.get(scope, id);
    const hash = sha256.toLowerCase();
    if (!HEX_SHA256.test(hash)) throw new ParameterError(['sha256 must be 64 hexadecimal characters']);
    if (!report.sha256) throw Conflict(`The report has no file yet (${report.status})`, 'report.not_ready');
    return {
      match: report.sha256 === hash,
      report_id: report.id,
      generated_at: report.generatedAt?.toISOString() ?? null,
      sha256: hash,
      size,
    };
  }
}
