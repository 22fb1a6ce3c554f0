import { Injectable } from '@nestjs/common';
import { ParameterError, RecordNotFound } from '../../common/errors/app-error';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import { ScanResultsService } from '../scans/scan-results.service';
import { ScansService } from '../scans/scans.service';
import { TargetsService } from '../targets/targets.service';
import type { ReportSpecDto } from './dto/report.dto';
import {
  FORMATS_OF,
  type ReportFilters,
  type ReportFormat,
  type ReportKind,
  type ReportScope,
  SECTIONS_OF,
} from './report-kinds';

/** A report request checked against the caller's scope: what to store on the report or definition. */
export interface CheckedSpec {
  organizationId: string;
  kind: ReportKind;
  format: ReportFormat;
  scope: ReportScope;
  filters: ReportFilters;
  sections: string[] | null;
  /** Default name, from the scope (the kind's title is on the cover). */
  defaultName: string;
}

const SCOPE_KEYS = ['scan_id', 'history_id', 'scan_ids', 'target_id'] as const;

const notFound = (err: unknown) => err instanceof RecordNotFound;

/**
 * Checks the kind, format, scope, filters and sections of a report request (422 naming the field, prefix
 * `report.` or `advanced_report.`), resolving the scope's references through the caller's tenant scope: another
 * organization's scan is the same 422 as a missing one. The report belongs to the organization of what it covers.
 */
@Injectable()
export class ReportRequests {
  constructor(
    private readonly scans: ScansService,
    private readonly results: ScanResultsService,
    private readonly targets: TargetsService,
  ) {}

  async check(
    tenant: TenantScope,
    spec: ReportSpecDto,
    prefix: string,
    requireCompletedRuns = true,
  ): Promise<CheckedSpec> {
    const problems: string[] = [];
    const field = (name: string) => `${prefix}.${name}`;
    const kind = spec.kind as ReportKind;
    const format = spec.format as ReportFormat;
    if (!FORMATS_OF[kind].includes(format))
      problems.push(`${field('format')} must be one of ${FORMATS_OF[kind].join(', ')} for kind ${kind}`);
    const given = SCOPE_KEYS.filter((k) => spec[k] !== undefined && spec[k] !== null);
    if (kind === 'delta') {
      if (!spec.history_id || !spec.base_history_id)
        problems.push(`${field('history_id')} and ${field('base_history_id')} are required for kind delta`);
      if (given.some((k) => k !== 'history_id'))
        problems.push(`${field('scope')}: kind delta takes only history_id and base_history_id`);
      if (spec.history_id && spec.history_id === spec.base_history_id)
        problems.push(`${field('base_history_id')} must be another run than history_id`);
    } else {
      if (given.length > 1)
        problems.push(`${field('scope')}: give at most one of ${SCOPE_KEYS.join(', ')} (none: the whole organization)`);
      if (spec.base_history_id) problems.push(`${field('base_history_id')} is only allowed with kind delta`);
    }
    const sections = spec.sections?.length ? [...new Set(spec.sections)] : null;
    for (const s of sections ?? [])
      if (!SECTIONS_OF[kind].includes(s))
        problems.push(`${field('sections')} must contain only ${SECTIONS_OF[kind].join(', ')} for kind ${kind}`);
    const f = spec.filters ?? {};
    if (f.date_range_start && f.date_range_end && Date.parse(f.date_range_start) > Date.parse(f.date_range_end))
      problems.push(`${field('filters.date_range_end')} must not be before date_range_start`);
    if (problems.length) throw new ParameterError([...new Set(problems)]);

    const organizations = new Set<string>();
    const scope: ReportScope = {};
    let label = 'Whole organization';
    const run = async (id: string, name: string) => {
      const r = await this.results.findRun(tenant, id);
      if (!r) throw new ParameterError([`${field(name)} does not exist`]);
      if (requireCompletedRuns && r.status !== 'completed')
        throw new ParameterError([`${field(name)} is not a completed run (it is ${r.status})`]);
      organizations.add(r.organizationId);
      return r;
    };
    const scan = async (id: string, name: string) => {
      const s = await this.scans.get(tenant, id).catch((err: unknown) => {
        if (notFound(err)) throw new ParameterError([`${field(name)} does not exist`]);
        throw err;
      });
      if (requireCompletedRuns && !(await this.results.latestCompletedRun(tenant, s.id)))
        throw new ParameterError([`${field(name)} has no completed run yet`]);
      organizations.add(s.organizationId);
      return s;
    };
    if (kind === 'delta') {
      const current = await run(spec.history_id!, 'history_id');
      const base = await run(spec.base_history_id!, 'base_history_id');
      if (current.scanId !== base.scanId)
        throw new ParameterError([`${field('base_history_id')} must be a run of the same scan as history_id`]);
      scope.history_id = current.id;
      scope.base_history_id = base.id;
      label = 'Changes between runs';
    } else if (spec.history_id) {
      scope.history_id = (await run(spec.history_id, 'history_id')).id;
      label = 'Scan run';
    } else if (spec.scan_id) {
      label = (await scan(spec.scan_id, 'scan_id')).name;
      scope.scan_id = spec.scan_id;
    } else if (spec.scan_ids) {
      const ids = [...new Set(spec.scan_ids)];
      const found = await Promise.all(
        ids.map((id, i) =>
          this.scans.get(tenant, id).catch((err: unknown) => {
            if (notFound(err)) throw new ParameterError([`${field(`scan_ids[${i}]`)} does not exist`]);
            throw err;
          }),
        ),
      );
      found.forEach((s) => organizations.add(s.organizationId));
      if (requireCompletedRuns) {
        const runs = await Promise.all(found.map((s) => this.results.latestCompletedRun(tenant, s.id)));
        if (!runs.some(Boolean))
          throw new ParameterError([`${field('scan_ids')}: none of the scans has a completed run yet`]);
      }
      scope.scan_ids = ids;
      label = `${ids.length} scans`;
    } else if (spec.target_id) {
      const target = await this.targets.get(tenant, spec.target_id).catch((err: unknown) => {
        if (notFound(err)) throw new ParameterError([`${field('target_id')} does not exist`]);
        throw err;
      });
      organizations.add(target.organizationId);
      scope.target_id = target.id;
      label = target.name;
    }
    if (organizations.size > 1) throw new ParameterError([`${field('scope')} must cover one organization`]);
    const filters: ReportFilters = {};
    if (f.severity?.length) filters.severity = [...new Set(f.severity)];
    if (f.status?.length) filters.status = [...new Set(f.status)];
    if (f.date_range_start) filters.date_range_start = new Date(f.date_range_start).toISOString();
    if (f.date_range_end) filters.date_range_end = new Date(f.date_range_end).toISOString();
    return {
      organizationId: [...organizations][0] ?? tenant.organizationId,
      kind,
      format,
      scope,
      filters,
      sections,
      defaultName: label,
    };
  }
}
