import { Injectable } from '@nestjs/common';
import { severityRank } from '../../../common/severity';
import { TenantScope } from '../../../common/tenancy/tenant-scope';
import { HostsService } from '../../hosts/hosts.service';
import { OrganizationsService } from '../../organizations/organizations.service';
import { ScanResultsService } from '../../scans/scan-results.service';
import { ScansService } from '../../scans/scans.service';
import { UsersService } from '../../users/users.service';
import {
  type RecordFilter,
  VulnerabilitiesService,
  type VulnerabilityRecord,
} from '../../vulnerabilities/vulnerabilities.service';
import { WhitelabelService } from '../../whitelabel/whitelabel.service';
import type { Report } from '../report.entity';
import { type ReportFilters, SECTIONS_OF } from '../report-kinds';
import type { ReportData, ReportException, ReportFinding, ReportHost, ReportRun } from './report-model';

type Run = NonNullable<Awaited<ReturnType<ScanResultsService['findRun']>>>;

/** A report cannot be built from its scope any more (a run or scan was deleted): the report fails with this. */
export class ReportScopeGone extends Error {}

/** Runs in a trend chart. */
const TREND_RUNS = 8;

/**
 * Gathers what a report shows from the modules that own it (scans, vulnerabilities, hosts, organizations,
 * whitelabel), through their exported services and the report's organization scope.
 */
@Injectable()
export class ReportDataService {
  constructor(
    private readonly scans: ScansService,
    private readonly results: ScanResultsService,
    private readonly vulnerabilities: VulnerabilitiesService,
    private readonly hostsService: HostsService,
    private readonly organizations: OrganizationsService,
    private readonly whitelabel: WhitelabelService,
    private readonly users: UsersService,
  ) {}

  async load(report: Report, productName: string): Promise<ReportData> {
    const scope = TenantScope.ofPayload(report);
    const organization = await this.organizations.findById(report.organizationId);
    if (!organization) throw new ReportScopeGone('The organization no longer exists');
    const branding = await this.whitelabel.brandingFor(report.organizationId);
    const requester = report.userId ? await this.users.findById(report.userId).catch(() => null) : null;
    const { runs, baseRun, label } = await this.resolveRuns(scope, report);
    const runInfos = await this.describe(scope, runs);
    const baseInfo = baseRun ? (await this.describe(scope, [baseRun]))[0] : null;
    const scanIds = runs.length ? [...new Set(runs.map((r) => r.scanId))] : null;
    const trend = (await this.describe(scope, await this.results.recentRuns(scope, scanIds, TREND_RUNS))).reverse();
    const hosts = runs.length
      ? await this.runHosts(scope, [...runs, ...(baseRun ? [baseRun] : [])])
      : await this.orgHosts(scope);
    const services = new Map<string, string>();
    for (const h of hosts)
      for (const s of h.services) services.set(`${h.address}|${s.port}|${s.protocol}`, serviceLabel(s));

    const filter = recordFilter(report);
    const ranks = filter.severityRanks;
    // Findings come in (host, port, protocol) order: the last lookup is kept (no key string per finding).
    let last: VulnerabilityRecord | null = null;
    let service: string | null = null;
    const finding = (v: VulnerabilityRecord, change?: ReportFinding['change']) => {
      if (!last || last.host !== v.host || last.port !== v.port || last.protocol !== v.protocol)
        service = services.get(`${v.host}|${v.port}|${v.protocol}`) ?? null;
      last = v;
      return toFinding(v, service, change);
    };

    let findingCount: number;
    let findings: () => AsyncIterable<ReportFinding[]>;
    if (report.kind === 'delta' && baseRun) {
      const current = runs[0];
      findingCount =
        (await this.results.countRunFindings(scope, [current.id], ranks)) +
        (await this.results.countRunFindings(scope, [baseRun.id], ranks));
      findings = () => this.deltaFindings(scope, current, baseRun, filter, finding);
    } else if (runs.length) {
      const ids = runs.map((r) => r.id);
      findingCount = await this.results.countRunFindings(scope, ids, ranks);
      findings = () => this.runFindings(scope, ids, filter, finding);
    } else {
      findingCount = await this.vulnerabilities.countRecords(scope, filter);
      findings = () => this.orgFindings(scope, filter, finding);
    }
    const sections = new Set(report.sections?.length ? report.sections : SECTIONS_OF[report.kind]);
    return {
      report: {
        id: report.id,
        name: report.name,
        kind: report.kind,
        format: report.format,
        generatedAt: new Date(),
        timeZone: report.timeZone,
        requestedBy: requester ? displayName(requester) : null,
        sections,
        filtersText: describeFilters(report.filters, filter),
      },
      organization: { id: organization.id, name: organization.name, companyName: organization.companyName },
      branding,
      scopeLabel: label,
      runs: runInfos,
      baseRun: baseInfo,
      trend,
      hosts,
      findingCount,
      findings,
      productName,
    };
  }

  private async resolveRuns(
    scope: TenantScope,
    report: Report,
  ): Promise<{ runs: Run[]; baseRun: Run | null; label: string }> {
    const s = report.scope;
    const completed = async (id: string, what: string) => {
      const run = await this.results.findRun(scope, id);
      if (!run || run.status !== 'completed') throw new ReportScopeGone(`The ${what} is no longer available`);
      return run;
    };
    const latest = async (scanIds: string[]) =>
      (await Promise.all(scanIds.map((id) => this.results.latestCompletedRun(scope, id).catch(() => null)))).filter(
        (r): r is Run => !!r,
      );
    if (report.kind === 'delta') {
      const current = await completed(s.history_id!, 'run');
      const base = await completed(s.base_history_id!, 'base run');
      return { runs: [current], baseRun: base, label: 'Changes between two runs' };
    }
    if (s.history_id) return { runs: [await completed(s.history_id, 'run')], baseRun: null, label: 'One scan run' };
    if (s.scan_id) {
      const runs = await latest([s.scan_id]);
      if (!runs.length) throw new ReportScopeGone('The scan has no completed run');
      return { runs, baseRun: null, label: "The scan's latest run" };
    }
    if (s.scan_ids?.length || s.target_id) {
      const ids = s.scan_ids ?? (await this.scans.idsOfTarget(scope, s.target_id!));
      const runs = await latest(ids);
      if (!runs.length) throw new ReportScopeGone('None of the scans has a completed run');
      return {
        runs,
        baseRun: null,
        label: s.target_id ? "The target's scans (latest runs)" : `${runs.length} scan(s) (latest runs)`,
      };
    }
    return { runs: [], baseRun: null, label: 'Whole organization (all hosts and findings)' };
  }

  private async describe(scope: TenantScope, runs: Run[]): Promise<ReportRun[]> {
    const names = await this.scans.namesOf(scope, [...new Set(runs.map((r) => r.scanId))]);
    return runs.map((r) => {
      const v = r.statistics?.vulnerabilities;
      return {
        id: r.id,
        scanId: r.scanId,
        scanName: names.get(r.scanId) ?? 'Deleted scan',
        targetName: r.targetName,
        startedAt: r.startedAt,
        finishedAt: r.finishedAt,
        engine: r.engine,
        counts: {
          critical: v?.critical ?? 0,
          high: v?.high ?? 0,
          medium: v?.medium ?? 0,
          low: v?.low ?? 0,
          info: v?.info ?? 0,
          total: v?.total ?? 0,
        },
        pciStatus: r.statistics?.pci.status ?? null,
      };
    });
  }

  private async runHosts(scope: TenantScope, runs: Run[]): Promise<ReportHost[]> {
    // Latest run first, so that an address seen by several runs shows what was seen last.
    const order = new Map(runs.map((r, i) => [r.id, i]));
    const rows = (
      await this.results.runHosts(
        scope,
        runs.map((r) => r.id),
      )
    ).sort((a, b) => (order.get(a.historyId) ?? 0) - (order.get(b.historyId) ?? 0));
    const byAddress = new Map<string, ReportHost>();
    for (const h of rows) {
      if (byAddress.has(h.address)) continue;
      byAddress.set(h.address, {
        address: h.address,
        hostname: h.hostname,
        os: h.os,
        status: h.status,
        services: h.services.filter((s) => s.state === 'open').map(toService),
      });
    }
    return [...byAddress.values()].sort((a, b) => compareAddresses(a.address, b.address));
  }

  private async orgHosts(scope: TenantScope): Promise<ReportHost[]> {
    const rows = await this.hostsService.all(scope);
    return rows
      .map((h) => ({
        address: h.address,
        hostname: h.hostname,
        os: h.os,
        status: h.status,
        services: h.services.filter((s) => s.state === 'open').map(toService),
      }))
      .sort((a, b) => compareAddresses(a.address, b.address));
  }

  private async *orgFindings(
    scope: TenantScope,
    filter: RecordFilter,
    finding: (v: VulnerabilityRecord) => ReportFinding,
  ): AsyncGenerator<ReportFinding[]> {
    for await (const batch of this.vulnerabilities.streamRecords(scope, filter)) yield batch.map((v) => finding(v));
  }

  private async *runFindings(
    scope: TenantScope,
    historyIds: string[],
    filter: RecordFilter,
    finding: (v: VulnerabilityRecord) => ReportFinding,
  ): AsyncGenerator<ReportFinding[]> {
    // Several runs may report the same deduplicated finding (two scans of one host): it is listed once.
    const seen = new Set<string>();
    for await (const batch of this.results.runFindings(scope, historyIds, filter.severityRanks)) {
      const records = await this.vulnerabilities.recordsByIds(
        scope,
        batch.map((f) => f.vulnerabilityId),
      );
      const out: ReportFinding[] = [];
      for (const f of batch) {
        const v = records.get(f.vulnerabilityId);
        if (!v || seen.has(v.id) || !matches(v, filter)) continue;
        seen.add(v.id);
        out.push(finding(v));
      }
      if (out.length) yield out;
    }
  }

  /**
   * Delta: the current run's findings marked new, reopened (not in the base run but first seen before it: fixed and
   * back) or persisting, then the base run's findings the current run no longer reports (fixed).
   */
  private async *deltaFindings(
    scope: TenantScope,
    current: Run,
    base: Run,
    filter: RecordFilter,
    finding: (v: VulnerabilityRecord, change: ReportFinding['change']) => ReportFinding,
  ): AsyncGenerator<ReportFinding[]> {
    const inBase = new Set(await this.results.runVulnerabilityIds(scope, base.id));
    const inCurrent = new Set(await this.results.runVulnerabilityIds(scope, current.id));
    const baseTime = (base.startedAt ?? base.createdAt).getTime();
    const walk = async function* (
      this: ReportDataService,
      runId: string,
      pick: (v: VulnerabilityRecord) => ReportFinding['change'] | null,
    ): AsyncGenerator<ReportFinding[]> {
      for await (const batch of this.results.runFindings(scope, [runId], filter.severityRanks)) {
        const records = await this.vulnerabilities.recordsByIds(
          scope,
          batch.map((f) => f.vulnerabilityId),
        );
        const out: ReportFinding[] = [];
        for (const f of batch) {
          const v = records.get(f.vulnerabilityId);
          const change = v && matches(v, { ...filter, statuses: undefined }) ? pick(v) : null;
          if (v && change) out.push(finding(v, change));
        }
        if (out.length) yield out;
      }
    }.bind(this);
    yield* walk(current.id, (v) =>
      inBase.has(v.id) ? 'persisting' : v.firstSeenAt.getTime() < baseTime ? 'reopened' : 'new',
    );
    yield* walk(base.id, (v) => (inCurrent.has(v.id) ? null : 'fixed'));
  }
}

function toService(s: {
  port: number;
  protocol: string;
  service: string | null;
  product: string | null;
  version: string | null;
  tls: boolean;
}) {
  return { port: s.port, protocol: s.protocol, service: s.service, product: s.product, version: s.version, tls: s.tls };
}

function serviceLabel(s: { service: string | null; product: string | null; version: string | null }): string {
  return [s.service, [s.product, s.version].filter(Boolean).join(' ')].filter(Boolean).join(' · ') || 'unknown';
}

/**
 * The record's exception, as the vulnerabilities module provides it on `VulnerabilityRecord.exception` (the
 * exceptions module fills it; until then every finding has none).
 */
function exceptionOf(v: VulnerabilityRecord): ReportException | null {
  const e = v.exception;
  return e ? { id: e.id, reason: e.reason, status: e.status, recastSeverity: e.recastSeverity ?? null } : null;
}

function toFinding(v: VulnerabilityRecord, service: string | null, change?: ReportFinding['change']): ReportFinding {
  return {
    id: v.id,
    host: v.host,
    hostname: v.hostname,
    port: v.port,
    protocol: v.protocol,
    service,
    checkId: v.checkId,
    title: v.title,
    description: v.description,
    solution: v.solution,
    severity: v.severity,
    severityRank: v.severityRank,
    cvssScore: v.cvssScore,
    cvssVector: v.cvssVector,
    cve: v.cve,
    cwe: v.cwe,
    evidence: v.evidence,
    pciFail: v.pciFail,
    pciReason: v.pciReason,
    status: v.status,
    firstSeenAt: v.firstSeenAt,
    lastSeenAt: v.lastSeenAt,
    fixedAt: v.fixedAt,
    ...(change ? { change } : {}),
    exception: exceptionOf(v),
  };
}

/** Kinds that describe the current risk count open findings unless the request names statuses. */
const CURRENT_RISK = new Set<string>(['executive', 'remediation', 'pci_asv']);

export function recordFilter(report: Pick<Report, 'kind' | 'filters' | 'scope'>): RecordFilter {
  const f: ReportFilters = report.filters ?? {};
  const orgWide =
    !report.scope.history_id && !report.scope.scan_id && !report.scope.scan_ids && !report.scope.target_id;
  return {
    severityRanks: f.severity?.length ? f.severity.map(severityRank) : undefined,
    statuses: f.status?.length ? f.status : orgWide && CURRENT_RISK.has(report.kind) ? ['open', 'reopened'] : undefined,
    lastSeenFrom: f.date_range_start ? new Date(f.date_range_start) : null,
    lastSeenTo: f.date_range_end ? new Date(f.date_range_end) : null,
  };
}

function matches(v: VulnerabilityRecord, f: RecordFilter): boolean {
  if (f.statuses?.length && !f.statuses.includes(v.status)) return false;
  if (f.lastSeenFrom && v.lastSeenAt < f.lastSeenFrom) return false;
  if (f.lastSeenTo && v.lastSeenAt > f.lastSeenTo) return false;
  return true;
}

function describeFilters(raw: ReportFilters, f: RecordFilter): string[] {
  const out: string[] = [];
  if (raw.severity?.length) out.push(`Severity: ${raw.severity.join(', ')}`);
  if (f.statuses?.length) out.push(`Status: ${f.statuses.join(', ')}${raw.status?.length ? '' : ' (default)'}`);
  if (raw.date_range_start || raw.date_range_end)
    out.push(`Last seen: ${raw.date_range_start ?? '…'} to ${raw.date_range_end ?? '…'}`);
  return out;
}

function displayName(u: { firstName: string | null; lastName: string | null; username: string; email: string }) {
  const name = [u.firstName, u.lastName].filter(Boolean).join(' ');
  return name ? `${name} <${u.email}>` : `${u.username} <${u.email}>`;
}

/** IPv4 addresses in numeric order, then everything else alphabetically. */
export function compareAddresses(a: string, b: string): number {
  const num = (x: string) =>
    /^\d+\.\d+\.\d+\.\d+$/.test(x) ? x.split('.').reduce((n, p) => n * 256 + Number(p), 0) : null;
  const x = num(a);
  const y = num(b);
  if (x !== null && y !== null) return x - y;
  if (x !== null) return -1;
  if (y !== null) return 1;
  return a.localeCompare(b);
}
