import { hardenedHttpServer } from '../scan-engines/servers';
import { useCoverageFixture, type Vuln } from './coverage-fixture';
import { createScan } from './helpers';

jest.setTimeout(120_000);

const DISCOVERY_PROFILE = '00000000-0000-4000-8000-0000000c0001';

/**
 * A run closes only what it looked for: the host reached, the port probed and the check run (engine capabilities ∩
 * profile). A builtin run finds TLS and HTTP weaknesses; a Discovery run over the same ports leaves them open (the nmap
 * run: scan-coverage-nmap.e2e-spec.ts); a later full builtin run on the repaired services closes them.
 */
describe('scans: a run marks fixed only findings inside its coverage', () => {
  const f = useCoverageFixture('Coverage');
  const { findings, run, history, pciFailing } = f;
  let firstFindings: Vuln[];

  it('a full builtin run finds TLS and HTTP findings and records what it covered', async () => {
    const historyId = await run(f.fullScan);
    firstFindings = await findings();
    const checks = (port: number) =>
      firstFindings.filter((v) => v.attributes.port === port).map((v) => v.attributes.check_id);
    expect(checks(f.tlsServer.port)).toEqual(
      expect.arrayContaining(['tls.certificate-expired', 'tls.self-signed-certificate', 'tls.hostname-mismatch']),
    );
    expect(checks(f.http.port)).toEqual(
      expect.arrayContaining([
        'http.trace-enabled',
        'http.missing-x-frame-options',
        'rules.apache-httpd-cve-2021-41773',
      ]),
    );
    expect(firstFindings.every((v) => v.attributes.status === 'open')).toBe(true);

    const coverage = (await history(f.fullScan, historyId)).coverage;
    expect(coverage).toMatchObject({ engine: 'builtin', hosts_up: 1 });
    expect(coverage.check_ids).toEqual(expect.arrayContaining(['tls.certificate-expired', 'http.trace-enabled']));
    expect(coverage.ports).toEqual(
      expect.arrayContaining([
        { protocol: 'tcp', start: f.http.port, end: f.http.port },
        { protocol: 'tcp', start: f.tlsServer.port, end: f.tlsServer.port },
      ]),
    );
  });

  it('the scan profiles say which check ids their families stand for', async () => {
    const res = await f.t.http.get(`/v2/scan_profiles?q[name]=Discovery`).set(f.alice.headers).expect(200);
    const discovery = res.body.data.find((p: { id: string }) => p.id === DISCOVERY_PROFILE);
    expect(discovery.attributes.checks).toEqual(['banner']);
    expect(discovery.attributes.check_ids).toEqual(
      expect.arrayContaining(['service.database-exposed', 'redis.no-authentication']),
    );
    expect(discovery.attributes.check_ids).not.toContain('tls.certificate-expired');
  });

  it('a Discovery-profile builtin run (banner checks only) leaves them open too', async () => {
    const failingBefore = await pciFailing();
    const discovery = await createScan(f.t, f.alice.headers, {
      name: 'discovery',
      target_id: f.targetId,
      port_list_id: f.portListId,
      scan_profile_id: DISCOVERY_PROFILE,
    });
    const historyId = await run(discovery);
    const coverage = (await history(discovery, historyId)).coverage;
    expect(coverage.check_ids).toEqual(expect.arrayContaining(['service.database-exposed']));
    expect(coverage.check_ids).not.toContain('tls.certificate-expired');
    const now = await findings();
    expect(now.filter((v) => v.attributes.status === 'fixed')).toEqual([]);
    expect(await pciFailing()).toBe(failingBefore);
  });

  it('a later full builtin run on the repaired services closes what it checked', async () => {
    const httpPort = f.http.port;
    await Promise.all([f.http.close(), f.tlsServer.close()]);
    try {
      f.http = await hardenedHttpServer(httpPort);
    } catch {
      console.log(`port ${httpPort} was taken meanwhile: the HTTP repair is not checked`);
      return;
    }
    // The TLS service is gone (port closed now); the web server answers with every header, no version, no TRACE.
    const historyId = await run(f.fullScan);
    const now = new Map((await findings()).map((v) => [v.attributes.check_id + '@' + v.attributes.port, v]));
    const status = (check: string, port: number) => now.get(`${check}@${port}`)?.attributes.status;
    for (const check of ['tls.certificate-expired', 'tls.self-signed-certificate', 'tls.hostname-mismatch'])
      expect(status(check, f.tlsServer.port)).toBe('fixed');
    for (const check of ['http.trace-enabled', 'http.missing-x-frame-options', 'http.directory-listing'])
      expect(status(check, httpPort)).toBe('fixed');
    expect(now.get(`http.trace-enabled@${httpPort}`)?.attributes.fixed_at).toMatch(/Z$/);
    // The server no longer tells its version: the version rules could not run there, so they stay open.
    expect(status('rules.apache-httpd-cve-2021-41773', httpPort)).toBe('open');
    const stats = await f.t.http.get(`/v2/scans/${f.fullScan}/statistics`).set(f.alice.headers).expect(200);
    expect(stats.body.history_id).toBe(historyId);
    const fixedCount = [...now.values()].filter((v) => v.attributes.status === 'fixed').length;
    expect(stats.body.changes.fixed).toBe(fixedCount);
  });
});
