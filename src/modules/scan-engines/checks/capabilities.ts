import { CHECKS } from './catalog';
import { VERSION_RULES } from './version-rules';

/** The check families a scan profile names (`scan_profiles.checks`). */
export const CHECK_FAMILIES = ['banner', 'tls', 'http', 'rules'] as const;
export type CheckFamily = (typeof CHECK_FAMILIES)[number];

/**
 * What an engine can report: each entry's check ids are produced when every family in `requires` is in the profile.
 * A run covers exactly the check ids of the entries its profile enables (`coveredCheckIds`); only findings of those
 * checks can be closed by it.
 */
export interface CapabilityEntry {
  requires: readonly CheckFamily[];
  checkIds: readonly string[];
}
export type EngineCapabilities = readonly CapabilityEntry[];

const catalogIds = (prefix: string) =>
  Object.values(CHECKS)
    .map((c) => c.checkId)
    .filter((id) => id.startsWith(prefix));

/**
 * Products that only the HTTP checks see (the builtin engine reads them from X-Powered-By): a rule about them needs
 * the `http` family as well, and an engine that only identifies the service on a port (nmap -sV) never runs it.
 */
export const RUNTIME_HEADER_PRODUCTS = new Set(['php', 'asp.net', 'express']);

const isRuntimeRule = (products: readonly string[]) => products.every((p) => RUNTIME_HEADER_PRODUCTS.has(p));

/** Version rules about the service product identified on a port (banner, Server header, nmap -sV). */
export const SERVICE_RULE_IDS = VERSION_RULES.rules.filter((r) => !isRuntimeRule(r.products)).map((r) => r.checkId);
/** Version rules about a runtime announced by the web application (X-Powered-By). */
export const RUNTIME_RULE_IDS = VERSION_RULES.rules.filter((r) => isRuntimeRule(r.products)).map((r) => r.checkId);

/** Checks of the `banner` family that only need the connection and a greeting or a probe. */
export const BANNER_CHECK_IDS = [
  CHECKS.databaseExposed.checkId,
  CHECKS.redisNoAuth.checkId,
  CHECKS.ftpAnonymous.checkId,
];

export const BUILTIN_CAPABILITIES: EngineCapabilities = [
  { requires: ['banner'], checkIds: BANNER_CHECK_IDS },
  { requires: ['tls'], checkIds: catalogIds('tls.') },
  { requires: ['http'], checkIds: catalogIds('http.') },
  { requires: ['rules'], checkIds: SERVICE_RULE_IDS },
  { requires: ['rules', 'http'], checkIds: RUNTIME_RULE_IDS },
];

/** nmap -sV identifies services and versions: exposed databases and the service version rules, nothing else. */
export const NMAP_CAPABILITIES: EngineCapabilities = [
  { requires: ['banner'], checkIds: [CHECKS.databaseExposed.checkId] },
  { requires: ['rules'], checkIds: SERVICE_RULE_IDS },
];

/** The check ids a run of an engine with these profile families really runs (sorted, unique). */
export function coveredCheckIds(capabilities: EngineCapabilities, families: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const entry of capabilities)
    if (entry.requires.every((family) => families.includes(family))) for (const id of entry.checkIds) ids.add(id);
  return [...ids].sort();
}

/** Every check id any engine can report with these families (what a profile means, whichever engine runs it). */
export function profileCheckIds(families: readonly string[]): string[] {
  return coveredCheckIds([...BUILTIN_CAPABILITIES, ...NMAP_CAPABILITIES], families);
}
