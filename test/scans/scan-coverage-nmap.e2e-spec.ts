import { execFileSync } from 'node:child_process';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { expiredTlsServer, localTls10Works, type Started, vulnerableHttpServer } from '../scan-engines/servers';
import { TestApp, type SignedIn } from '../helpers/test-app';
import { createPortList, createScan, createTarget, waitForScan } from './helpers';

jest.setTimeout(120_000);

const NMAP_SCANNER = '00000000-0000-4000-8000-0000000b0002';

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
 * nmap -sV reports exposed databases and service version rules only: after a full builtin run found TLS and HTTP
 * weaknesses, an nmap run over the same unchanged services leaves every one of them open (issue 13: it used to mark
 * all 16 fixed). nmap waits for greetings on each port, so this run alone takes ~20 s.
 */
describe('scans: an nmap run after a builtin run closes none of the TLS and HTTP findings', () => {
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

  it('a full builtin run finds the TLS and HTTP findings', async () => {
    await run(fullScan);
    firstFindings = await findings();
    const checks = firstFindings.map((v) => v.attributes.check_id);
    expect(checks).toEqual(expect.arrayContaining(['tls.certificate-expired', 'http.trace-enabled']));
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
});
