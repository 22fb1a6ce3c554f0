import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { cappedPaginate } from '../../common/listing/capped-paginate';
import {
  applyListFilters,
  filtersOnlyBy,
  likePattern,
  type ListColumn,
  type ListQuery,
  type ListSpec,
} from '../../common/listing/list-query';
import {
  EXCEPTION_REASONS,
  type FindingCoverage,
  FindingExceptions,
  type FindingRef,
} from '../../common/ports/finding-exceptions';
import { SEVERITIES, severityOfRank, severityRank } from '../../common/severity';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { HostsService } from '../hosts/hosts.service';
import type { Finding, PortRange } from '../scan-engines/scan-engine';
import { ThreatIntelService } from './threat-intel.service';
import { VulnerabilityCheckStat } from './vulnerability-check-stat.entity';
import { Vulnerability, VULNERABILITY_STATUSES } from './vulnerability.entity';

/**
 * Filters and sorts of `GET /v2/vulnerabilities`; `severity` filters and sorts by rank (critical > ... > info), the
 * effective one (an active disputed severity's recast rank), which the severity indexes are built on;
 * `original_severity` is the rank the check reported. `exception_status` / `exception_reason` take `none` too.
 * `known_exploited`, `kev_due_date`, `epss_score`, `epss_percentile` come from the imported CISA KEV and FIRST EPSS
 * data (`q[epss_score_gteq]=0.5`, `q[kev_due_date_lt]=2026-12-01`).
 */
export const VULNERABILITY_LIST: ListSpec = {
  columns: {
    severity: { sql: 'COALESCE(v.recast_severity_rank, v.severity_rank)', type: 'severity' },
    original_severity: { sql: 'v.severity_rank', type: 'severity' },
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
    pci_fail: { sql: 'COALESCE(v.exception_pci_fail, v.pci_fail)', type: 'boolean' },
    exception_status: { sql: 'v.exception_status', type: 'enum', values: ['pending', 'active', 'none'] },
    exception_reason: { sql: 'v.exception_reason', type: 'enum', values: [...EXCEPTION_REASONS, 'none'] },
    organization_id: { sql: 'v.organization_id', type: 'uuid' },
    known_exploited: { sql: 'v.known_exploited', type: 'boolean' },
    kev_due_date: { sql: 'v.kev_due_date', type: 'date' },
    epss_score: { sql: 'v.epss_score', type: 'number' },
    epss_percentile: { sql: 'v.epss_percentile', type: 'number' },
    first_seen_at: { sql: 'v.first_seen_at', type: 'date' },
    last_seen_at: { sql: 'v.last_seen_at', type: 'date' },
    created_at: { sql: 'v.created_at', type: 'date' },
  },
  // Most severe first; within a severity, known exploited (CISA KEV) first, then the likeliest exploited (EPSS).
  defaultSort: 'severity:desc,known_exploited:desc,epss_score:desc',
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

/**
 * `q[exception_status]` and `q[exception_reason]` (with `none`) for lists of rows that point at a finding (a run's
 * findings): `vulnerabilityIdSql` is the pointing column, e.g. `f.vulnerability_id`. Filter only, one row lookup each.
 */
export function exceptionListColumns(vulnerabilityIdSql: string): Record<string, ListColumn> {
  const of = (column: string) =>
    `COALESCE((SELECT xv.${column} FROM vulnerabilities xv WHERE xv.id = ${vulnerabilityIdSql}), 'none')`;
  return {
    exception_status: { ...VULNERABILITY_LIST.columns.exception_status, sql: of('exception_status'), sortable: false },
    exception_reason: { ...VULNERABILITY_LIST.columns.exception_reason, sql: of('exception_reason'), sortable: false },
  };
}

/** Severity rank from which a finding fails PCI ASV: medium, CVSS ≥ 4.0 (ASV Program Guide). */
export const PCI_FAIL_RANK = 2;

/** What an exception changes on a finding: only an active one changes anything. */
export function exceptionEffect(coverage: FindingCoverage | undefined | null) {
  if (coverage?.status !== 'active') return { excluded: false, pciFail: null, recastRank: null };
  switch (coverage.reason) {
    // PCI ASV disputes an ASV engineer accepted: the finding passes, and is not counted as open.
    case 'false_positive':
    case 'compensating_control':
      return { excluded: true, pciFail: false, recastRank: null };
    // Not an ASV dispute: out of the open counts, but it still fails PCI.
    case 'accepted_risk':
      return { excluded: true, pciFail: null, recastRank: null };
    // Counted at the recast severity, which decides PCI too.
    case 'disputed_severity': {
      const rank = coverage.recastSeverityRank;
      return rank === null
        ? { excluded: false, pciFail: null, recastRank: null }
        : { excluded: false, pciFail: rank >= PCI_FAIL_RANK, recastRank: rank };
    }
  }
}

/** A finding of a run covered by an active exception: what the run saw and what the exception changes. */
export interface RunFindingEffect {
  historyId: string;
  severityRank: number;
  pciFail: boolean;
  reason: FindingCoverage['reason'];
  recastSeverityRank: number | null;
  exceptionPciFail: boolean | null;
  excluded: boolean;
}

/** A finding of a run, with the host it belongs to. */
export interface RunFinding {
  hostAddress: string;
  hostname: string | null;
  hostId: string | null;
  finding: Finding;
}

/**
 * What a run looked at: the only findings it may close. A finding is covered when its host was reached, its port
 * probed and its check run (`checkIds`: what the engine can report with the profile's families); a version rule on
 * a port that was open is covered only where the run identified the software's version there.
 */
export interface RunCoverage {
  /** Hosts the run reached. */
  hosts: string[];
  /** Ports the run probed. */
  ports: PortRange[];
  /** Check ids the run ran (engine capabilities ∩ the profile's families). */
  checkIds: string[];
  /** Open ports (`host|port|protocol`) where no product version was identified: version rules did not run there. */
  unidentified: string[];
}

/** Whether a run covered the finding with this key (host-level findings: port 0, protocol ''). */
export function coverageIncludes(
  coverage: RunCoverage,
  checkIds: ReadonlySet<string>,
  unidentified: ReadonlySet<string>,
  key: { host: string; port: number; protocol: string; checkId: string },
): boolean {
  if (!coverage.hosts.includes(key.host) || !checkIds.has(key.checkId)) return false;
  if (key.port === 0) return true;
  const probed = coverage.ports.some((r) => r.protocol === key.protocol && key.port >= r.start && key.port <= r.end);
  if (!probed) return false;
  return !(key.checkId.startsWith('rules.') && unidentified.has(`${key.host}|${key.port}|${key.protocol}`));
}

/** A covering predicate over finding keys, with the sets built once. */
export function coveredBy(coverage: RunCoverage) {
  const checkIds = new Set(coverage.checkIds);
  const unidentified = new Set(coverage.unidentified);
  return (key: { host: string; port: number; protocol: string; checkId: string }) =>
    coverageIncludes(coverage, checkIds, unidentified, key);
}

export interface IngestRunInput {
  organizationId: string;
  scanId: string;
  historyId: string;
  seenAt: Date;
  findings: RunFinding[];
  /** What the run covered: open findings inside it that the run did not report again are marked fixed. */
  coverage: RunCoverage;
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
  /** The exception or dispute covering the finding (API.md: `exception: {id, reason, status}`, plus a recast severity). */
  exception?: { id: string; reason: string; status: string; recastSeverity?: string | null } | null;
}

/** Which findings a report reads: severities (ranks), statuses, and a range of last_seen_at. */
export interface RecordFilter {
  severityRanks?: number[];
  statuses?: string[];
  lastSeenFrom?: Date | null;
  lastSeenTo?: Date | null;
}

/** Milliseconds since the epoch (what a Date holds, truncated like the driver's own parse): cheaper to read. */
const epochMs = (column: string) => `floor(extract(epoch from v.${column}) * 1000)::float8 AS ${column}`;

const RECORD_COLUMNS = `v.id, v.host_id, v.host, v.hostname, v.port, v.protocol, v.check_id, v.title, v.description, v.solution,
  v.cvss_vector, v.cvss_score, v.severity, v.severity_rank, v.cve, v.cwe, v.evidence, v.pci_fail, v.pci_reason, v.status,
  ${epochMs('first_seen_at')}, ${epochMs('last_seen_at')}, ${epochMs('fixed_at')}, v.last_scan_id, v.last_history_id,
  v.exception_id, v.exception_reason, v.exception_status, v.recast_severity_rank`;

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
  fixedAt: r.fixed_at === null ? null : new Date(r.fixed_at),
  lastScanId: r.last_scan_id,
  lastHistoryId: r.last_history_id,
  exception: r.exception_id
    ? {
        id: r.exception_id,
        reason: r.exception_reason,
        status: r.exception_status,
        recastSeverity: r.recast_severity_rank === null ? null : severityOfRank(Number(r.recast_severity_rank)),
      }
    : null,
});

/** What the exception columns of a finding say, as read before they change. */
interface CoverageRow {
  id: string;
  host_id: string | null;
  check_id: string;
  exception_id: string | null;
  exception_status: 'pending' | 'active' | null;
}

export const findingKey = (host: string, port: number | null, protocol: string | null, checkId: string) =>
  `${host}|${port ?? 0}|${protocol ?? ''}|${checkId}`;

@Injectable()
export class VulnerabilitiesService {
  constructor(
    @InjectTenantRepository(Vulnerability) private readonly vulnerabilities: TenantRepository<Vulnerability>,
    @InjectTenantRepository(VulnerabilityCheckStat)
    private readonly checkStats: TenantRepository<VulnerabilityCheckStat>,
    private readonly exceptions: FindingExceptions,
    private readonly hosts: HostsService,
    private readonly threatIntel: ThreatIntelService,
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
    // Known exploited / EPSS of the findings with CVEs, from the imported catalogue and scores.
    const withCve = new Set<string>();
    for (const { hostAddress, finding: f } of input.findings)
      if (f.cve.length) withCve.add(ids.get(findingKey(hostAddress, f.port, f.protocol, f.checkId))!);
    await this.threatIntel.enrich(tx, [...withCve]);
    await this.markFixed(tx, input);
    return ids;
  }

  /**
   * Open findings inside the run's coverage that it did not report again become `fixed`; every other finding keeps
   * its status (a run with another engine or a smaller profile cannot close what it never looked for).
   */
  private async markFixed(tx: EntityManager, input: IngestRunInput) {
    const { coverage } = input;
    if (!coverage.hosts.length || !coverage.checkIds.length) return;
    const candidates: { id: string; host: string; port: number; protocol: string; check_id: string }[] = await tx.query(
      `SELECT id, host, port, protocol, check_id FROM vulnerabilities
          WHERE organization_id = $1 AND host = ANY($2) AND status IN ('open', 'reopened') AND check_id = ANY($3)
            AND last_history_id IS DISTINCT FROM $4`,
      [input.organizationId, coverage.hosts, coverage.checkIds, input.historyId],
    );
    const covered = coveredBy(coverage);
    const fixed = candidates
      .filter((c) => covered({ host: c.host, port: c.port, protocol: c.protocol, checkId: c.check_id }))
      .map((c) => c.id);
    if (fixed.length) {
      await tx.query(
        `UPDATE vulnerabilities SET status = 'fixed', fixed_at = $2, updated_at = now() WHERE id = ANY($1)`,
        [fixed, input.seenAt],
      );
    }
  }

  /**
   * Rebuilds the widget counters of one organization (inside the caller's transaction), of some check ids only when
   * given. By effective severity; findings under an active exception counted as `exceptionEffect` says.
   */
  async refreshStats(tx: EntityManager, organizationId: string, checkIds?: string[]) {
    if (checkIds && !checkIds.length) return;
    const only = checkIds ? 'AND check_id = ANY($2)' : '';
    const params = checkIds ? [organizationId, checkIds] : [organizationId];
    await tx.query(`DELETE FROM vulnerability_check_stats WHERE organization_id = $1 ${only}`, params);
    const active = (reason: string) =>
      `count(*) FILTER (WHERE status <> 'fixed' AND exception_status = 'active' AND exception_reason = '${reason}')`;
    await tx.query(
      `INSERT INTO vulnerability_check_stats (organization_id, check_id, title, severity, severity_rank, open_count, fixed_count,
         pci_fail_count, false_positive_count, accepted_risk_count, compensating_control_count, disputed_severity_count)
       SELECT organization_id, check_id, max(title),
              (ARRAY['info','low','medium','high','critical'])[COALESCE(recast_severity_rank, severity_rank) + 1],
              COALESCE(recast_severity_rank, severity_rank),
              count(*) FILTER (WHERE status <> 'fixed' AND NOT exception_excluded), count(*) FILTER (WHERE status = 'fixed'),
              count(*) FILTER (WHERE status <> 'fixed' AND COALESCE(exception_pci_fail, pci_fail)),
              ${EXCEPTION_REASONS.map(active).join(', ')}
         FROM vulnerabilities WHERE organization_id = $1 ${only}
        GROUP BY organization_id, check_id, COALESCE(recast_severity_rank, severity_rank)`,
      params,
    );
  }

  list(scope: TenantScope, query: ListQuery) {
    const qb = this.vulnerabilities.query(scope, 'v');
    return cappedPaginate(qb, this.narrowed(qb, query), VULNERABILITY_LIST);
  }

  /**
   * Applies the filters that have a faster SQL than the generic one and returns the query without them:
   * check ids and hosts are stored lower-case, so comparing the lower-cased value case-sensitively answers the same as
   * the generic case-insensitive match and can use the indexes (ILIKE cannot): `=` without `*`, LIKE otherwise, which
   * the pattern-ops indexes answer as a range scan when the value starts with a prefix. No exception (`none`): the rows
   * outside the partial exception indexes; a reason implies a status (both are set together), said explicitly so
   * that the planner can use the reason's index.
   */
  private narrowed(qb: ReturnType<TenantRepository<Vulnerability>['query']>, query: ListQuery): ListQuery {
    const lowerCased = query.filters.filter((f) => LOWER_CASE_COLUMNS[f.column]);
    lowerCased.forEach((f, i) => {
      const value = f.value.toLowerCase();
      if (value.includes('*'))
        qb.andWhere(`${LOWER_CASE_COLUMNS[f.column]} LIKE :lc${i} ESCAPE '\\'`, { [`lc${i}`]: likePattern(value) });
      else qb.andWhere(`${LOWER_CASE_COLUMNS[f.column]} = :lc${i}`, { [`lc${i}`]: value });
    });
    const noException = query.filters.filter((f) => f.column.startsWith('exception_') && f.value === 'none');
    if (noException.length) qb.andWhere('v.exception_status IS NULL');
    if (query.filters.some((f) => f.column === 'exception_reason' && f.value !== 'none'))
      qb.andWhere('v.exception_status IS NOT NULL');
    const handled = [...lowerCased, ...noException];
    return { ...query, filters: query.filters.filter((f) => !handled.includes(f)) };
  }

  /** The findings a widget counts: the scope, narrowed by the list filters of `GET /v2/vulnerabilities`. */
  private filtered(scope: TenantScope, query: ListQuery) {
    const qb = this.vulnerabilities.query(scope, 'v');
    return applyListFilters(qb, this.narrowed(qb, query), VULNERABILITY_LIST);
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
    batchSize = 2000,
  ): AsyncGenerator<VulnerabilityRecord[]> {
    const fetch = (after: Record<string, unknown> | null): Promise<Record<string, unknown>[]> => {
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
      return qb.connection.query(sql, params);
    };
    // The next batch is read while the caller works on this one (the database and this process overlap), so at
    // most two batches are held.
    let next: Promise<Record<string, unknown>[]> | null = fetch(null);
    try {
      while (next) {
        const rows: Record<string, unknown>[] = await next;
        next = rows.length === batchSize ? fetch(rows[rows.length - 1]) : null;
        next?.catch(() => undefined);
        if (rows.length) yield rows.map(toRecord);
      }
    } finally {
      // The caller stopped early: let the read ahead finish before its connection is needed again.
      await next?.catch(() => undefined);
    }
  }

  private filteredRecords(scope: TenantScope, f: RecordFilter) {
    const qb = this.vulnerabilities.query(scope, 'v');
    if (f.severityRanks?.length)
      qb.andWhere('COALESCE(v.recast_severity_rank, v.severity_rank) IN (:...fRanks)', { fRanks: f.severityRanks });
    if (f.statuses?.length) qb.andWhere('v.status IN (:...fStatuses)', { fStatuses: f.statuses });
    if (f.lastSeenFrom) qb.andWhere('v.last_seen_at >= :fFrom', { fFrom: f.lastSeenFrom });
    if (f.lastSeenTo) qb.andWhere('v.last_seen_at <= :fTo', { fTo: f.lastSeenTo });
    return qb;
  }

  /**
   * Counts by severity and status: from the pre-aggregated counters, or from the findings a filter selects (the same
   * rules: effective severity, active exceptions counted apart).
   */
  async totals(scope: TenantScope, query?: ListQuery) {
    const active = (reason: string) =>
      `count(*) FILTER (WHERE v.status <> 'fixed' AND v.exception_status = 'active' AND v.exception_reason = '${reason}')`;
    const qb = this.readsCounters(query)
      ? applyListFilters(this.checkStats.query(scope, 's'), query ?? NO_FILTER, CHECK_STATS_FILTERS)
          .select('s.severity_rank', 'rank')
          .addSelect('sum(s.open_count)', 'open')
          .addSelect('sum(s.fixed_count)', 'fixed')
          .addSelect('sum(s.pci_fail_count)', 'pci')
          .addSelect('sum(s.false_positive_count)', 'false_positive')
          .addSelect('sum(s.accepted_risk_count)', 'accepted_risk')
          .addSelect('sum(s.compensating_control_count)', 'compensating_control')
          .addSelect('sum(s.disputed_severity_count)', 'disputed_severity')
          .groupBy('s.severity_rank')
      : EXCEPTION_REASONS.reduce(
          (q, reason) => q.addSelect(active(reason), reason),
          this.filtered(scope, query!)
            .select('COALESCE(v.recast_severity_rank, v.severity_rank)', 'rank')
            .addSelect(`count(*) FILTER (WHERE v.status <> 'fixed' AND NOT v.exception_excluded)`, 'open')
            .addSelect(`count(*) FILTER (WHERE v.status = 'fixed')`, 'fixed')
            .addSelect(
              `count(*) FILTER (WHERE v.status <> 'fixed' AND COALESCE(v.exception_pci_fail, v.pci_fail))`,
              'pci',
            ),
        ).groupBy('COALESCE(v.recast_severity_rank, v.severity_rank)');
    const rows = await qb.getRawMany<Record<string, string | number>>();
    const bySeverity = Object.fromEntries(SEVERITIES.map((name) => [name, 0])) as Record<string, number>;
    const exceptions = Object.fromEntries(EXCEPTION_REASONS.map((reason) => [reason, 0])) as Record<
      (typeof EXCEPTION_REASONS)[number],
      number
    >;
    let open = 0;
    let fixed = 0;
    let pciFailing = 0;
    for (const r of rows) {
      bySeverity[severityOfRank(Number(r.rank))] += Number(r.open);
      open += Number(r.open);
      fixed += Number(r.fixed);
      pciFailing += Number(r.pci);
      for (const reason of EXCEPTION_REASONS) exceptions[reason] += Number(r[reason]);
    }
    // Disputed findings are open (at their recast severity); the other reasons are taken out of `open`.
    const excepted = exceptions.false_positive + exceptions.accepted_risk + exceptions.compensating_control;
    const exploited = await this.knownExploitedCounts(scope, query);
    return { open, fixed, total: open + fixed + excepted, pciFailing, bySeverity, exceptions, ...exploited };
  }

  /**
   * Open findings (as `open` counts them) that are known exploited (CISA KEV), those past their KEV due date, and
   * those with an EPSS score of at least 0.1 (10 % probability of exploitation in the next 30 days).
   */
  private async knownExploitedCounts(scope: TenantScope, query?: ListQuery) {
    const qb = query ? this.filtered(scope, query) : this.vulnerabilities.query(scope, 'v');
    const row = await qb
      .andWhere(`v.status <> 'fixed' AND NOT v.exception_excluded`)
      .andWhere('(v.known_exploited OR v.epss_score >= 0.1)')
      .select('count(*) FILTER (WHERE v.known_exploited)', 'known')
      .addSelect('count(*) FILTER (WHERE v.known_exploited AND v.kev_due_date < CURRENT_DATE)', 'overdue')
      .addSelect('count(*) FILTER (WHERE v.epss_score >= 0.1)', 'likely')
      .getRawOne<{ known: string; overdue: string; likely: string }>();
    return {
      knownExploited: Number(row?.known ?? 0),
      knownExploitedOverdue: Number(row?.overdue ?? 0),
      epssAtLeast10: Number(row?.likely ?? 0),
    };
  }

  /** The checks with the most open findings (among those a filter selects). */
  async top(scope: TenantScope, limit: number, query?: ListQuery) {
    const open = `v.status <> 'fixed' AND NOT v.exception_excluded`;
    const qb = this.readsCounters(query)
      ? applyListFilters(this.checkStats.query(scope, 's'), query ?? NO_FILTER, CHECK_STATS_FILTERS)
          .select('s.check_id', 'check_id')
          .addSelect('max(s.title)', 'title')
          // The most severe of its open findings (an excepted or disputed row may rate it higher with nothing open).
          .addSelect('max(s.severity_rank) FILTER (WHERE s.open_count > 0)', 'rank')
          .addSelect('sum(s.open_count)', 'open')
          .addSelect('sum(s.pci_fail_count)', 'pci')
          .groupBy('s.check_id')
          .having('sum(s.open_count) > 0')
          .orderBy('sum(s.open_count)', 'DESC')
          .addOrderBy('max(s.severity_rank) FILTER (WHERE s.open_count > 0)', 'DESC')
          .addOrderBy('s.check_id', 'ASC')
          .limit(limit)
      : this.filtered(scope, query!)
          .andWhere(open)
          .select('v.check_id', 'check_id')
          .addSelect('max(v.title)', 'title')
          .addSelect('max(COALESCE(v.recast_severity_rank, v.severity_rank))', 'rank')
          .addSelect('count(*)', 'open')
          .addSelect('count(*) FILTER (WHERE COALESCE(v.exception_pci_fail, v.pci_fail))', 'pci')
          .groupBy('v.check_id')
          .orderBy('count(*)', 'DESC')
          .addOrderBy('max(COALESCE(v.recast_severity_rank, v.severity_rank))', 'DESC')
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

  // ---- Exceptions (the exceptions module decides which exception covers a finding; the columns are ours) ----

  /**
   * Serializes, per organization, the transactions that change its findings and what is derived from them (a run
   * storing its results, an exception changing state): taken first, before any of those rows is locked, so that
   * neither can miss the other's rows (a new rule and a finding stored at the same time) and they cannot deadlock.
   */
  async lockFindings(tx: EntityManager, organizationId: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`findings:${organizationId}`]);
  }

  /**
   * After `ingestRun`, inside the run's transaction (which holds `lockFindings`): the exceptions of the organization
   * cover the run's findings, new ones included (a rule on their check id for the organization, their host or the
   * scanned target), and a finding keeps the exception it had. The run refreshes its counters afterwards.
   */
  async applyExceptionRules(
    tx: EntityManager,
    scope: TenantScope,
    targetId: string | null,
    vulnerabilityIds: string[],
  ): Promise<void> {
    const rows = await this.coverageRows(tx, scope.organizationId, vulnerabilityIds);
    if (!rows.length) return;
    const refs: FindingRef[] = rows.map((r) => ({ vulnerabilityId: r.id, hostId: r.host_id, checkId: r.check_id }));
    const coverage = await this.exceptions.coverageFor(tx, scope.organizationId, refs, { targetId });
    await this.writeCoverage(tx, scope.organizationId, rows, coverage);
  }

  /**
   * Shows `coverage` on these findings of the scope's organization (absent: no exception) inside the caller's
   * transaction (which holds `lockFindings`), then refreshes the host counters and check statistics of the findings
   * whose counting changed. The exceptions module calls it when an exception is created, changes state or goes.
   */
  async applyExceptionCoverage(
    tx: EntityManager,
    scope: TenantScope,
    vulnerabilityIds: string[],
    coverage: Map<string, FindingCoverage>,
  ): Promise<void> {
    const rows = await this.coverageRows(tx, scope.organizationId, vulnerabilityIds);
    const changed = await this.writeCoverage(tx, scope.organizationId, rows, coverage);
    const counted = changed.filter((r) => r.exception_status === 'active' || coverage.get(r.id)?.status === 'active');
    if (!counted.length) return;
    await this.hosts.refreshCounters(tx, scope, [...new Set(counted.flatMap((r) => (r.host_id ? [r.host_id] : [])))]);
    await this.refreshStats(tx, scope.organizationId, [...new Set(counted.map((r) => r.check_id))]);
  }

  /** Ids of the organization's findings of a check (on one host), inside the caller's transaction. */
  async idsMatchingInTransaction(
    tx: EntityManager,
    organizationId: string,
    match: { checkId: string; hostId?: string | null },
  ): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM vulnerabilities WHERE organization_id = $1 AND check_id = $2 AND ($3::uuid IS NULL OR host_id = $3)`,
      [organizationId, match.checkId, match.hostId ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** Findings under an active exception, by the severity the check reported. */
  async coveredBySeverity(scope: TenantScope): Promise<Record<string, number>> {
    const rows = await this.vulnerabilities
      .query(scope, 'v')
      .select('v.severity_rank', 'rank')
      .addSelect('count(*)', 'n')
      .andWhere(`v.exception_status = 'active'`)
      .groupBy('v.severity_rank')
      .getRawMany<{ rank: number; n: string }>();
    const counts = Object.fromEntries(SEVERITIES.map((name) => [name, 0])) as Record<string, number>;
    for (const r of rows) counts[severityOfRank(Number(r.rank))] += Number(r.n);
    return counts;
  }

  /**
   * The findings of some runs (scan_findings rows of those histories, in the organization) that an active exception
   * covers now, with what each run saw: the per-run statistics are adjusted with them when read.
   */
  async runExceptionEffects(organizationId: string, historyIds: string[]): Promise<RunFindingEffect[]> {
    if (!historyIds.length) return [];
    const rows: {
      history_id: string;
      severity_rank: number;
      pci_fail: boolean;
      exception_reason: FindingCoverage['reason'];
      recast_severity_rank: number | null;
      exception_pci_fail: boolean | null;
      exception_excluded: boolean;
    }[] = await this.vulnerabilities
      .query(TenantScope.ofPayload({ organizationId }), 'v')
      .innerJoin('scan_findings', 'f', 'f.vulnerability_id = v.id AND f.history_id = ANY(:historyIds)', { historyIds })
      .select('f.history_id', 'history_id')
      .addSelect('f.severity_rank', 'severity_rank')
      .addSelect('f.pci_fail', 'pci_fail')
      .addSelect('v.exception_reason', 'exception_reason')
      .addSelect('v.recast_severity_rank', 'recast_severity_rank')
      .addSelect('v.exception_pci_fail', 'exception_pci_fail')
      .addSelect('v.exception_excluded', 'exception_excluded')
      .andWhere(`v.exception_status = 'active'`)
      .getRawMany();
    return rows.map((r) => ({
      historyId: r.history_id,
      severityRank: Number(r.severity_rank),
      pciFail: r.pci_fail,
      reason: r.exception_reason,
      recastSeverityRank: r.recast_severity_rank === null ? null : Number(r.recast_severity_rank),
      exceptionPciFail: r.exception_pci_fail,
      excluded: r.exception_excluded,
    }));
  }

  private coverageRows(tx: EntityManager, organizationId: string, ids: string[]): Promise<CoverageRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return tx.query(
      `SELECT id, host_id, check_id, exception_id, exception_status FROM vulnerabilities
        WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, ids],
    );
  }

  /** Writes the coverage that differs from what the rows show (one UPDATE per exception); returns those rows. */
  private async writeCoverage(
    tx: EntityManager,
    organizationId: string,
    rows: CoverageRow[],
    coverage: Map<string, FindingCoverage>,
  ): Promise<CoverageRow[]> {
    const changed = rows.filter((r) => {
      const c = coverage.get(r.id);
      return (c?.exceptionId ?? null) !== r.exception_id || (c?.status ?? null) !== r.exception_status;
    });
    const groups = new Map<string, { coverage: FindingCoverage | undefined; ids: string[] }>();
    for (const r of changed) {
      const c = coverage.get(r.id);
      const key = c ? `${c.exceptionId}/${c.status}` : 'none';
      const group = groups.get(key) ?? { coverage: c, ids: [] };
      group.ids.push(r.id);
      groups.set(key, group);
    }
    for (const { coverage: c, ids } of groups.values()) {
      const effect = exceptionEffect(c);
      await tx.query(
        `UPDATE vulnerabilities SET exception_id = $3, exception_reason = $4, exception_status = $5,
           recast_severity_rank = $6, exception_excluded = $7, exception_pci_fail = $8, updated_at = now()
         WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
        [
          organizationId,
          ids,
          c?.exceptionId ?? null,
          c?.reason ?? null,
          c?.status ?? null,
          effect.recastRank,
          effect.excluded,
          effect.pciFail,
        ],
      );
    }
    return changed;
  }
}

/** The deduplicated finding other modules receive from this service. */
export type { Vulnerability } from './vulnerability.entity';
