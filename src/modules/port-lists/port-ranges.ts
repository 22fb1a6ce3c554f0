import type { PortRange, Protocol } from '../scan-engines/scan-engine';

export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** Sorts by protocol then start and merges overlapping and adjacent ranges of the same protocol (80-90 + 91-95 = 80-95). */
export function mergePortRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.protocol.localeCompare(b.protocol) || a.start - b.start);
  const merged: PortRange[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.protocol === next.protocol && next.start <= last.end + 1) last.end = Math.max(last.end, next.end);
    else merged.push({ protocol: next.protocol, start: next.start, end: next.end });
  }
  return merged;
}

export function countPorts(ranges: readonly PortRange[], protocol?: Protocol): number {
  return ranges.filter((r) => !protocol || r.protocol === protocol).reduce((n, r) => n + r.end - r.start + 1, 0);
}

/**
 * Greenbone-style port list text, as the built-in data files hold it: `T:1-1024,8080,U:53,161-162`.
 * `T:` / `U:` switch the protocol for the ports that follow. Throws on anything malformed.
 */
export function parsePortSpec(spec: string): PortRange[] {
  let protocol: Protocol | null = null;
  const ranges: PortRange[] = [];
  for (let part of spec.split(',').map((p) => p.trim())) {
    const switchTo = /^([TU]):/i.exec(part);
    if (switchTo) {
      protocol = switchTo[1].toUpperCase() === 'T' ? 'tcp' : 'udp';
      part = part.slice(2);
    }
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(part);
    if (!protocol || !m) throw new Error(`bad port list entry "${part}"`);
    const start = Number(m[1]);
    const end = m[2] ? Number(m[2]) : start;
    if (start < MIN_PORT || end > MAX_PORT || start > end) throw new Error(`bad port range "${part}"`);
    ranges.push({ protocol, start, end });
  }
  return mergePortRanges(ranges);
}

/** The inverse of `parsePortSpec`, for display and for engines that take nmap's `-p` syntax. */
export function formatPortSpec(ranges: readonly PortRange[]): string {
  const out: string[] = [];
  for (const protocol of ['tcp', 'udp'] as const) {
    const parts = ranges
      .filter((r) => r.protocol === protocol)
      .map((r) => (r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`));
    if (parts.length) out.push(`${protocol === 'tcp' ? 'T' : 'U'}:${parts.join(',')}`);
  }
  return out.join(',');
}
