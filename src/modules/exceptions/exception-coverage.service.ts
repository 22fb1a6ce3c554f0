import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type ExceptionReason,
  type FindingCoverage,
  FindingExceptions,
  type FindingRef,
} from '../../common/ports/finding-exceptions';
import { severityRank } from '../../common/severity';

interface RuleRow {
  id: string;
  scope: 'host' | 'target' | 'organization';
  check_id: string;
  host_id: string | null;
  target_id: string | null;
}

/**
 * Which exception covers which finding, from the exceptions' own tables, always inside the caller's transaction
 * (which holds `VulnerabilitiesService.lockFindings` for the organization):
 * - `exception_findings` records the findings each exception covers: the one it names, or those its rule matched
 *   when it was created and when later runs stored them;
 * - of the pending and active exceptions covering a finding, the one shown is: active before pending, then the most
 *   specific scope (the finding, its host, a target, the organization), then the latest approved or created.
 * Bound to the `FindingExceptions` port for the runs' ingest.
 */
@Injectable()
export class ExceptionCoverage extends FindingExceptions {
  async coverageFor(
    tx: EntityManager,
    organizationId: string,
    findings: FindingRef[],
    seenBy: { targetId: string | null },
  ): Promise<Map<string, FindingCoverage>> {
    if (!findings.length) return new Map();
    const checkIds = [...new Set(findings.map((f) => f.checkId))];
    const live: { rules: RuleRow[] | null; has_live: boolean }[] = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM exceptions WHERE organization_id = $1 AND status IN ('pending', 'active')) AS has_live,
              (SELECT json_agg(json_build_object('id', id, 'scope', scope, 'check_id', check_id, 'host_id', host_id,
                                                 'target_id', target_id))
                 FROM exceptions WHERE organization_id = $1 AND status IN ('pending', 'active')
                  AND scope <> 'vulnerability' AND check_id = ANY($2)) AS rules`,
      [organizationId, checkIds],
    );
    if (!live[0].has_live) return new Map(); // most organizations, most runs: one query
    const rules = live[0].rules ?? [];
    const exceptionIds: string[] = [];
    const vulnerabilityIds: string[] = [];
    for (const f of findings)
      for (const r of rules) {
        if (r.check_id !== f.checkId) continue;
        const matches =
          r.scope === 'organization' ||
          (r.scope === 'host' && r.host_id === f.hostId) ||
          (r.scope === 'target' && r.target_id === seenBy.targetId);
        if (matches) {
          exceptionIds.push(r.id);
          vulnerabilityIds.push(f.vulnerabilityId);
        }
      }
    await this.addMembers(tx, organizationId, exceptionIds, vulnerabilityIds);
    return this.shownOn(
      tx,
      organizationId,
      findings.map((f) => f.vulnerabilityId),
    );
  }

  /**
   * Records that exceptions cover findings (pairs of parallel arrays; known pairs are skipped) and counts them on the
   * exceptions. Returns how many were new.
   */
  async addMembers(tx: EntityManager, organizationId: string, exceptionIds: string[], vulnerabilityIds: string[]) {
    let added = 0;
    for (let i = 0; i < exceptionIds.length; i += 5000) {
      const rows: { exception_id: string; n: string }[] = await tx.query(
        `WITH added AS (
           INSERT INTO exception_findings (exception_id, vulnerability_id, organization_id)
           SELECT e, v, $1 FROM unnest($2::uuid[], $3::uuid[]) AS pairs(e, v)
           ON CONFLICT DO NOTHING RETURNING exception_id)
         SELECT exception_id, count(*) AS n FROM added GROUP BY exception_id`,
        [organizationId, exceptionIds.slice(i, i + 5000), vulnerabilityIds.slice(i, i + 5000)],
      );
      for (const r of rows) {
        await tx.query(`UPDATE exceptions SET covered_count = covered_count + $2 WHERE id = $1`, [
          r.exception_id,
          Number(r.n),
        ]);
        added += Number(r.n);
      }
    }
    return added;
  }

  /** The exception shown on each of these findings now (absent: none). */
  async shownOn(
    tx: EntityManager,
    organizationId: string,
    vulnerabilityIds: string[],
  ): Promise<Map<string, FindingCoverage>> {
    const coverage = new Map<string, FindingCoverage>();
    if (!vulnerabilityIds.length) return coverage;
    const rows: {
      vulnerability_id: string;
      id: string;
      reason: ExceptionReason;
      status: 'pending' | 'active';
      recast_severity: string | null;
    }[] = await tx.query(
      `SELECT DISTINCT ON (m.vulnerability_id) m.vulnerability_id, e.id, e.reason, e.status, e.recast_severity
         FROM exception_findings m JOIN exceptions e ON e.id = m.exception_id
        WHERE m.vulnerability_id = ANY($2::uuid[]) AND e.organization_id = $1 AND e.status IN ('pending', 'active')
        ORDER BY m.vulnerability_id, (e.status = 'active') DESC,
                 CASE e.scope WHEN 'vulnerability' THEN 0 WHEN 'host' THEN 1 WHEN 'target' THEN 2 ELSE 3 END,
                 e.reviewed_at DESC NULLS LAST, e.created_at DESC, e.id`,
      [organizationId, vulnerabilityIds],
    );
    for (const r of rows)
      coverage.set(r.vulnerability_id, {
        exceptionId: r.id,
        reason: r.reason,
        status: r.status,
        recastSeverityRank: r.recast_severity ? severityRank(r.recast_severity) : null,
      });
    return coverage;
  }

  /** The findings some exceptions cover. */
  async membersOf(tx: EntityManager, exceptionIds: string[]): Promise<string[]> {
    if (!exceptionIds.length) return [];
    const rows: { vulnerability_id: string }[] = await tx.query(
      `SELECT DISTINCT vulnerability_id FROM exception_findings WHERE exception_id = ANY($1::uuid[])`,
      [exceptionIds],
    );
    return rows.map((r) => r.vulnerability_id);
  }
}
