import { lookup } from 'node:dns/promises';
import net from 'node:net';
import type { Finding, PortRange, Protocol, ServiceResult } from './scan-engine';
import { CHECKS } from './checks/catalog';
import { buildFinding } from './checks/finding';
import { type DetectedSoftware, matchVersionRules } from './checks/version-rules';

/** Error `scan` rejects with when its signal is aborted (`name === 'AbortError'`, like fetch and node:timers). */
export class ScanAbortedError extends Error {
  override readonly name = 'AbortError';
  readonly code = 'ABORT_ERR';
  constructor(message = 'Scan aborted') {
    super(message);
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new ScanAbortedError();
}

/** Merged, sorted ranges of one protocol (overlaps and neighbours joined), clamped to 1–65535. */
export function normalizeRanges(ranges: PortRange[], protocol: Protocol): Array<[number, number]> {
  const sorted = ranges
    .filter((r) => r.protocol === protocol)
    .map((r): [number, number] => [Math.max(1, Math.min(r.start, r.end)), Math.min(65535, Math.max(r.start, r.end))])
    .filter(([start, end]) => start <= end)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export function countPorts(ranges: Array<[number, number]>): number {
  return ranges.reduce((sum, [start, end]) => sum + end - start + 1, 0);
}

/** Service names (ours and nmap's) of databases that must not be reachable from untrusted networks. */
const DATABASE_SERVICES = new Set([
  'mysql',
  'postgresql',
  'redis',
  'mongodb',
  'mongod',
  'ms-sql-s',
  'oracle-tns',
  'couchdb',
  'elasticsearch',
  'cassandra',
  'memcached',
]);

/**
 * Findings that follow from what runs on a port, whichever engine saw it: exposed databases and
 * known-vulnerable versions (rule file). `extraSoftware` adds e.g. the X-Powered-By runtime.
 */
export function serviceFindings(
  service: ServiceResult,
  checks: string[],
  extraSoftware: DetectedSoftware[] = [],
): Finding[] {
  const findings: Finding[] = [];
  const observation = { port: service.port, protocol: service.protocol };
  if (checks.includes('banner') && service.service && DATABASE_SERVICES.has(service.service)) {
    const seen = [service.product, service.version].filter(Boolean).join(' ');
    findings.push(
      buildFinding(CHECKS.databaseExposed, {
        ...observation,
        evidence: `${service.service} service answered on ${service.protocol}/${service.port}${seen ? ` (${seen})` : ''}`,
      }),
    );
  }
  if (checks.includes('rules')) {
    const software: DetectedSoftware[] = [];
    if (service.product && service.version) {
      software.push({
        product: service.product,
        version: service.version,
        evidence: service.banner ?? `${service.product} ${service.version}`,
      });
    }
    findings.push(...matchVersionRules([...software, ...extraSoftware], service.port, service.protocol));
  }
  return findings;
}

export interface ResolvedTarget {
  /** The address to probe (the input itself when it is an address or could not be used). */
  address: string;
  /** The host name it came from, null for an address. */
  hostname: string | null;
  /** False when the name did not resolve or resolved to a refused address: the host is reported down. */
  usable: boolean;
}

/** Resolves one scan host to the single address probed (IPv4 first, as most services listen there). */
export async function resolveTarget(
  host: string,
  allowAddress?: (address: string) => boolean,
): Promise<ResolvedTarget> {
  const allowed = (address: string) => !allowAddress || allowAddress(address);
  if (net.isIP(host)) return { address: host, hostname: null, usable: allowed(host) };
  try {
    const addresses = await lookup(host, { all: true });
    const chosen = addresses.find((a) => a.family === 4) ?? addresses[0];
    if (!chosen || !allowed(chosen.address)) return { address: host, hostname: host, usable: false };
    return { address: chosen.address, hostname: host, usable: true };
  } catch {
    return { address: host, hostname: host, usable: false };
  }
}
