/**
 * The contract between scan orchestration (scans module) and the engines that really probe hosts.
 * Engines are chosen by the scanner's `app_type`.
 */
import type { EngineCapabilities } from './checks/capabilities';

export type EngineAppType = 'builtin' | 'nmap';
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';
export type Protocol = 'tcp' | 'udp';

export interface PortRange {
  protocol: Protocol;
  start: number;
  end: number;
}

export interface ScanOptions {
  /** Per-connection timeout. */
  timeoutMs: number;
  /** Connections in flight at once (all hosts together). */
  concurrency: number;
  /**
   * Check families to run; an engine ignores those it does not have.
   * `banner` (service detection), `tls`, `http`, `rules` (known-vulnerable versions).
   */
  checks: string[];
}

export interface ScanRequest {
  /** Hosts to scan: IPv4/IPv6 addresses or hostnames, already expanded, validated and checked against the deny list. */
  hosts: string[];
  ports: PortRange[];
  options: ScanOptions;
  /** Aborting stops the engine promptly (sockets closed, child process killed); `scan` then rejects with AbortError. */
  signal: AbortSignal;
  /** Called as work advances; `done` ≤ `total`, in engine-defined units. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Checked on every address a host name resolves to at scan time (the deny list again): a name re-pointed at a
   * denied network after validation is reported down and never probed. Absent: every address is allowed.
   */
  allowAddress?: (address: string) => boolean;
}

export interface ServiceResult {
  port: number;
  protocol: Protocol;
  state: 'open' | 'closed' | 'filtered';
  /** e.g. `http`, `ssh`, `https`, `smtp`. */
  service: string | null;
  product: string | null;
  version: string | null;
  banner: string | null;
  tls: boolean;
}

export interface Finding {
  /** Stable id of the check, e.g. `http.missing-hsts`, `tls.weak-protocol`, `rules.openssh-cve-2023-38408`. */
  checkId: string;
  title: string;
  description: string;
  solution: string;
  /** CVSS v3.1 vector, e.g. `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N`. */
  cvssVector: string;
  cvssScore: number;
  severity: Severity;
  cve: string[];
  cwe: string[];
  /** What was observed (header line, banner, certificate dates ...). */
  evidence: string;
  port: number | null;
  protocol: Protocol | null;
  /** PCI ASV: fails when CVSS ≥ 4.0 or an automatic failure applies. */
  pciFail: boolean;
  pciReason: string | null;
}

export interface HostResult {
  /** Address that was scanned (IP), and the hostname it came from when any. */
  address: string;
  hostname: string | null;
  status: 'up' | 'down';
  os: string | null;
  services: ServiceResult[];
  findings: Finding[];
}

export interface ScanResult {
  hosts: HostResult[];
  engine: EngineAppType;
  engineVersion: string;
}

export interface EngineVerification {
  ok: boolean;
  appType: EngineAppType;
  version: string | null;
  message: string;
}

export interface ScanEngine {
  readonly appType: EngineAppType;
  /**
   * The check ids the engine can report, by the profile families they need. A run covers the ones its profile
   * enables, and closes (marks fixed) findings of those checks only.
   */
  readonly capabilities: EngineCapabilities;
  /** Really checks that the engine can run here (binary present and its version, or the built-in engine). */
  verify(): Promise<EngineVerification>;
  scan(request: ScanRequest): Promise<ScanResult>;
}
