import { BuiltinEngine } from '../../src/modules/scan-engines/builtin/builtin.engine';
import { linkedDirectories, LISTING_PATHS } from '../../src/modules/scan-engines/builtin/http-checks';
import { hardenedHttpServer, type Started, subpathListingServer } from './servers';

jest.setTimeout(30_000);

describe('directory listing: common paths and the links of the first page', () => {
  const engine = new BuiltinEngine();
  let listing: Started;
  let hardened: Started;

  beforeAll(async () => {
    [listing, hardened] = await Promise.all([subpathListingServer(), hardenedHttpServer()]);
  });
  afterAll(() => Promise.all([listing, hardened].map((s) => s.close())));

  it('takes same-site directories from links, bounded, other hosts and schemes left out', () => {
    const body =
      '<a href="/archive/2024/report.pdf">r</a><img src="static/logo.png"><a href=\'/docs/\'>d</a>' +
      '<a href="https://elsewhere.invalid/x/">x</a><a href="mailto:a@b.c">m</a><a href="/downloads">dl</a>';
    expect(linkedDirectories(body, 'http://127.0.0.1:8080')).toEqual([
      '/archive/2024/',
      '/static/',
      '/docs/',
      '/downloads',
    ]);
    const many = Array.from({ length: 50 }, (_, i) => `<a href="/d${i}/">x</a>`).join('');
    expect(linkedDirectories(many, 'http://h:1').length).toBe(12);
    expect(LISTING_PATHS).toContain('/files');
  });

  it('reports "Index of /files" at /files and a linked directory index; nothing on a clean server', async () => {
    const result = await engine.scan({
      hosts: ['127.0.0.1'],
      ports: [listing.port, hardened.port].map((p) => ({ protocol: 'tcp' as const, start: p, end: p })),
      options: { timeoutMs: 1500, concurrency: 8, checks: ['http'] },
      signal: new AbortController().signal,
    });
    const findings = result.hosts[0].findings;
    const listed = findings.filter((f) => f.checkId === 'http.directory-listing');
    expect(listed.map((f) => f.port)).toEqual([listing.port]);
    expect(listed[0].evidence).toContain(
      `GET http://127.0.0.1:${listing.port}/files returned a directory index: "Index of /files"`,
    );
    expect(listed[0].evidence).toContain(
      `GET http://127.0.0.1:${listing.port}/archive/2024/ returned a directory index: "Index of /archive/2024"`,
    );
    expect(listed[0].evidence).toContain(`/backup returned a directory index: "Index of /backup"`);
    expect(findings.filter((f) => f.port === hardened.port)).toEqual([]);
  });
});
