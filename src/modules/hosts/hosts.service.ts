import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { cappedPaginate } from '../../common/listing/capped-paginate';
import { applyListFilters, filtersOnlyBy, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import type { HostResult } from '../scan-engines/scan-engine';
import { Host } from './host.entity';

export const HOST_LIST: ListSpec = {
  columns: {
    address: { sql: 'h.address', type: 'string' },
    hostname: { sql: 'h.hostname', type: 'string' },
    status: { sql: 'h.status', type: 'enum', values: ['up', 'down'] },
    os: { sql: 'h.os', type: 'string' },
    open_ports: { sql: 'h.open_ports', type: 'number' },
    risk_score: { sql: 'h.risk_score', type: 'number' },
    critical_count: { sql: 'h.critical_count', type: 'number' },
    high_count: { sql: 'h.high_count', type: 'number' },
    pci_fail: { sql: 'h.pci_fail', type: 'boolean' },
    scan_id: { sql: 'h.last_scan_id', type: 'uuid' },
    organization_id: { sql: 'h.organization_id', type: 'uuid' },
    last_seen_at: { sql: 'h.last_seen_at', type: 'date' },
    first_seen_at: { sql: 'h.first_seen_at', type: 'date' },
    created_at: { sql: 'h.created_at', type: 'date' },
  },
  defaultSort: 'last_seen_at:desc',
  dateColumn: 'last_seen_at',
  search: ['address', 'hostname'],
  tieBreaker: 'h.id',
};

/** `GET /v2/hosts/most_vulnerable`: the hosts list with open findings, by risk score unless sorted otherwise. */
export const MOST_VULNERABLE_LIST: ListSpec = { ...HOST_LIST, defaultSort: 'risk_score:desc' };

/**
 * Host filters of the PCI widget (`GET /v2/vulnerabilities/widgets/pci_compliant`): the same names as the findings'
 * widget filters, over the hosts table.
 */
export const HOST_WIDGET_FILTERS: ListSpec = {
  columns: {
    host: { sql: 'h.address', type: 'string' },
    hostname: { sql: 'h.hostname', type: 'string' },
    host_id: { sql: 'h.id', type: 'uuid' },
    scan_id: { sql: 'h.last_scan_id', type: 'uuid' },
    organization_id: { sql: 'h.organization_id', type: 'uuid' },
    last_seen_at: { sql: 'h.last_seen_at', type: 'date' },
  },
  defaultSort: 'last_seen_at:desc',
  dateColumn: 'last_seen_at',
  search: ['host', 'hostname'],
  tieBreaker: 'h.id',
};

@Injectable()
export class HostsService {
  constructor(@InjectTenantRepository(Host) private readonly hosts: TenantRepository<Host>) {}

  /**
   * Records the hosts a run saw (inside its transaction), in the organization of the run's scope (the run's scan was
   * loaded through it); returns the host id of each address.
   */
  async ingestRun(tx: EntityManager, scope: TenantScope, scanId: string, results: HostResult[], seenAt: Date) {
    const organizationId = scope.organizationId;
    const ids = new Map<string, string>();
    for (const h of results) {
      const up = h.status === 'up';
      const openPorts = h.services.filter((s) => s.state === 'open').length;
      // A host that was down keeps what was last seen of it; only its status changes.
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO hosts AS h (organization_id, address, hostname, status, os, services, open_ports, first_seen_at, last_seen_at, last_scan_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)
         ON CONFLICT (organization_id, address) DO UPDATE SET
           status = EXCLUDED.status, updated_at = now(), last_scan_id = EXCLUDED.last_scan_id,
           hostname = COALESCE(EXCLUDED.hostname, h.hostname),
           os = CASE WHEN $10 THEN COALESCE(EXCLUDED.os, h.os) ELSE h.os END,
           services = CASE WHEN $10 THEN EXCLUDED.services ELSE h.services END,
           open_ports = CASE WHEN $10 THEN EXCLUDED.open_ports ELSE h.open_ports END,
           last_seen_at = CASE WHEN $10 THEN EXCLUDED.last_seen_at ELSE h.last_seen_at END
         RETURNING id`,
        [
          organizationId,
          h.address,
          h.hostname,
          h.status,
          h.os,
          JSON.stringify(h.services),
          openPorts,
          seenAt,
          scanId,
          up,
        ],
      );
      ids.set(h.address, rows[0].id);
    }
    return ids;
  }

  /**
   * Recomputes the open-vulnerability counters of some hosts of the scope's organization from the findings, as the
   * findings' exceptions say: out of the counts under an active false positive, compensating control or accepted risk
   * (`exception_excluded`), at the recast severity under a disputed one, PCI as the exception imposes.
   */
  async refreshCounters(tx: EntityManager, scope: TenantScope, hostIds: string[]) {
    if (!hostIds.length) return;
    await tx.query(
      `UPDATE hosts h SET
         critical_count = c.critical, high_count = c.high, medium_count = c.medium, low_count = c.low, info_count = c.info,
         risk_score = c.critical * 1000 + c.high * 100 + c.medium * 10 + c.low, pci_fail = c.pci > 0
       FROM (
         SELECT ids.id,
                count(*) FILTER (WHERE v.counted AND v.rank = 4) AS critical,
                count(*) FILTER (WHERE v.counted AND v.rank = 3) AS high,
                count(*) FILTER (WHERE v.counted AND v.rank = 2) AS medium,
                count(*) FILTER (WHERE v.counted AND v.rank = 1) AS low,
                count(*) FILTER (WHERE v.counted AND v.rank = 0) AS info, count(*) FILTER (WHERE v.pci) AS pci
           FROM unnest($1::uuid[]) AS ids(id)
           LEFT JOIN LATERAL (
             SELECT NOT v.exception_excluded AS counted, COALESCE(v.recast_severity_rank, v.severity_rank) AS rank,
                    COALESCE(v.exception_pci_fail, v.pci_fail) AS pci
               FROM vulnerabilities v WHERE v.host_id = ids.id AND v.status <> 'fixed'
           ) v ON true
          GROUP BY ids.id
       ) c
       WHERE h.id = c.id AND h.organization_id = $2`,
      [hostIds, scope.organizationId],
    );
  }

  list(scope: TenantScope, query: ListQuery) {
    return cappedPaginate(this.hosts.query(scope, 'h'), query, HOST_LIST);
  }

  mostVulnerable(scope: TenantScope, query: ListQuery) {
    return cappedPaginate(this.hosts.query(scope, 'h').andWhere('h.risk_score > 0'), query, MOST_VULNERABLE_LIST);
  }

  /** Every host of the scope (reports over the whole organization), by address; at most `limit`. */
  all(scope: TenantScope, limit = 100_000): Promise<Host[]> {
    return this.hosts.query(scope, 'h').orderBy('h.address', 'ASC').addOrderBy('h.id', 'ASC').limit(limit).getMany();
  }

  get(scope: TenantScope, id: string): Promise<Host> {
    return this.hosts.get(scope, id);
  }

  /** Hosts, and how many of them have an open PCI-failing finding (`query`: HOST_WIDGET_FILTERS). */
  async pciCounts(scope: TenantScope, query?: ListQuery): Promise<{ hosts: number; failing: number }> {
    const qb = this.hosts.query(scope, 'h');
    if (query && !filtersOnlyBy(query, [])) applyListFilters(qb, query, HOST_WIDGET_FILTERS);
    const row = await qb
      .select('count(*)', 'hosts')
      .addSelect('count(*) FILTER (WHERE h.pci_fail)', 'failing')
      .getRawOne<{ hosts: string; failing: string }>();
    return { hosts: Number(row?.hosts ?? 0), failing: Number(row?.failing ?? 0) };
  }
}
