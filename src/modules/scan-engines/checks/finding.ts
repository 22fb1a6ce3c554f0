import type { Finding, Protocol } from '../scan-engine';
import { cvssBaseScore, severityOfScore } from './cvss';

/** What a check is, independent of where it was observed. `checkId` is stable: findings are deduplicated by it. */
export interface CheckDefinition {
  checkId: string;
  title: string;
  description: string;
  solution: string;
  cvssVector: string;
  cve?: string[];
  cwe?: string[];
  /** PCI ASV automatic failure regardless of the score (e.g. early TLS, default credentials); the reason shown. */
  pciAutomaticFailure?: string;
  /** Denial-of-service-only issues do not count toward PCI ASV failure. */
  denialOfServiceOnly?: boolean;
}

export interface Observation {
  evidence: string;
  port: number | null;
  protocol: Protocol | null;
}

/** PCI ASV threshold: CVSS base score 4.0 and above fails the scan. */
export const PCI_FAIL_SCORE = 4.0;

export function pciVerdict(
  definition: Pick<CheckDefinition, 'pciAutomaticFailure' | 'denialOfServiceOnly'>,
  score: number,
): { pciFail: boolean; pciReason: string | null } {
  if (definition.pciAutomaticFailure)
    return { pciFail: true, pciReason: `Automatic failure: ${definition.pciAutomaticFailure}` };
  if (score >= PCI_FAIL_SCORE) {
    if (definition.denialOfServiceOnly)
      return { pciFail: false, pciReason: 'Denial-of-service only: excluded from PCI ASV scoring' };
    return { pciFail: true, pciReason: `CVSS base score ${score.toFixed(1)} is 4.0 or higher` };
  }
  return { pciFail: false, pciReason: null };
}

export function buildFinding(definition: CheckDefinition, observation: Observation): Finding {
  const cvssScore = cvssBaseScore(definition.cvssVector);
  return {
    checkId: definition.checkId,
    title: definition.title,
    description: definition.description,
    solution: definition.solution,
    cvssVector: definition.cvssVector,
    cvssScore,
    severity: severityOfScore(cvssScore),
    cve: [...(definition.cve ?? [])],
    cwe: [...(definition.cwe ?? [])],
    // Evidence comes from the scanned service: keep it printable and bounded.
    evidence: sanitizeEvidence(observation.evidence),
    port: observation.port,
    protocol: observation.protocol,
    ...pciVerdict(definition, cvssScore),
  };
}

const MAX_EVIDENCE = 1000;
export function sanitizeEvidence(text: string): string {
  // Control characters from a hostile banner could forge log lines or terminal escapes.
  const printable = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
  return printable.length > MAX_EVIDENCE ? `${printable.slice(0, MAX_EVIDENCE)}…` : printable;
}

/** One finding per (port, check id): the deduplication key the results module relies on. */
export function uniqueFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.protocol}/${f.port}/${f.checkId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
