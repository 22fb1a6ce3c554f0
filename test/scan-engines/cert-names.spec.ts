import {
  certificateMatchesName,
  dnsNameMatches,
  subjectAltNames,
} from '../../src/modules/scan-engines/builtin/cert-names';
import { BuiltinEngine } from '../../src/modules/scan-engines/builtin/builtin.engine';
import { namedTlsServer, type Started } from './servers';

jest.setTimeout(60_000);

describe('certificate names (RFC 6125 / RFC 2818)', () => {
  it('reads the subject alternative names as Node shows them', () => {
    expect(subjectAltNames('DNS:www.example.com, IP Address:192.0.2.1, DNS:"a,b.example"')).toEqual([
      { type: 'DNS', value: 'www.example.com' },
      { type: 'IP Address', value: '192.0.2.1' },
      { type: 'DNS', value: 'a,b.example' },
    ]);
    expect(subjectAltNames(undefined)).toEqual([]);
  });

  it('wildcards: the whole left-most label only, one label, never partial, never for an address', () => {
    expect(dnsNameMatches('*.example.com', 'www.example.com')).toBe(true);
    expect(dnsNameMatches('*.Example.COM.', 'WWW.example.com')).toBe(true);
    expect(dnsNameMatches('*.example.com', 'example.com')).toBe(false);
    expect(dnsNameMatches('*.example.com', 'a.b.example.com')).toBe(false);
    expect(dnsNameMatches('w*.example.com', 'www.example.com')).toBe(false);
    expect(dnsNameMatches('*w.example.com', 'www.example.com')).toBe(false);
    expect(dnsNameMatches('www.*.com', 'www.example.com')).toBe(false);
    expect(dnsNameMatches('*.com', 'example.com')).toBe(false);
    expect(dnsNameMatches('*.0.2.1', '192.0.2.1')).toBe(false);
    expect(dnsNameMatches('www.example.com', 'www.example.com')).toBe(true);
    expect(dnsNameMatches('www.example.com', 'ftp.example.com')).toBe(false);
  });

  it('IP targets against IP address SANs only; host names against DNS SANs, CN only without any', () => {
    const ipSan = { subjectaltname: 'DNS:web.example.com, IP Address:192.0.2.1', subject: { CN: '192.0.2.9' } };
    expect(certificateMatchesName(ipSan, '192.0.2.1').matches).toBe(true);
    // An address in the CN never counts (RFC 2818 §3.1: the iPAddress SAN must be present).
    expect(certificateMatchesName(ipSan, '192.0.2.9').matches).toBe(false);
    expect(certificateMatchesName({ subject: { CN: '192.0.2.9' } }, '192.0.2.9').matches).toBe(false);
    // The case of the issue: a CN-only certificate for a name, served on a scanned address.
    expect(certificateMatchesName({ subject: { CN: 'expired.zoo.invalid' } }, '127.0.0.1')).toEqual({
      matches: false,
      presented: 'CN=expired.zoo.invalid',
    });
    expect(certificateMatchesName({ subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }, '::1').matches).toBe(true);

    expect(certificateMatchesName(ipSan, 'web.example.com').matches).toBe(true);
    expect(certificateMatchesName(ipSan, 'other.example.com').matches).toBe(false);
    const wildcard = { subjectaltname: 'DNS:*.example.com', subject: { CN: 'example.com' } };
    expect(certificateMatchesName(wildcard, 'shop.example.com').matches).toBe(true);
    // The CN is ignored once a DNS SAN exists.
    expect(certificateMatchesName(wildcard, 'example.com').matches).toBe(false);
    // Legacy fallback: no DNS SAN at all (an IP SAN alone does not stop it), then the CN.
    expect(certificateMatchesName({ subject: { CN: 'legacy.example.com' } }, 'legacy.example.com').matches).toBe(true);
    expect(
      certificateMatchesName(
        { subjectaltname: 'IP Address:192.0.2.1', subject: { CN: 'legacy.example.com' } },
        'legacy.example.com',
      ).matches,
    ).toBe(true);
  });
});

describe('builtin engine: certificate name mismatch on real TLS services', () => {
  const engine = new BuiltinEngine();
  const servers: Started[] = [];
  let cnOnly: Started;
  let ipSan: Started;
  let localhostSan: Started;
  let wildcardSan: Started;

  beforeAll(async () => {
    [cnOnly, ipSan, localhostSan, wildcardSan] = await Promise.all([
      namedTlsServer('expired.zoo.invalid'),
      namedTlsServer('service.example.test', { dns: ['service.example.test'], ips: ['127.0.0.1'] }),
      namedTlsServer('localhost', { dns: ['localhost'] }),
      namedTlsServer('wild.example.test', { dns: ['*.example.test'] }),
    ]);
    servers.push(cnOnly, ipSan, localhostSan, wildcardSan);
  });
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  const mismatches = async (host: string, ports: number[]) => {
    const result = await engine.scan({
      hosts: [host],
      ports: ports.map((p) => ({ protocol: 'tcp' as const, start: p, end: p })),
      options: { timeoutMs: 1500, concurrency: 8, checks: ['tls'] },
      signal: new AbortController().signal,
    });
    return result.hosts[0].findings.filter((f) => f.checkId === 'tls.hostname-mismatch');
  };

  it('an IP target: a CN-only certificate mismatches, an IP address SAN matches', async () => {
    const found = await mismatches('127.0.0.1', [cnOnly.port, ipSan.port, localhostSan.port, wildcardSan.port]);
    expect(found.map((f) => f.port).sort()).toEqual([cnOnly.port, localhostSan.port, wildcardSan.port].sort());
    expect(found.find((f) => f.port === cnOnly.port)!.evidence).toBe(
      'IP address 127.0.0.1 does not match the certificate (CN=expired.zoo.invalid)',
    );
  });

  it('a host name target: its DNS SAN matches; another name or a wildcard of another domain does not', async () => {
    const found = await mismatches('localhost', [localhostSan.port, ipSan.port, wildcardSan.port, cnOnly.port]);
    expect(found.map((f) => f.port).sort()).toEqual([ipSan.port, wildcardSan.port, cnOnly.port].sort());
    expect(found.find((f) => f.port === wildcardSan.port)!.evidence).toBe(
      'Host name localhost does not match the certificate (DNS:*.example.test)',
    );
  });
});
