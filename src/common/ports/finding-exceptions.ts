import type { EntityManager } from 'typeorm';

/** Why a finding is excepted: the PCI ASV dispute reasons (false positive, compensating control, disputed severity) and an accepted risk. */
export const EXCEPTION_REASONS = [
  'false_positive',
  'accepted_risk',
  'compensating_control',
  'disputed_severity',
] as const;
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

/** A deduplicated finding as the exception rules see it. */
export interface FindingRef {
  vulnerabilityId: string;
  /** The organization-wide host (`hosts.id`) it is on. */
  hostId: string | null;
  checkId: string;
}

/** The exception shown on a finding, and what it changes while `active` (a `pending` one changes nothing yet). */
export interface FindingCoverage {
  exceptionId: string;
  reason: ExceptionReason;
  status: 'pending' | 'active';
  /** The disputed severity's recast rank (0 info ... 4 critical); null for the other reasons. */
  recastSeverityRank: number | null;
}

/**
 * Exceptions (false positives, accepted risks, compensating controls, disputed severities) as the vulnerabilities
 * module needs them while a run stores its findings. The exceptions module binds it (it owns the rules and imports
 * the vulnerabilities module, so the vulnerabilities module cannot import it back).
 */
export abstract class FindingExceptions {
  /**
   * Inside the caller's transaction, using only `tx`: records that the pending or active rules of the organization
   * matching these findings (a check id on the whole organization, on the finding's host, or on the target the run
   * scanned, `seenBy.targetId`) cover them from now on, then answers the exception that covers each finding now.
   * A finding without one is absent from the map. The caller holds `VulnerabilitiesService.lockFindings`.
   */
  abstract coverageFor(
    tx: EntityManager,
    organizationId: string,
    findings: FindingRef[],
    seenBy: { targetId: string | null },
  ): Promise<Map<string, FindingCoverage>>;
}

/** Without an exceptions module: nothing is ever covered. */
export class NoFindingExceptions extends FindingExceptions {
  async coverageFor(): Promise<Map<string, FindingCoverage>> {
    return new Map();
  }
}
