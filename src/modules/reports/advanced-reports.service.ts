import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { roleAtLeast } from '../../common/auth/roles';
import { Forbidden, ParameterError } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import { parseRecurrence, type Recurrence, RecurrenceRule } from '../schedules/recurrence';
import { AdvancedReport } from './advanced-report.entity';
import { AdvancedReportsClock } from './advanced-reports.clock';
import type { CreateAdvancedReportDto, RecurrenceDto, UpdateAdvancedReportDto } from './dto/advanced-report.dto';
import type { ReportSpecDto } from './dto/report.dto';
import { REPORT_FORMATS, REPORT_KINDS } from './report-kinds';
import { ReportRequests } from './report-requests';
import type { Report } from './report.entity';
import { ReportsService } from './reports.service';

export const ADVANCED_REPORT_LIST: ListSpec = {
  columns: {
    name: { sql: 'a.name', type: 'string' },
    kind: { sql: 'a.kind', type: 'enum', values: REPORT_KINDS },
    format: { sql: 'a.format', type: 'enum', values: REPORT_FORMATS },
    enabled: { sql: 'a.enabled', type: 'boolean' },
    user_id: { sql: 'a.user_id', type: 'uuid' },
    organization_id: { sql: 'a.organization_id', type: 'uuid' },
    next_run_at: { sql: 'a.next_run_at', type: 'date' },
    last_run_at: { sql: 'a.last_run_at', type: 'date' },
    created_at: { sql: 'a.created_at', type: 'date' },
    updated_at: { sql: 'a.updated_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['name'],
  tieBreaker: 'a.id',
};

/** The spec a definition stores, as a request would send it (to check it again). */
export const specOf = (a: AdvancedReport): ReportSpecDto => ({
  kind: a.kind,
  format: a.format,
  ...a.scope,
  filters: a.filters,
  sections: a.sections ?? undefined,
});

/**
 * Saved report definitions. The spec is checked like a report request (its scan may have no completed run yet);
 * the recurrence is the schedules' RFC 5545 rule, `next_run_at` its next slot. Generating makes an ordinary report
 * linked to the definition.
 */
@Injectable()
export class AdvancedReportsService {
  constructor(
    @InjectTenantRepository(AdvancedReport) private readonly definitions: TenantRepository<AdvancedReport>,
    private readonly dataSource: DataSource,
    private readonly requests: ReportRequests,
    private readonly reports: ReportsService,
    private readonly clock: AdvancedReportsClock,
  ) {}

  list(scope: TenantScope, query: ListQuery) {
    return paginate(this.definitions.query(scope, 'a'), query, ADVANCED_REPORT_LIST);
  }

  get(scope: TenantScope, id: string): Promise<AdvancedReport> {
    return this.definitions.get(scope, id);
  }

  async create(auth: AuthContext, input: CreateAdvancedReportDto): Promise<AdvancedReport> {
    const spec = await this.requests.check(auth.tenant, input, 'advanced_report', false);
    const recurrence = this.recurrence(input.recurrence ?? null);
    this.assertMayAllowExternal(auth, input.external_recipients_allowed);
    const row = this.definitions.create({
      organizationId: spec.organizationId,
      userId: auth.user.id,
      name: input.name,
      description: input.description ?? null,
      kind: spec.kind,
      format: spec.format,
      scope: spec.scope,
      filters: spec.filters,
      sections: spec.sections,
      recipients: normalizeRecipients(input.recipients),
      externalRecipientsApprovedBy: input.external_recipients_allowed ? auth.user.id : null,
      enabled: input.enabled ?? true,
      ...recurrence,
    });
    return this.definitions.save(auth.tenant, row);
  }

  async update(auth: AuthContext, id: string, input: UpdateAdvancedReportDto): Promise<AdvancedReport> {
    const row = await this.get(auth.tenant, id);
    const specChanged = (
      [
        'kind',
        'format',
        'scan_id',
        'history_id',
        'scan_ids',
        'target_id',
        'base_history_id',
        'filters',
        'sections',
      ] as const
    ).some((k) => input[k] !== undefined);
    if (specChanged) {
      const current = specOf(row);
      const scopeGiven = ['scan_id', 'history_id', 'scan_ids', 'target_id', 'base_history_id'].some(
        (k) => input[k as keyof UpdateAdvancedReportDto] !== undefined,
      );
      const merged: ReportSpecDto = {
        kind: input.kind ?? current.kind,
        format: input.format ?? current.format,
        ...(scopeGiven
          ? {
              scan_id: input.scan_id,
              history_id: input.history_id,
              scan_ids: input.scan_ids,
              target_id: input.target_id,
              base_history_id: input.base_history_id,
            }
          : row.scope),
        filters: input.filters ?? current.filters,
        sections: input.sections ?? (input.kind && input.kind !== row.kind ? undefined : current.sections),
      };
      const spec = await this.requests.check(auth.tenant, merged, 'advanced_report', false);
      if (spec.organizationId !== row.organizationId)
        throw new ParameterError(['advanced_report.scope must stay in the organization of the advanced report']);
      Object.assign(row, {
        kind: spec.kind,
        format: spec.format,
        scope: spec.scope,
        filters: spec.filters,
        sections: spec.sections,
      });
    }
    if (input.name !== undefined) row.name = input.name;
    if (input.description !== undefined) row.description = input.description;
    if (input.enabled !== undefined) row.enabled = input.enabled;
    if (input.recipients !== undefined) {
      const next = normalizeRecipients(input.recipients);
      // An Admin's approval covered the addresses it saw: a User changing them needs a new one.
      if (!isAdmin(auth) && next.join() !== row.recipients.join()) row.externalRecipientsApprovedBy = null;
      row.recipients = next;
    }
    if (input.external_recipients_allowed !== undefined) {
      this.assertMayAllowExternal(auth, input.external_recipients_allowed);
      row.externalRecipientsApprovedBy = input.external_recipients_allowed ? auth.user.id : null;
    }
    if (input.recurrence !== undefined) Object.assign(row, this.recurrence(input.recurrence));
    else if (input.enabled && row.recurrence && !row.nextRunAt)
      row.nextRunAt = new RecurrenceRule(row.recurrence).firstAtOrAfter(this.clock.now());
    return this.definitions.save(auth.tenant, row);
  }

  async remove(scope: TenantScope, id: string): Promise<void> {
    const row = await this.get(scope, id);
    await this.definitions.delete(scope, { id: row.id });
  }

  async removeMany(scope: TenantScope, ids: string[]): Promise<number> {
    const found = await this.definitions.idsIn(scope, ids);
    return found.length ? this.definitions.delete(scope, { id: In(found) }) : 0;
  }

  /** `POST /v2/advanced_reports/{id}/generate`: a report from the definition, now (its scope needs a completed run). */
  async generate(auth: AuthContext, id: string): Promise<Report> {
    const row = await this.get(auth.tenant, id);
    const spec = await this.requests.check(auth.tenant, specOf(row), 'advanced_report');
    const timeZone = await this.reports.timeZoneOf(auth.user.id);
    return this.dataSource.transaction(async (tx) => {
      const report = await this.reports.queueInTransaction(tx, auth.tenant, spec, {
        name: row.name,
        userId: auth.user.id,
        timeZone,
        advancedReportId: row.id,
      });
      await this.definitions.in(tx).update(auth.tenant, { id: row.id }, { lastReportId: report.id });
      return report;
    });
  }

  /** The definition's latest completed report (409 when none is). */
  async latest(scope: TenantScope, id: string): Promise<Report> {
    const row = await this.get(scope, id);
    return this.reports.latestOf(scope, row.id);
  }

  private assertMayAllowExternal(auth: AuthContext, allow: boolean | undefined) {
    if (allow && !isAdmin(auth))
      throw Forbidden('Only an Admin can allow sending reports to addresses outside the organization');
  }

  private recurrence(input: RecurrenceDto | null): Pick<AdvancedReport, 'recurrence' | 'rrule' | 'nextRunAt'> {
    if (!input) return { recurrence: null, rrule: null, nextRunAt: null };
    const { recurrence, problems } = parseRecurrence(input, 'advanced_report.recurrence.');
    if (problems.length || !recurrence) throw new ParameterError(problems);
    const rule = new RecurrenceRule(recurrence as Recurrence);
    return { recurrence, rrule: rule.toRRuleString(), nextRunAt: rule.firstAtOrAfter(this.clock.now()) };
  }
}

const isAdmin = (auth: AuthContext) => roleAtLeast(auth.user.role, 'Admin');

const normalizeRecipients = (list: string[] | undefined) => [
  ...new Set((list ?? []).map((e) => e.trim().toLowerCase())),
];
