import { isIPv6 } from 'node:net';

/**
 * Host entries of a target: IPv4/IPv6 addresses, CIDR blocks, ranges and hostnames. Pure functions: parsing,
 * normalizing, counting distinct addresses with interval arithmetic (never expanding a range to count it; BigInt
 * because an IPv6 block can hold 2^128 addresses) and expanding for a scan under an explicit ceiling.
 */
export type HostEntryKind = 'ipv4' | 'ipv6' | 'cidr' | 'range' | 'hostname';
export type IpFamily = 4 | 6;

/** An inclusive interval of addresses of one family. */
export interface AddressInterval {
  family: IpFamily;
  start: bigint;
  end: bigint;
}

export type HostEntry =
  ({ kind: Exclude<HostEntryKind, 'hostname'>; value: string } & AddressInterval) | { kind: 'hostname'; value: string };

const MAX_V4 = (1n << 32n) - 1n;
const MAX_V6 = (1n << 128n) - 1n;
/** ::ffff:0:0/96 — IPv4 addresses written as IPv6. Connecting to one reaches the IPv4 host. */
const V4_MAPPED_PREFIX = 0xffffn << 32n;

const maxOf = (family: IpFamily) => (family === 4 ? MAX_V4 : MAX_V6);
const bitsOf = (family: IpFamily) => (family === 4 ? 32 : 128);

/** Dotted quad, each part 0-255 without leading zeros (`010` is octal to some tools: ambiguous, refused). */
export function parseIPv4(text: string): bigint | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return null;
  let value = 0n;
  for (const part of m.slice(1)) {
    if ((part.length > 1 && part.startsWith('0')) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

/** Any RFC 4291 text form (including a trailing dotted quad); zone ids (`%eth0`) are refused. */
export function parseIPv6(text: string): bigint | null {
  if (!isIPv6(text) || text.includes('%')) return null;
  let head = text;
  const groups: number[] = [];
  // A trailing dotted quad stands for the last two groups.
  const lastColon = head.lastIndexOf(':');
  let tail: number[] = [];
  if (head.slice(lastColon + 1).includes('.')) {
    const v4 = parseIPv4(head.slice(lastColon + 1));
    if (v4 === null) return null;
    tail = [Number(v4 >> 16n), Number(v4 & 0xffffn)];
    head = head.slice(0, lastColon + 1);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const [left, right] = head.split('::') as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const leftGroups = parse(left);
  const rightGroups = right === undefined ? [] : parse(right);
  const missing = 8 - leftGroups.length - rightGroups.length - tail.length;
  if (right === undefined ? missing !== 0 : missing < 1) return null;
  groups.push(...leftGroups, ...new Array<number>(right === undefined ? 0 : missing).fill(0), ...rightGroups, ...tail);
  if (groups.length !== 8 || groups.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff)) return null;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

export function formatIPv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/** RFC 5952 canonical text: lowercase, no leading zeros, the longest run (≥ 2) of zero groups as `::`. */
export function formatIPv6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export const formatAddress = (family: IpFamily, value: bigint) =>
  family === 4 ? formatIPv4(value) : formatIPv6(value);

function parseAddress(text: string): { family: IpFamily; value: bigint } | null {
  const v4 = parseIPv4(text);
  if (v4 !== null) return { family: 4, value: v4 };
  const v6 = parseIPv6(text);
  if (v6 === null) return null;
  // An IPv4-mapped address is the IPv4 host: store and check it as IPv4, so the deny list cannot be bypassed.
  if (v6 >> 32n === 0xffffn) return { family: 4, value: v6 & MAX_V4 };
  return { family: 6, value: v6 };
}

/** RFC 1123 host name: labels of letters, digits and inner hyphens, ≤ 63 each, ≤ 253 in all; not all-numeric at the end. */
export function isHostname(text: string): boolean {
  if (text.length === 0 || text.length > 253) return false;
  const labels = text.split('.');
  if (!labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l))) return false;
  // `10.0.0.256` must not pass as a host name: a top-level label is never all digits (RFC 3696 §2).
  return !/^\d+$/.test(labels[labels.length - 1]);
}

/**
 * Parses one entry. Returns the normalized entry, or the reason it is invalid (without the entry itself,
 * which the caller names by position).
 */
export function parseHostEntry(raw: string): HostEntry | { error: string } {
  const text = raw.trim().toLowerCase();
  if (!text) return { error: 'is empty' };
  if (text.length > 255) return { error: 'is longer than 255 characters' };

  if (text.includes('/')) {
    const [addressText, prefixText, ...rest] = text.split('/');
    const address = parseAddress(addressText);
    if (!address || rest.length) return { error: 'is not a valid CIDR block (address/prefix)' };
    // A mapped IPv6 block (::ffff:a.b.c.d/104) has a prefix counted over 128 bits; bring it to 32.
    const mapped = address.family === 4 && parseIPv4(addressText) === null;
    if (!/^(0|[1-9]\d{0,2})$/.test(prefixText)) return { error: 'has an invalid prefix length' };
    const prefix = Number(prefixText) - (mapped ? 96 : 0);
    const bits = bitsOf(address.family);
    if (prefix < 0 || prefix > bits) return { error: `has a prefix length outside 0-${mapped ? 128 : bits}` };
    const hostBits = BigInt(bits - prefix);
    const start = (address.value >> hostBits) << hostBits;
    const end = start + (1n << hostBits) - 1n;
    return {
      kind: 'cidr',
      value: `${formatAddress(address.family, start)}/${prefix}`,
      family: address.family,
      start,
      end,
    };
  }

  // A range starts with an address (host names may contain hyphens too, but never start with an address and a hyphen).
  const parts = text.split('-').map((p) => p.trim());
  const first = parts.length > 1 ? parseAddress(parts[0]) : null;
  if (first) {
    if (parts.length !== 2) return { error: 'is not a valid range (first-last)' };
    let last = parseAddress(parts[1]);
    // IPv4 shorthand: 10.0.0.1-20 is 10.0.0.1-10.0.0.20.
    if (!last && first.family === 4 && /^(0|[1-9]\d{0,2})$/.test(parts[1]) && Number(parts[1]) <= 255) {
      last = { family: 4, value: (first.value & ~0xffn) | BigInt(parts[1]) };
    }
    if (!last || last.family !== first.family)
      return { error: 'is not a valid range (both ends must be addresses of the same family)' };
    if (last.value < first.value) return { error: 'is a range whose start is after its end' };
    return {
      kind: 'range',
      value: `${formatAddress(first.family, first.value)}-${formatAddress(first.family, last.value)}`,
      family: first.family,
      start: first.value,
      end: last.value,
    };
  }

  const address = parseAddress(text);
  if (address) {
    return {
      kind: address.family === 4 ? 'ipv4' : 'ipv6',
      value: formatAddress(address.family, address.value),
      family: address.family,
      start: address.value,
      end: address.value,
    };
  }
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  if (isHostname(name)) return { kind: 'hostname', value: name };
  return { error: 'is not an IP address, CIDR block, range or host name' };
}

export const isAddressEntry = (e: HostEntry): e is Extract<HostEntry, AddressInterval> => e.kind !== 'hostname';

/** Sorts and merges overlapping or adjacent intervals of the same family. */
export function mergeIntervals(intervals: readonly AddressInterval[]): AddressInterval[] {
  const sorted = [...intervals].sort(
    (a, b) => a.family - b.family || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
  );
  const merged: AddressInterval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.family === next.family && next.start <= last.end + 1n) {
      if (next.end > last.end) last.end = next.end;
    } else merged.push({ ...next });
  }
  return merged;
}

/** `intervals` minus `removed` (both merged or not); the result is merged. */
export function subtractIntervals(
  intervals: readonly AddressInterval[],
  removed: readonly AddressInterval[],
): AddressInterval[] {
  let remaining = mergeIntervals(intervals);
  for (const cut of mergeIntervals(removed)) {
    remaining = remaining.flatMap((iv) => {
      if (iv.family !== cut.family || cut.end < iv.start || cut.start > iv.end) return [iv];
      const pieces: AddressInterval[] = [];
      if (cut.start > iv.start) pieces.push({ family: iv.family, start: iv.start, end: cut.start - 1n });
      if (cut.end < iv.end) pieces.push({ family: iv.family, start: cut.end + 1n, end: iv.end });
      return pieces;
    });
  }
  return remaining;
}

export const intervalSize = (intervals: readonly AddressInterval[]) =>
  intervals.reduce((sum, iv) => sum + iv.end - iv.start + 1n, 0n);

/** Distinct hosts named by the entries: distinct addresses (overlaps counted once) plus distinct host names. */
export function countHosts(entries: readonly HostEntry[]): bigint {
  const addresses = intervalSize(mergeIntervals(entries.filter(isAddressEntry)));
  const names = new Set(entries.filter((e) => e.kind === 'hostname').map((e) => e.value)).size;
  return addresses + BigInt(names);
}

/** Every address of the intervals, in order. The caller bounds the total first (see `intervalSize`). */
export function* addressesOf(intervals: readonly AddressInterval[]): Generator<string> {
  for (const iv of intervals) {
    for (let v = iv.start; v <= iv.end; v++) yield formatAddress(iv.family, v);
  }
}

/** A network from configuration (`10.0.0.0/8`, a single address, or an IPv6 block). Throws on a bad one. */
export function parseNetwork(text: string): AddressInterval & { text: string } {
  const entry = parseHostEntry(text.includes('/') ? text : `${text}/${text.includes(':') ? 128 : 32}`);
  if ('error' in entry || entry.kind !== 'cidr') throw new Error(`"${text}" is not a network (address/prefix)`);
  return { family: entry.family, start: entry.start, end: entry.end, text: entry.value };
}

/** The IPv6 form (::ffff:a.b.c.d) of an IPv4 interval, so that deny checks cover both spellings. */
export function mappedToIPv6(iv: AddressInterval): AddressInterval {
  return { family: 6, start: V4_MAPPED_PREFIX | iv.start, end: V4_MAPPED_PREFIX | iv.end };
}

export { maxOf as maxAddressOf };
