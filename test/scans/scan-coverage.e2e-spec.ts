import { execFileSync } from 'node:child_process';
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

const NMAP_SCANNER = '00000000-0000-4000-8000-0000000b0002';
const DISCOVERY_PROFILE = '00000000-0000-4000-8000-0000000c0001';

function nmapInstalled(): boolean {
  try {
    execFileSync('nmap', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const withNmap = nmapInstalled();
if (!withNmap) console.log('nmap run skipped: the nmap binary is not installed (apt-get install -y nmap)');

interface Vuln {
  id: string;
  attributes: { check_id: string; port: number; status: string; fixed_at: string | null };
}

/**
 * A run closes only what it looked for: the host reached, the port probed and the check run (engine capabilities ∩
 * profile). A builtin run finds TLS and HTTP weaknesses; an nmap run and a Discovery run over the same ports leave
 * them open; a later full builtin run on the repaired services closes them.
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

  (withNmap ? it : it.skip)('an nmap run over the same ports leaves the TLS and HTTP findings open', async () => {
    const admin = await t.signInSuperAdmin();
    await t.http.put(`/v2/scanners/${NMAP_SCANNER}/activate`).set(admin.headers).expect(200);
    const failingBefore = await pciFailing();
    const nmapScan = await createScan(t, alice.headers, {
      name: 'nmap',
      target_id: targetId,
      port_list_id: portListId,
      scanner_id: NMAP_SCANNER,
    });
    const historyId = await run(nmapScan);
    const coverage = (await history(nmapScan, historyId)).coverage;
    expect(coverage.engine).toBe('nmap');
    expect(coverage.check_ids.some((id: string) => id.startsWith('tls.') || id.startsWith('http.'))).toBe(false);

    const now = await findings();
    expect(now.filter((v) => v.attributes.status === 'fixed')).toEqual([]);
    expect(now.map((v) => v.id).sort()).toEqual(firstFindings.map((v) => v.id).sort());
    expect(await pciFailing()).toBe(failingBefore);
    const stats = await t.http.get(`/v2/scans/${nmapScan}/statistics`).set(alice.headers).expect(200);
    expect(stats.body.changes.fixed).toBe(0);
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
