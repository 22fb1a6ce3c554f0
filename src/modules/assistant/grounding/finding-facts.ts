import { CHECKS } from '../../scan-engines/checks/catalog';
import type { CheckDefinition } from '../../scan-engines/checks/finding';
import { VERSION_RULES } from '../../scan-engines/checks/version-rules';
import type { VulnerabilityAttributesDto } from '../../vulnerabilities/vulnerability.presenter';

/** What the product itself says about a check (built-in checks and the known-vulnerable-versions rule file). */
export interface CatalogueEntry extends CheckDefinition {
  /** `builtin`: a check of the engines; `rules`: a known-vulnerable version (version matching, no backports seen). */
  kind: 'builtin' | 'rules';
}

const CATALOGUE: ReadonlyMap<string, CatalogueEntry> = new Map<string, CatalogueEntry>([
  ...Object.values<CheckDefinition>(CHECKS).map((c) => [c.checkId, { ...c, kind: 'builtin' }] as const),
  ...VERSION_RULES.rules.map((r) => [r.checkId, { ...r, kind: 'rules' }] as const),
]);

export const catalogueEntry = (checkId: string): CatalogueEntry | undefined => CATALOGUE.get(checkId);

/** The service seen on the finding's port (from the host record): all of it comes from the network. */
export interface ServiceFacts {
  name: string | null;
  product: string | null;
  version: string | null;
  banner: string | null;
  tls: boolean;
}

export interface ExceptionFacts {
  reason: string | null;
  status: string | null;
  /** Text someone typed when asking for the exception: shown to the model as untrusted data. */
  justification: string | null;
}

/** Everything about one finding that may ground an answer, as the caller may see it. */
export interface FindingFacts {
  id: string;
  checkId: string;
  catalogue: CatalogueEntry | undefined;
  title: string;
  description: string;
  solution: string;
  severity: string;
  cvssScore: number;
  cvssVector: string;
  cve: string[];
  cwe: string[];
  evidence: string;
  host: string;
  hostname: string | null;
  port: number | null;
  protocol: string | null;
  pciStatus: string;
  pciReason: string | null;
  status: string;
  firstSeenAt: string;
  lastSeenAt: string;
  fixedAt: string | null;
  service: ServiceFacts | null;
  exception: ExceptionFacts | null;
}

/**
 * Facts from the vulnerability as `GET /v2/vulnerabilities/{id}` presents it. `exception` is read when the
 * vulnerability's attributes carry one (`{id, reason, status}`, API.md round 2); absent, the finding has none.
 */
export function factsOf(
  id: string,
  v: VulnerabilityAttributesDto & { exception?: unknown },
  service: ServiceFacts | null,
): FindingFacts {
  return {
    id,
    checkId: v.check_id,
    catalogue: catalogueEntry(v.check_id),
    title: v.title,
    description: v.description,
    solution: v.solution,
    severity: v.severity,
    cvssScore: v.cvss_score,
    cvssVector: v.cvss_vector,
    cve: v.cve ?? [],
    cwe: v.cwe ?? [],
    evidence: v.evidence,
    host: v.host,
    hostname: v.hostname,
    port: v.port,
    protocol: v.protocol,
    pciStatus: v.pci_status,
    pciReason: v.pci_reason,
    status: v.status,
    firstSeenAt: v.first_seen_at,
    lastSeenAt: v.last_seen_at,
    fixedAt: v.fixed_at,
    service,
    exception: exceptionOf(v.exception),
  };
}

function exceptionOf(value: unknown): ExceptionFacts | null {
  if (!value || typeof value !== 'object') return null;
  const e = value as Record<string, unknown>;
  const text = (k: string) => (typeof e[k] === 'string' && e[k] ? (e[k] as string) : null);
  const facts = { reason: text('reason'), status: text('status'), justification: text('justification') };
  return facts.reason || facts.status ? facts : null;
}
