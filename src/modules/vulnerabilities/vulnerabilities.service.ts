import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { cappedPaginate } from '../../common/listing/capped-paginate';
import {
  applyListFilters,
  filtersOnlyBy,
  likePattern,
  type ListQuery,
  type ListSpec,
} from '../../common/listing/list-query';
import { SEVERITIES, severityOfRank, severityRank } from '../../common/severity';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import type { Finding, PortRange } from '../scan-engines/scan-engine';
import { VulnerabilityCheckStat } from './vulnerability-check-stat.entity';
import { Vulnerability, VULNERABILITY_STATUSES } from './vulnerability.entity';

/** Filters and sorts of `GET /v2/vulnerabilities`; `severity` filters and sorts by rank (critical > ... > info). */
export const VULNERABILITY_LIST: ListSpec = {
  columns: {
    severity: { sql: 'v.severity_rank', type: 'severity' },
    status: { sql: 'v.status', type: 'enum', values: VULNERABILITY_STATUSES },
    check_id: { sql: 'v.check_id', type: 'string' },
    title: { sql: 'v.title', type: 'string' },
    host: { sql: 'v.host', type: 'string' },
    hostname: { sql: 'v.hostname', type: 'string' },
    host_id: { sql: 'v.host_id', type: 'uuid' },
    scan_id: { sql: 'v.last_scan_id', type: 'uuid' },
    port: { sql: 'v.port', type: 'number' },
    protocol: { sql: 'v.protocol', type: 'enum', values: ['tcp', 'udp'] },
    cvss_score: { sql: 'v.cvss_score', type: 'number' },
    cve: { sql: 'v.cve', type: 'string[]', sortable: false },
    pci_fail: { sql: 'v.pci_fail', type: 'boolean' },
    organization_id: { sql: 'v.organization_id', type: 'uuid' },
    first_seen_at: { sql: 'v.first_seen_at', type: 'date' },
    last_seen_at: { sql: 'v.last_seen_at', type: 'date' },
    created_at: { sql: 'v.created_at', type: 'date' },
  },
  defaultSort: 'severity:desc',
  dateColumn: 'last_seen_at',
  search: ['title', 'check_id', 'host'],
  tieBreaker: 'v.id',
};

/**
 * Filters of the PCI widget: what applies to hosts and findings alike (the hosts module answers the same names in
 * `HOST_WIDGET_FILTERS`).
 */
export const PCI_WIDGET_FILTERS: ListSpec = {
  ...VULNERABILITY_LIST,
  columns: Object.fromEntries(
    ['host', 'hostname', 'host_id', 'scan_id', 'organization_id', 'last_seen_at'].map((c) => [
      c,
      VULNERABILITY_LIST.columns[c],
    ]),
  ),
  search: undefined,
};

/** Filters of the counters' table, for the widgets' fast path (no filter, or only the organization). */
const CHECK_STATS_FILTERS: ListSpec = {
  columns: { organization_id: { sql: 's.organization_id', type: 'uuid' } },
  defaultSort: 'organization_id:asc',
  tieBreaker: 's.check_id',
};

const NO_FILTER: ListQuery = { page: 1, perPage: 1, filters: [], sort: [] };

/** Columns stored lower-case (see `list`). */
const LOWER_CASE_COLUMNS: Record<string, string> = { check_id: 'v.check_id', host: 'v.host' };

/** A finding of a run, with the host it belongs to. */
export interface RunFinding {
  hostAddress: string;
  hostname: string | null;
  hostId: string | null;
  finding: Finding;
}

export interface IngestRunInput {
  organizationId: string;
  scanId: string;
  historyId: string;
  seenAt: Date;
  findings: RunFinding[];
  /** Hosts the run reached: their findings that were not reported again are marked fixed. */
  hostsUp: string[];
  /** Ports the run probed: a port-level finding is fixed only if its port was probed. */
  ports: PortRange[];
}

/** A finding as reports read it (plain values; no entity). */
export interface VulnerabilityRecord {
  id: string;
  hostId: string | null;
  host: string;
  hostname: string | null;
  /** null for host-level findings. */
  port: number | null;
  protocol: string | null;
  checkId: string;
  title: string;
  description: string;
  solution: string;
  cvssVector: string;
  cvssScore: number;
  severity: string;
  severityRank: number;
  cve: string[];
  cwe: string[];
  evidence: string;
  pciFail: boolean;
  pciReason: string | null;
  status: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  fixedAt: Date | null;
  lastScanId: string | null;
  lastHistoryId: string | null;
  /**
   * The exception or dispute covering the finding (API.md: `exception: {id, reason, status}`, plus the recast
   * severity of a disputed one). Not filled yet: the exceptions module (issue 14) sets it in `toRecord`/`recordsByIds`.
   */
  exception?: { id: string; reason: string; status: string; recastSeverity?: string | null } | null;
}

/** Which findings a report reads: severities (ranks), statuses, and a range of last_seen_at. */
export interface RecordFilter {
  severityRanks?: number[];
  statuses?: string[];
  lastSeenFrom?: Date | null;
  lastSeenTo?: Date | null;
}

const RECORD_COLUMNS = `v.id, v.host_id, v.host, v.hostname, v.port, v.protocol, v.check_id, v.title, v.description, v.solution,
  v.cvss_vector, v.cvss_score, v.severity, v.severity_rank, v.cve, v.cwe, v.evidence, v.pci_fail, v.pci_reason, v.status,
  v.first_seen_at, v.last_seen_at, v.fixed_at, v.last_scan_id, v.last_history_id`;

const toRecord = (r: Record<string, any>): VulnerabilityRecord => ({
  id: r.id,
  hostId: r.host_id,
  host: r.host,
  hostname: r.hostname,
  port: r.port === 0 ? null : r.port,
  protocol: r.protocol === '' ? null : r.protocol,
  checkId: r.check_id,
  title: r.title,
  description: r.description,
  solution: r.solution,
  cvssVector: r.cvss_vector,
  cvssScore: Number(r.cvss_score),
  severity: r.severity,
  severityRank: Number(r.severity_rank),
  cve: r.cve ?? [],
  cwe: r.cwe ?? [],
  evidence: r.evidence,
  pciFail: r.pci_fail,
  pciReason: r.pci_reason,
  status: r.status,
  firstSeenAt: new Date(r.first_seen_at),
  lastSeenAt: new Date(r.last_seen_at),
  fixedAt: r.fixed_at ? new Date(r.fixed_at) : null,
  lastScanId: r.last_scan_id,
  lastHistoryId: r.last_history_id,
});

export const findingKey = (host: string, port: number | null, protocol: string | null, checkId: string) =>
  `${host}|${port ?? 0}|${protocol ?? ''}|${checkId}`;

@Injectable()
export class VulnerabilitiesService {
  constructor(
    @InjectTenantRepository(Vulnerability) private readonly vulnerabilities: TenantRepository<Vulnerability>,
    @InjectTenantRepository(VulnerabilityCheckStat)
    private readonly checkStats: TenantRepository<VulnerabilityCheckStat>,
  ) {}

  /**
   * Stores a run's findings in the deduplicated store (inside the caller's transaction): new keys are inserted
   * `open`, known ones get `last_seen_at` (and `reopened` when they had been fixed); open findings on reached
   * hosts that the run did not report again become `fixed`. Returns the vulnerability id of each finding key.
   */
  async ingestRun(tx: EntityManager, input: IngestRunInput): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const { hostAddress, hostname, hostId, finding: f } of input.findings) {
      const key = findingKey(hostAddress, f.port, f.protocol, f.checkId);
      if (ids.has(key)) continue;
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO vulnerabilities AS v (organization_id, host_id, host, hostname, port, protocol, check_id, title, description,
           solution, cvss_vector, cvss_score, severity, severity_rank, cve, cwe, evidence, pci_fail, pci_reason, status,
           first_seen_at, last_seen_at, last_scan_id, last_history_id)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,'open',$20,$20,$21,$22)
         ON CONFLICT (organization_id, host, port, protocol, check_id) DO UPDATE SET
           host_id = EXCLUDED.host_id, hostname = EXCLUDED.hostname, title = EXCLUDED.title,
           description = EXCLUDED.description, solution = EXCLUDED.solution, cvss_vector = EXCLUDED.cvss_vector,
           cvss_score = EXCLUDED.cvss_score, severity = EXCLUDED.severity, severity_rank = EXCLUDED.severity_rank,
           cve = EXCLUDED.cve, cwe = EXCLUDED.cwe, evidence = EXCLUDED.evidence, pci_fail = EXCLUDED.pci_fail,
           pci_reason = EXCLUDED.pci_reason, last_seen_at = EXCLUDED.last_seen_at, last_scan_id = EXCLUDED.last_scan_id,
           last_history_id = EXCLUDED.last_history_id, fixed_at = NULL, updated_at = now(),
           status = CASE WHEN v.status = 'fixed' THEN 'reopened' ELSE v.status END
         RETURNING id`,
        [
          input.organizationId,
          hostId,
          hostAddress,
          hostname,
          f.port ?? 0,
          f.protocol ?? '',
          f.checkId,
          f.title.slice(0, 500),
          f.description,
          f.solution,
          f.cvssVector.slice(0, 200),
          f.cvssScore,
          f.severity,
          severityRank(f.severity),
          f.cve,
          f.cwe,
          f.evidence,
          f.pciFail,
          f.pciReason?.slice(0, 255) ?? null,
          input.seenAt,
          input.scanId,
          input.historyId,
        ],
      );
      ids.set(key, rows[0].id);
    }
    await this.markFixed(tx, input);
    return ids;
  }

  private async markFixed(tx: EntityManager, input: IngestRunInput) {
    if (!input.hostsUp.length) return;
    const candidates: { id: string; port: number; protocol: string }[] = await tx.query(
      `SELECT id, port, protocol FROM vulnerabilities
        WHERE organization_id = $1 AND host = ANY($2) AND status IN ('open', 'reopened')
          AND last_history_id IS DISTINCT FROM $3`,
      [input.organizationId, input.hostsUp, input.historyId],
    );
    const probed = (port: number, protocol: string) =>
      port === 0 || input.ports.some((r) => r.protocol === protocol && port >= r.start && port <= r.end);
    const fixed = candidates.filter((c) => probed(c.port, c.protocol)).map((c) => c.id);
    if (fixed.length) {
      await tx.query(
        `UPDATE vulnerabilities SET status = 'fixed', fixed_at = $2, updated_at = now() WHERE id = ANY($1)`,
        [fixed, input.seenAt],
      );
    }
  }

  /** Rebuilds the widget counters of one organization (inside the caller's transaction). */
  async refreshStats(tx: EntityManager, organizationId: string) {
    await tx.query(`DELETE FROM vulnerability_check_stats WHERE organization_id = $1`, [organizationId]);
    await tx.query(
      `INSERT INTO vulnerability_check_stats (organization_id, check_id, title, severity, severity_rank, open_count, fixed_count, pci_fail_count)
       SELECT organization_id, check_id, max(title), max(severity), severity_rank,
              count(*) FILTER (WHERE status <> 'fixed'), count(*) FILTER (WHERE status = 'fixed'),
              count(*) FILTER (WHERE status <> 'fixed' AND pci_fail)
         FROM vulnerabilities WHERE organization_id = $1 GROUP BY organization_id, check_id, severity_rank`,
      [organizationId],
    );
  }

  list(scope: TenantScope, query: ListQuery) {
    const qb = this.vulnerabilities.query(scope, 'v');
    return cappedPaginate(qb, this.applyLowerCased(qb, query), VULNERABILITY_LIST);
  }

  /**
   * Check ids and hosts are stored lower-case, so comparing the lower-cased value case-sensitively answers the same
   * as the generic case-insensitive match, and can use the indexes (ILIKE cannot): `=` without `*`, and LIKE
   * otherwise, which the pattern-ops indexes answer as a range scan when the value starts with a prefix. Returns the
   * query without those filters, for the generic code.
   */
  private applyLowerCased(qb: ReturnType<TenantRepository<Vulnerability>['query']>, query: ListQuery): ListQuery {
    const lowerCased = query.filters.filter((f) => LOWER_CASE_COLUMNS[f.column]);
    lowerCased.forEach((f, i) => {
      const value = f.value.toLowerCase();
      if (value.includes('*'))
        qb.andWhere(`${LOWER_CASE_COLUMNS[f.column]} LIKE :lc${i} ESCAPE '\\'`, { [`lc${i}`]: likePattern(value) });
      else qb.andWhere(`${LOWER_CASE_COLUMNS[f.column]} = :lc${i}`, { [`lc${i}`]: value });
    });
    return { ...query, filters: query.filters.filter((f) => !lowerCased.includes(f)) };
  }

  /** The findings a widget counts: the scope, narrowed by the list filters of `GET /v2/vulnerabilities`. */
  private filtered(scope: TenantScope, query: ListQuery) {
    const qb = this.vulnerabilities.query(scope, 'v');
    return applyListFilters(qb, this.applyLowerCased(qb, query), VULNERABILITY_LIST);
  }

  /** The widgets read the pre-aggregated counters unless a filter needs the findings themselves. */
  private readsCounters(query: ListQuery | undefined): boolean {
    return !query || filtersOnlyBy(query, ['organization_id']);
  }

  get(scope: TenantScope, id: string): Promise<Vulnerability> {
    return this.vulnerabilities.get(scope, id);
  }

  /** Several by id within the scope (for the per-run view's descriptions). */
  async byIds(scope: TenantScope, ids: string[]): Promise<Map<string, Vulnerability>> {
    if (!ids.length) return new Map();
    const rows = await this.vulnerabilities.find(scope, { id: In(ids) });
    return new Map(rows.map((v) => [v.id, v]));
  }

  /** Findings of the scope as plain records, by id (reports read the details of a run's findings with it). */
  async recordsByIds(scope: TenantScope, ids: string[]): Promise<Map<string, VulnerabilityRecord>> {
    if (!ids.length) return new Map();
    const qb = this.vulnerabilities
      .query(scope, 'v')
      .select(RECORD_COLUMNS)
      .andWhere('v.id IN (:...recordIds)', { recordIds: [...new Set(ids)] });
    const [sql, params] = qb.getQueryAndParameters();
    const rows: Record<string, unknown>[] = await qb.connection.query(sql, params);
    return new Map(rows.map((r) => [r.id as string, toRecord(r)]));
  }

  /** How many findings of the scope match a report's filter. */
  countRecords(scope: TenantScope, filter: RecordFilter): Promise<number> {
    return this.filteredRecords(scope, filter).getCount();
  }

  /**
   * The scope's findings matching a filter, in (host, port, protocol, check id) order, as batches: a keyset walk over
   * the unique key's index, so that a report over millions of findings reads at constant memory and each batch is an
   * index range scan. Raw rows, no entity hydration: this is the 1M-findings CSV path.
   */
  async *streamRecords(
    scope: TenantScope,
    filter: RecordFilter,
    batchSize = 1000,
  ): AsyncGenerator<VulnerabilityRecord[]> {
    let after: Record<string, unknown> | null = null;
    for (;;) {
      const qb = this.filteredRecords(scope, filter).select(RECORD_COLUMNS);
      if (after)
        qb.andWhere('(v.host, v.port, v.protocol, v.check_id, v.id) > (:kh, :kp, :kpr, :kc, :kid)', {
          kh: after.host,
          kp: after.port,
          kpr: after.protocol,
          kc: after.check_id,
          kid: after.id,
        });
      qb.orderBy('v.host', 'ASC')
        .addOrderBy('v.port', 'ASC')
        .addOrderBy('v.protocol', 'ASC')
        .addOrderBy('v.check_id', 'ASC')
        .addOrderBy('v.id', 'ASC')
        .limit(batchSize);
      const [sql, params] = qb.getQueryAndParameters();
      const rows: Record<string, unknown>[] = await qb.connection.query(sql, params);
      if (!rows.length) return;
      yield rows.map(toRecord);
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1];
    }
  }

  private filteredRecords(scope: TenantScope, f: RecordFilter) {
    const qb = this.vulnerabilities.query(scope, 'v');
    if (f.severityRanks?.length) qb.andWhere('v.severity_rank IN (:...fRanks)', { fRanks: f.severityRanks });
    if (f.statuses?.length) qb.andWhere('v.status IN (:...fStatuses)', { fStatuses: f.statuses });
    if (f.lastSeenFrom) qb.andWhere('v.last_seen_at >= :fFrom', { fFrom: f.lastSeenFrom });
    if (f.lastSeenTo) qb.andWhere('v.last_seen_at <= :fTo', { fTo: f.lastSeenTo });
    return qb;
  }

  /** Counts by severity and status: from the pre-aggregated counters, or from the findings a filter selects. */
  async totals(scope: TenantScope, query?: ListQuery) {
    const qb = this.readsCounters(query)
      ? applyListFilters(this.checkStats.query(scope, 's'), query ?? NO_FILTER, CHECK_STATS_FILTERS)
          .select('s.severity_rank', 'rank')
          .addSelect('sum(s.open_count)', 'open')
          .addSelect('sum(s.fixed_count)', 'fixed')
          .addSelect('sum(s.pci_fail_count)', 'pci')
          .groupBy('s.severity_rank')
      : this.filtered(scope, query!)
          .select('v.severity_rank', 'rank')
          .addSelect(`count(*) FILTER (WHERE v.status <> 'fixed')`, 'open')
          .addSelect(`count(*) FILTER (WHERE v.status = 'fixed')`, 'fixed')
          .addSelect(`count(*) FILTER (WHERE v.status <> 'fixed' AND v.pci_fail)`, 'pci')
          .groupBy('v.severity_rank');
    const rows = await qb.getRawMany<{ rank: number; open: string; fixed: string; pci: string }>();
    const bySeverity = Object.fromEntries(SEVERITIES.map((name) => [name, 0])) as Record<string, number>;
    let open = 0;
    let fixed = 0;
    let pciFailing = 0;
    for (const r of rows) {
      bySeverity[severityOfRank(Number(r.rank))] += Number(r.open);
      open += Number(r.open);
      fixed += Number(r.fixed);
      pciFailing += Number(r.pci);
    }
    return { open, fixed, total: open + fixed, pciFailing, bySeverity };
  }

  /** The checks with the most open findings (among those a filter selects). */
  async top(scope: TenantScope, limit: number, query?: ListQuery) {
    const qb = this.readsCounters(query)
      ? applyListFilters(this.checkStats.query(scope, 's'), query ?? NO_FILTER, CHECK_STATS_FILTERS)
          .select('s.check_id', 'check_id')
          .addSelect('max(s.title)', 'title')
          .addSelect('max(s.severity_rank)', 'rank')
          .addSelect('sum(s.open_count)', 'open')
          .addSelect('sum(s.pci_fail_count)', 'pci')
          .groupBy('s.check_id')
          .having('sum(s.open_count) > 0')
          .orderBy('sum(s.open_count)', 'DESC')
          .addOrderBy('max(s.severity_rank)', 'DESC')
          .addOrderBy('s.check_id', 'ASC')
          .limit(limit)
      : this.filtered(scope, query!)
          .andWhere(`v.status <> 'fixed'`)
          .select('v.check_id', 'check_id')
          .addSelect('max(v.title)', 'title')
          .addSelect('max(v.severity_rank)', 'rank')
          .addSelect('count(*)', 'open')
          .addSelect('count(*) FILTER (WHERE v.pci_fail)', 'pci')
          .groupBy('v.check_id')
          .orderBy('count(*)', 'DESC')
          .addOrderBy('max(v.severity_rank)', 'DESC')
          .addOrderBy('v.check_id', 'ASC')
          .limit(limit);
    const rows = await qb.getRawMany<{ check_id: string; title: string; rank: number; open: string; pci: string }>();
    return rows.map((r) => ({
      check_id: r.check_id,
      title: r.title,
      severity: severityOfRank(Number(r.rank)),
      open: Number(r.open),
      pci_failing: Number(r.pci),
    }));
  }
}

/** The deduplicated finding other modules receive from this service. */
export type { Vulnerability } from './vulnerability.entity';
