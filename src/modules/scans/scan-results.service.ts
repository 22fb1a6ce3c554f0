import { Injectable } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import { RecordNotFound } from '../../common/errors/app-error';
import { cappedPaginate } from '../../common/listing/capped-paginate';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { EXCEPTION_REASONS } from '../../common/ports/finding-exceptions';
import { severityOfRank } from '../../common/severity';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import {
  exceptionListColumns,
  type RunFindingEffect,
  VulnerabilitiesService,
} from '../vulnerabilities/vulnerabilities.service';
import { ScanFinding } from './scan-finding.entity';
import { ScanHistory, type RunStatistics } from './scan-history.entity';
import { ScanHost } from './scan-host.entity';
import { RUN_STATUSES } from './scan-state';
import type { Scan } from './scan.entity';
import { ScansService } from './scans.service';

export const HISTORY_LIST: ListSpec = {
  columns: {
    status: { sql: 'h.status', type: 'enum', values: RUN_STATUSES },
    trigger: { sql: 'h.trigger', type: 'enum', values: ['manual', 'schedule'] },
    schedule_id: { sql: 'h.schedule_id', type: 'uuid' },
    started_at: { sql: 'h.started_at', type: 'date' },
    finished_at: { sql: 'h.finished_at', type: 'date' },
    created_at: { sql: 'h.created_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  tieBreaker: 'h.id',
};

/** Per-run lists: `q[history_id]` picks the run; without it, the scan's latest completed run. */
export const SCAN_HOST_LIST: ListSpec = {
  columns: {
    history_id: { sql: 'sh.history_id', type: 'uuid' },
    address: { sql: 'sh.address', type: 'string' },
    hostname: { sql: 'sh.hostname', type: 'string' },
    status: { sql: 'sh.status', type: 'enum', values: ['up', 'down'] },
    vulnerability_count: { sql: 'sh.vulnerability_count', type: 'number' },
    scanned_at: { sql: 'sh.scanned_at', type: 'date' },
  },
  defaultSort: 'address:asc',
  dateColumn: 'scanned_at',
  search: ['address', 'hostname'],
  tieBreaker: 'sh.id',
};

export const SCAN_VULNERABILITY_LIST: ListSpec = {
  columns: {
    history_id: { sql: 'f.history_id', type: 'uuid' },
    scan_host_id: { sql: 'f.scan_host_id', type: 'uuid' },
    severity: { sql: 'f.severity_rank', type: 'severity' },
    check_id: { sql: 'f.check_id', type: 'string' },
    title: { sql: 'f.title', type: 'string' },
    host: { sql: 'f.host', type: 'string' },
    port: { sql: 'f.port', type: 'number' },
    protocol: { sql: 'f.protocol', type: 'enum', values: ['tcp', 'udp'] },
    cvss_score: { sql: 'f.cvss_score', type: 'number' },
    pci_fail: { sql: 'f.pci_fail', type: 'boolean' },
    change: { sql: 'f.change', type: 'enum', values: ['new', 'persisting'] },
    ...exceptionListColumns('f.vulnerability_id'),
  },
  defaultSort: 'severity:desc',
  search: ['title', 'check_id', 'host'],
  tieBreaker: 'f.id',
};

/** One finding of a run as reports read it: its place in the run and the deduplicated record it points to. */
export interface RunFindingRow {
  id: string;
  historyId: string;
  scanId: string;
  vulnerabilityId: string;
  host: string;
  port: number | null;
  protocol: string | null;
  checkId: string;
  severityRank: number;
  change: 'new' | 'persisting';
}

export interface ScanStatistics extends RunStatistics {
  scan_id: string;
  history_id: string | null;
  runs: { total: number; completed: number; failed: number; stopped: number };
}

/**
 * A run's statistics as the API shows them: what the run found, with the findings an active exception covers now
 * counted as the global counters count them (out of the severity counts under a false positive, compensating control
 * or accepted risk; at the recast severity under a disputed one; PCI as the exception imposes), and how many each
 * reason covers. The stored statistics stay what the run observed.
 */
export function withExceptions(stats: RunStatistics, effects: RunFindingEffect[]): RunStatistics {
  const vulnerabilities = { ...stats.vulnerabilities };
  const exceptions = Object.fromEntries(EXCEPTION_REASONS.map((r) => [r, 0])) as NonNullable<
    RunStatistics['exceptions']
  >;
  let failing = stats.pci.failing;
  for (const e of effects) {
    exceptions[e.reason] += 1;
    const found = severityOfRank(e.severityRank);
    if (e.excluded) {
      vulnerabilities[found] -= 1;
      vulnerabilities.total -= 1;
    } else if (e.recastSeverityRank !== null) {
      vulnerabilities[found] -= 1;
      vulnerabilities[severityOfRank(e.recastSeverityRank)] += 1;
    }
    failing += Number(e.exceptionPciFail ?? e.pciFail) - Number(e.pciFail);
  }
  return { ...stats, vulnerabilities, pci: { status: failing > 0 ? 'fail' : 'pass', failing }, exceptions };
}

/** Results of one scan's runs: histories, hosts, findings and statistics; every read goes through the scan's scope. */
@Injectable()
export class ScanResultsService {
  constructor(
    private readonly scans: ScansService,
    @InjectTenantRepository(ScanHistory) private readonly histories: TenantRepository<ScanHistory>,
    @InjectTenantRepository(ScanHost) private readonly hosts: TenantRepository<ScanHost>,
    @InjectTenantRepository(ScanFinding) private readonly findings: TenantRepository<ScanFinding>,
    private readonly vulnerabilities: VulnerabilitiesService,
  ) {}

  async listHistories(scope: TenantScope, scanId: string, query: ListQuery) {
    const scan = await this.scans.get(scope, scanId);
    const qb = this.histories.query(scope, 'h').andWhere('h.scan_id = :scanId', { scanId: scan.id });
    const page = await paginate(qb, query, HISTORY_LIST);
    return { ...page, items: await this.withExceptions(scan, page.items) };
  }

  async getHistory(scope: TenantScope, scanId: string, historyId: string): Promise<ScanHistory> {
    const scan = await this.scans.get(scope, scanId);
    const history = await this.histories.findOne(scope, { id: historyId, scanId: scan.id });
    if (!history) throw new RecordNotFound();
    return (await this.withExceptions(scan, [history]))[0];
  }

  async listHosts(scope: TenantScope, scanId: string, query: ListQuery) {
    const scan = await this.scans.get(scope, scanId);
    const qb = this.hosts.query(scope, 'sh').andWhere('sh.scan_id = :scanId', { scanId: scan.id });
    await this.restrictToRun(qb, 'sh', scope, scan, query);
    return paginate(qb, query, SCAN_HOST_LIST);
  }

  async getHost(scope: TenantScope, scanId: string, hostId: string): Promise<ScanHost> {
    const scan = await this.scans.get(scope, scanId);
    const host = await this.hosts.findOne(scope, { id: hostId, scanId: scan.id });
    if (!host) throw new RecordNotFound();
    return host;
  }

  async listVulnerabilities(scope: TenantScope, scanId: string, query: ListQuery) {
    const scan = await this.scans.get(scope, scanId);
    const qb = this.findings.query(scope, 'f').andWhere('f.scan_id = :scanId', { scanId: scan.id });
    await this.restrictToRun(qb, 'f', scope, scan, query);
    const page = await cappedPaginate(qb, query, SCAN_VULNERABILITY_LIST);
    const records = await this.vulnerabilities.byIds(
      scope,
      page.items.map((f) => f.vulnerabilityId),
    );
    return { ...page, records };
  }

  async getVulnerability(scope: TenantScope, scanId: string, findingId: string) {
    const scan = await this.scans.get(scope, scanId);
    const finding = await this.findings.findOne(scope, { id: findingId, scanId: scan.id });
    if (!finding) throw new RecordNotFound();
    const records = await this.vulnerabilities.byIds(scope, [finding.vulnerabilityId]);
    return { finding, record: records.get(finding.vulnerabilityId) };
  }

  /** Statistics of a run (default: the latest completed one) and counts of the scan's runs. */
  async statistics(scope: TenantScope, scanId: string, historyId?: string): Promise<ScanStatistics> {
    const scan = await this.scans.get(scope, scanId);
    const run = historyId
      ? await this.histories.findOne(scope, { id: historyId, scanId: scan.id })
      : (
          await this.histories.find(
            scope,
            { scanId: scan.id, status: 'completed' },
            { order: { finishedAt: 'DESC' }, take: 1 },
          )
        )[0];
    if (historyId && !run) throw new RecordNotFound();
    const counts: { status: string; n: string }[] = await this.histories
      .query(scope, 'h')
      .select('h.status', 'status')
      .addSelect('count(*)', 'n')
      .andWhere('h.scan_id = :scanId', { scanId: scan.id })
      .groupBy('h.status')
      .getRawMany();
    const n = (status: string) => Number(counts.find((c) => c.status === status)?.n ?? 0);
    const [shown] = run ? await this.withExceptions(scan, [run]) : [];
    const stats: RunStatistics = shown?.statistics ?? {
      hosts_total: 0,
      hosts_up: 0,
      open_ports: 0,
      vulnerabilities: { total: 0, critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      pci: { status: 'pass', failing: 0 },
      changes: { new: 0, fixed: 0, persisting: 0, previous_history_id: null },
    };
    return {
      scan_id: scan.id,
      history_id: run?.statistics ? run.id : null,
      ...stats,
      runs: {
        total: counts.reduce((a, c) => a + Number(c.n), 0),
        completed: n('completed'),
        failed: n('failed'),
        stopped: n('stopped'),
      },
    };
  }

  /** One run in the scope by its id alone (reports name runs without their scan), or null. */
  findRun(scope: TenantScope, historyId: string): Promise<ScanHistory | null> {
    return this.histories.findOne(scope, { id: historyId });
  }

  /** A scan's latest completed run, or null (404 when the scan is not in the scope). */
  async latestCompletedRun(scope: TenantScope, scanId: string): Promise<ScanHistory | null> {
    const scan = await this.scans.get(scope, scanId);
    const [run] = await this.histories.find(
      scope,
      { scanId: scan.id, status: 'completed' },
      { order: { finishedAt: 'DESC' }, take: 1 },
    );
    return run ?? null;
  }

  /** Completed runs, latest first: of some scans, or of the whole scope (trends in reports). */
  recentRuns(scope: TenantScope, scanIds: string[] | null, limit: number): Promise<ScanHistory[]> {
    return this.histories.find(
      scope,
      { status: 'completed', ...(scanIds ? { scanId: In(scanIds) } : {}) },
      { order: { finishedAt: 'DESC' }, take: limit },
    );
  }

  /** The hosts some runs saw, by address. */
  runHosts(scope: TenantScope, historyIds: string[]): Promise<ScanHost[]> {
    if (!historyIds.length) return Promise.resolve([]);
    return this.hosts.find(scope, { historyId: In(historyIds) }, { order: { address: 'ASC', id: 'ASC' } });
  }

  countRunFindings(scope: TenantScope, historyIds: string[], severityRanks?: number[]): Promise<number> {
    if (!historyIds.length) return Promise.resolve(0);
    const qb = this.findings.query(scope, 'f').andWhere('f.history_id IN (:...runIds)', { runIds: historyIds });
    if (severityRanks?.length) qb.andWhere('f.severity_rank IN (:...runRanks)', { runRanks: severityRanks });
    return qb.getCount();
  }

  /** The vulnerability ids a run reported (delta reports compare two runs with them). */
  async runVulnerabilityIds(scope: TenantScope, historyId: string): Promise<string[]> {
    const rows = await this.findings
      .query(scope, 'f')
      .select('f.vulnerability_id', 'id')
      .andWhere('f.history_id = :historyId', { historyId })
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /**
   * The findings of some runs in (host, port, protocol, check id) order, as batches (keyset walk: constant memory).
   * Details (description, solution, first/last seen ...) are on the deduplicated records, see
   * `VulnerabilitiesService.recordsByIds`.
   */
  async *runFindings(
    scope: TenantScope,
    historyIds: string[],
    severityRanks?: number[],
    batchSize = 1000,
  ): AsyncGenerator<RunFindingRow[]> {
    if (!historyIds.length) return;
    let after: RunFindingRow | null = null;
    for (;;) {
      const qb = this.findings
        .query(scope, 'f')
        .select(
          `f.id AS id, f.history_id AS "historyId", f.scan_id AS "scanId", f.vulnerability_id AS "vulnerabilityId",
           f.host AS host, f.port AS port, f.protocol AS protocol, f.check_id AS "checkId",
           f.severity_rank AS "severityRank", f.change AS change`,
        )
        .andWhere('f.history_id IN (:...runIds)', { runIds: historyIds });
      if (severityRanks?.length) qb.andWhere('f.severity_rank IN (:...runRanks)', { runRanks: severityRanks });
      if (after)
        qb.andWhere(
          `(f.host, COALESCE(f.port, 0), COALESCE(f.protocol, ''), f.check_id, f.id) > (:kh, :kp, :kpr, :kc, :kid)`,
          { kh: after.host, kp: after.port ?? 0, kpr: after.protocol ?? '', kc: after.checkId, kid: after.id },
        );
      qb.orderBy('f.host', 'ASC')
        .addOrderBy('COALESCE(f.port, 0)', 'ASC')
        .addOrderBy(`COALESCE(f.protocol, '')`, 'ASC')
        .addOrderBy('f.check_id', 'ASC')
        .addOrderBy('f.id', 'ASC')
        .limit(batchSize);
      const [sql, params] = qb.getQueryAndParameters();
      const rows: RunFindingRow[] = (await qb.connection.query(sql, params)).map((r: RunFindingRow) => ({
        ...r,
        severityRank: Number(r.severityRank),
      }));
      if (!rows.length) return;
      yield rows;
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1];
    }
  }

  /** The runs with their statistics as shown (`withExceptions`), read with one query; the rows are not changed. */
  private async withExceptions(scan: Scan, runs: ScanHistory[]): Promise<ScanHistory[]> {
    const counted = runs.filter((r) => r.statistics).map((r) => r.id);
    const effects = await this.vulnerabilities.runExceptionEffects(scan.organizationId, counted);
    return runs.map((r) =>
      r.statistics
        ? {
            ...r,
            statistics: withExceptions(
              r.statistics,
              effects.filter((e) => e.historyId === r.id),
            ),
          }
        : r,
    );
  }

  /** Without `q[history_id]`, the latest completed run (or none: an empty list). */
  private async restrictToRun<T extends object>(
    qb: SelectQueryBuilder<T>,
    alias: string,
    scope: TenantScope,
    scan: Scan,
    query: ListQuery,
  ) {
    if (query.filters.some((f) => f.column === 'history_id')) return;
    const [latest] = await this.histories.find(
      scope,
      { scanId: scan.id, status: 'completed' },
      { order: { finishedAt: 'DESC' }, select: { id: true }, take: 1 },
    );
    if (latest) qb.andWhere(`${alias}.history_id = :latestHistoryId`, { latestHistoryId: latest.id });
    else qb.andWhere('1 = 0');
  }
}
