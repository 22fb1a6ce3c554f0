import {
  countHosts,
  formatIPv6,
  type HostEntry,
  parseHostEntry,
  parseIPv6,
  subtractIntervals,
  addressesOf,
  mergeIntervals,
  isAddressEntry,
} from '../../src/modules/targets/host-entries';
import { ConfigError, Env } from '../../src/config/env';
import { ScanDenyList } from '../../src/modules/targets/scan-deny-list';
import { parsePortSpec, mergePortRanges, formatPortSpec } from '../../src/modules/port-lists/port-ranges';

const ok = (text: string) => {
  const entry = parseHostEntry(text);
  if ('error' in entry) throw new Error(`${text}: ${entry.error}`);
  return entry;
};
const bad = (text: string) => {
  const entry = parseHostEntry(text);
  if (!('error' in entry))
    throw new Error(
      `${text} should be invalid, got ${JSON.stringify(entry, (_, v) => (typeof v === 'bigint' ? String(v) : v))}`,
    );
  return entry.error;
};

describe('host entries', () => {
  it('parses and normalizes each kind', () => {
    expect(ok('192.168.1.10')).toMatchObject({ kind: 'ipv4', value: '192.168.1.10' });
    expect(ok(' 10.0.0.5/24 ')).toMatchObject({ kind: 'cidr', value: '10.0.0.0/24' });
    expect(ok('10.0.0.1-10.0.0.20')).toMatchObject({ kind: 'range', value: '10.0.0.1-10.0.0.20' });
    expect(ok('10.0.0.1-20')).toMatchObject({ kind: 'range', value: '10.0.0.1-10.0.0.20' });
    expect(ok('2001:DB8:0:0:0:0:0:1')).toMatchObject({ kind: 'ipv6', value: '2001:db8::1' });
    expect(ok('2001:db8::/32')).toMatchObject({ kind: 'cidr', value: '2001:db8::/32' });
    expect(ok('WWW.Example.COM.')).toMatchObject({ kind: 'hostname', value: 'www.example.com' });
    expect(ok('my-host')).toMatchObject({ kind: 'hostname', value: 'my-host' });
    // An IPv4-mapped IPv6 address is the IPv4 host.
    expect(ok('::ffff:169.254.169.254')).toMatchObject({ kind: 'ipv4', value: '169.254.169.254' });
  });

  it('refuses malformed entries with a reason', () => {
    for (const text of [
      '',
      '10.0.0.256',
      '010.0.0.1',
      '10.0.0.0/33',
      '10.0.0.0/08',
      '10.0.0.20-10.0.0.1',
      '10.0.0.1-::1',
      'http://x.com',
      'a_b.com',
      '-a.com',
      'fe80::1%eth0',
      '1.2.3',
      'a..b',
      `${'a'.repeat(64)}.com`,
    ]) {
      expect(typeof bad(text)).toBe('string');
    }
    expect(bad('10.0.0.20-10.0.0.1')).toMatch(/start is after its end/);
  });

  it('counts distinct hosts without expanding, overlaps once, IPv6 with BigInt', () => {
    const entries = ['10.0.0.0/24', '10.0.0.10-10.0.1.9', '10.0.0.5', 'a.example', 'A.example'].map(ok) as HostEntry[];
    expect(countHosts(entries)).toBe(256n + 10n + 1n);
    expect(countHosts([ok('2001:db8::/64')])).toBe(1n << 64n);
    expect(countHosts([ok('::/0')])).toBe(1n << 128n);
  });

  it('formats IPv6 canonically (RFC 5952)', () => {
    expect(formatIPv6(parseIPv6('2001:0db8:0000:0000:0001:0000:0000:0001')!)).toBe('2001:db8::1:0:0:1');
    expect(formatIPv6(parseIPv6('::')!)).toBe('::');
    expect(formatIPv6(parseIPv6('1:0:1:1:1:1:1:1')!)).toBe('1:0:1:1:1:1:1:1');
    expect(formatIPv6(parseIPv6('::1.2.3.4')!)).toBe('::102:304');
  });

  it('subtracts denied networks and expands what is left', () => {
    const intervals = [ok('10.0.0.0/30')].filter(isAddressEntry);
    const left = subtractIntervals(intervals, [ok('10.0.0.1')].filter(isAddressEntry));
    expect([...addressesOf(left)]).toEqual(['10.0.0.0', '10.0.0.2', '10.0.0.3']);
    expect(mergeIntervals([...intervals, ...intervals])).toHaveLength(1);
  });
});

describe('port ranges', () => {
  it('merges overlapping and adjacent ranges per protocol', () => {
    expect(
      mergePortRanges([
        { protocol: 'tcp', start: 80, end: 90 },
        { protocol: 'tcp', start: 91, end: 95 },
        { protocol: 'udp', start: 91, end: 91 },
        { protocol: 'tcp', start: 85, end: 100 },
        { protocol: 'tcp', start: 443, end: 443 },
      ]),
    ).toEqual([
      { protocol: 'tcp', start: 80, end: 100 },
      { protocol: 'tcp', start: 443, end: 443 },
      { protocol: 'udp', start: 91, end: 91 },
    ]);
  });

  it('parses and formats T:/U: specs', () => {
    expect(formatPortSpec(parsePortSpec('T:22,80-81,U:53,161-162'))).toBe('T:22,80-81,U:53,161-162');
    expect(() => parsePortSpec('T:0-10')).toThrow();
    expect(() => parsePortSpec('22')).toThrow();
  });
});

describe('scan deny list', () => {
  const denyList = (networks: string) => new ScanDenyList(Object.assign(new Env(), { SCAN_DENY_NETWORKS: networks }));

  it('checks addresses in every spelling, and loopback is not denied by default', () => {
    const defaults = new ScanDenyList(new Env());
    expect(defaults.isDeniedAddress('169.254.169.254')).toBe(true);
    expect(defaults.isDeniedAddress('::ffff:169.254.169.254')).toBe(true);
    expect(defaults.isDeniedAddress('fd00:ec2::254')).toBe(true);
    expect(defaults.isDeniedAddress('127.0.0.1')).toBe(false);
    expect(defaults.isDeniedAddress('::1')).toBe(false);
    const custom = denyList('10.0.0.0/8, 2001:db8::/32');
    expect(custom.isDeniedAddress('10.200.0.1')).toBe(true);
    expect(custom.isDeniedAddress('2001:db8:1::5')).toBe(true);
    expect(custom.isDeniedAddress('169.254.169.254')).toBe(false);
    expect(denyList('').networks).toEqual([]);
  });

  it('refuses a bad configuration at start', () => {
    expect(() => denyList('10.0.0.0/8,not-a-network')).toThrow(ConfigError);
  });
});
