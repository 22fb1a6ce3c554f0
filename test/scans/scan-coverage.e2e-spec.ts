import type { Organization } from '../../src/modules/organizations/organization.entity';
import {
  expiredTlsServer,
  hardenedHttpServer,
  localTls10Works,
  type Started,
  vulnerableHttpServer,
} from '../scan-engines/servers';
import { TestApp, type SignedIn } from '../helpers/test-app';
import { createPortList, createScan, createTarget, waitForScan } from './helpers';

jest.setTimeout(120_000);

const DISCOVERY_PROFILE = '00000000-0000-4000-8000-0000000c0001';

interface Vuln {
  id: string;
  attributes: { check_id: string; port: number; status: string; fixed_at: string | null };
}

/**
 * A run closes only what it looked for: the host reached, the port probed and the check run (engine capabilities ∩
 * profile). A builtin run finds TLS and HTTP weaknesses; a Discovery run over the same ports leaves them open (the nmap
 * run: scan-coverage-nmap.e2e-spec.ts); a later full builtin run on the repaired services closes them.
 */
describe('scans: a run marks fixed only findings inside its coverage', () => {
  let t: TestApp;
  let org: Organization;
  let alice: SignedIn;
  let http: Started;
  let tlsServer: Started;
  let targetId: string;
  let portListId: string;
  let fullScan: string;
  let firstFindings: Vuln[];

  const findings = async (): Promise<Vuln[]> =>
    (await t.http.get('/v2/vulnerabilities?per_page=100').set(alice.headers).expect(200)).body.data;
  const run = async (scanId: string) => {
    await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, scanId, 'completed');
    return (await t.http.get(`/v2/scans/${scanId}`).set(alice.headers).expect(200)).body.data.attributes
      .last_history_id as string;
  };
  const history = async (scanId: string, historyId: string) =>
    (await t.http.get(`/v2/scans/${scanId}/histories/${historyId}`).set(alice.headers).expect(200)).body.data
      .attributes;
  const pciFailing = async () =>
    (await t.http.get('/v2/vulnerabilities/widgets/pci_compliant').set(alice.headers).expect(200)).body
      .failing_vulnerabilities;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrganization('Coverage');
    alice = await t.createUser(org, 'User');
    const tls10 = await localTls10Works();
    [http, tlsServer] = await Promise.all([vulnerableHttpServer(), expiredTlsServer('expired.zoo.invalid', tls10)]);
    portListId = await createPortList(t, alice.headers, [http.port, tlsServer.port]);
    targetId = await createTarget(t, alice.headers, ['127.0.0.1']);
    fullScan = await createScan(t, alice.headers, { name: 'full', target_id: targetId, port_list_id: portListId });
  });

  afterAll(async () => {
    await Promise.all([http, tlsServer].map((s) => s?.close()));
    await t.close();
  });

  it('a full builtin run finds TLS and HTTP findings and records what it covered', async () => {
    const historyId = await run(fullScan);
    firstFindings = await findings();
    const checks = (port: number) =>
      firstFindings.filter((v) => v.attributes.port === port).map((v) => v.attributes.check_id);
    expect(checks(tlsServer.port)).toEqual(
      expect.arrayContaining(['tls.certificate-expired', 'tls.self-signed-certificate', 'tls.hostname-mismatch']),
    );
    expect(checks(http.port)).toEqual(
      expect.arrayContaining([
        'http.trace-enabled',
        'http.missing-x-frame-options',
        'rules.apache-httpd-cve-2021-41773',
      ]),
    );
    expect(firstFindings.every((v) => v.attributes.status === 'open')).toBe(true);

    const coverage = (await history(fullScan, historyId)).coverage;
    expect(coverage).toMatchObject({ engine: 'builtin', hosts_up: 1 });
    expect(coverage.check_ids).toEqual(expect.arrayContaining(['tls.certificate-expired', 'http.trace-enabled']));
    expect(coverage.ports).toEqual(
      expect.arrayContaining([
        { protocol: 'tcp', start: http.port, end: http.port },
        { protocol: 'tcp', start: tlsServer.port, end: tlsServer.port },
      ]),
    );
  });

  it('the scan profiles say which check ids their families stand for', async () => {
    const res = await t.http.get(`/v2/scan_profiles?q[name]=Discovery`).set(alice.headers).expect(200);
    const discovery = res.body.data.find((p: { id: string }) => p.id === DISCOVERY_PROFILE);
    expect(discovery.attributes.checks).toEqual(['banner']);
    expect(discovery.attributes.check_ids).toEqual(
      expect.arrayContaining(['service.database-exposed', 'redis.no-authentication']),
    );
    expect(discovery.attributes.check_ids).not.toContain('tls.certificate-expired');
  });

  it('a Discovery-profile builtin run (banner checks only) leaves them open too', async () => {
    const failingBefore = await pciFailing();
    const discovery = await createScan(t, alice.headers, {
      name: 'discovery',
      target_id: targetId,
      port_list_id: portListId,
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
    const httpPort = http.port;
    await Promise.all([http.close(), tlsServer.close()]);
    try {
      http = await hardenedHttpServer(httpPort);
    } catch {
      console.log(`port ${httpPort} was taken meanwhile: the HTTP repair is not checked`);
      return;
    }
    // The TLS service is gone (port closed now); the web server answers with every header, no version, no TRACE.
    const historyId = await run(fullScan);
    const now = new Map((await findings()).map((v) => [v.attributes.check_id + '@' + v.attributes.port, v]));
    const status = (check: string, port: number) => now.get(`${check}@${port}`)?.attributes.status;
    for (const check of ['tls.certificate-expired', 'tls.self-signed-certificate', 'tls.hostname-mismatch'])
      expect(status(check, tlsServer.port)).toBe('fixed');
    for (const check of ['http.trace-enabled', 'http.missing-x-frame-options', 'http.directory-listing'])
      expect(status(check, httpPort)).toBe('fixed');
    expect(now.get(`http.trace-enabled@${httpPort}`)?.attributes.fixed_at).toMatch(/Z$/);
    // The server no longer tells its version: the version rules could not run there, so they stay open.
    expect(status('rules.apache-httpd-cve-2021-41773', httpPort)).toBe('open');
    const stats = await t.http.get(`/v2/scans/${fullScan}/statistics`).set(alice.headers).expect(200);
    expect(stats.body.history_id).toBe(historyId);
    const fixedCount = [...now.values()].filter((v) => v.attributes.status === 'fixed').length;
    expect(stats.body.changes.fixed).toBe(fixedCount);
  });
});
