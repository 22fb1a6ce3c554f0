import ruleFile from '../rules/vulnerable-software.json';
import type { Finding, Protocol } from '../scan-engine';
import { cvssBaseScore } from './cvss';
import { buildFinding, type CheckDefinition } from './finding';

/** A version range of the rule file: `introduced` ≤ v < `fixed`, or one of `versions` exactly. */
interface AffectedRange {
  introduced?: string;
  fixed?: string;
  versions?: string[];
}

export interface VersionRule extends CheckDefinition {
  /** Lower-case product names as engines report them (nmap's names, which the builtin engine uses too). */
  products: string[];
  affected: AffectedRange[];
}

/** Software seen on a port: the service's own product plus e.g. an X-Powered-By runtime. */
export interface DetectedSoftware {
  product: string;
  version: string;
  /** The banner or header it was read from; becomes the finding's evidence. */
  evidence: string;
}

/**
 * Splits a version into comparable pieces: `7.2p2` → [7, 2, 'p', 2]. Numbers compare numerically, letters
 * lexically, and a version that is a prefix of another is lower (`9.3` < `9.3p2`).
 */
function versionTokens(version: string): Array<number | string> {
  return (version.toLowerCase().match(/\d+|[a-z]+/g) ?? []).map((t) => (/^\d/.test(t) ? Number(t) : t));
}

export function compareVersions(a: string, b: string): number {
  const ta = versionTokens(a);
  const tb = versionTokens(b);
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1;
    // A number against letters: 1.0.2 < 1.0.2a but 1.0.10 > 1.0.a is not a case real versions produce.
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** The version proper out of what banners and nmap give: `7.2p2 Ubuntu 4ubuntu2.8` → `7.2p2`. */
export function leadingVersion(raw: string): string | null {
  const match = raw.trim().match(/^v?(\d+(?:[.\-_]?[0-9a-z]+)*)/i);
  return match ? match[1].replace(/[-_]/g, '.') : null;
}

function inRange(version: string, range: AffectedRange): boolean {
  if (range.versions) return range.versions.some((v) => compareVersions(version, v) === 0);
  if (range.introduced && compareVersions(version, range.introduced) < 0) return false;
  if (range.fixed && compareVersions(version, range.fixed) >= 0) return false;
  return true;
}

function loadRules(): { version: string; rules: VersionRule[] } {
  const seen = new Set<string>();
  const rules = (ruleFile.rules as VersionRule[]).map((rule) => {
    // A broken rule file must fail at start-up, not silently drop findings during a scan.
    if (!rule.checkId.startsWith('rules.') || seen.has(rule.checkId))
      throw new Error(`Rule file: bad or duplicate check id ${rule.checkId}`);
    if (!rule.products?.length || !rule.affected?.length)
      throw new Error(`Rule file: ${rule.checkId} needs products and affected ranges`);
    cvssBaseScore(rule.cvssVector);
    seen.add(rule.checkId);
    return { ...rule, products: rule.products.map((p) => p.toLowerCase()) };
  });
  return { version: ruleFile.version, rules };
}

export const VERSION_RULES = loadRules();

/** Findings for the known-vulnerable versions among the software detected on one port. */
export function matchVersionRules(
  software: DetectedSoftware[],
  port: number | null,
  protocol: Protocol | null,
): Finding[] {
  const findings: Finding[] = [];
  for (const item of software) {
    const version = leadingVersion(item.version);
    if (!version) continue;
    const product = item.product.toLowerCase();
    for (const rule of VERSION_RULES.rules) {
      if (!rule.products.includes(product) || !rule.affected.some((range) => inRange(version, range))) continue;
      if (findings.some((f) => f.checkId === rule.checkId)) continue;
      findings.push(
        buildFinding(rule, { evidence: `${item.evidence} (detected ${item.product} ${version})`, port, protocol }),
      );
    }
  }
  return findings;
}
