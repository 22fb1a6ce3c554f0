import type { Organization } from '../../src/modules/organizations/organization.entity';
import { expiredTlsServer, localTls10Works, type Started, vulnerableHttpServer } from '../scan-engines/servers';
import { TestApp, type SignedIn } from '../helpers/test-app';
import { createPortList, createScan, createTarget, waitForScan } from './helpers';

export interface Vuln {
  id: string;
  attributes: { check_id: string; port: number; status: string; fixed_at: string | null };
}

export interface CoverageFixture {
  t: TestApp;
  org: Organization;
  alice: SignedIn;
  /** A web server with TRACE, missing headers and a version banner; a test may replace it (repaired). */
  http: Started;
  /** TLS with an expired, self-signed certificate for another name (and TLS 1.0 where this OpenSSL has it). */
  tlsServer: Started;
  targetId: string;
  portListId: string;
  /** A builtin scan of both services with the default (full) profile. */
  fullScan: string;
  findings(): Promise<Vuln[]>;
  /** Starts the scan, waits for it to complete and answers the run's history id. */
  run(scanId: string): Promise<string>;
  history(scanId: string, historyId: string): Promise<Record<string, any>>;
  pciFailing(): Promise<number>;
}

/**
 * The coverage tests' world (scan-coverage*.e2e-spec.ts): one app, a User, planted TLS and HTTP weaknesses on
 * 127.0.0.1 and a full builtin scan of them. Registers its own beforeAll/afterAll; read the fields inside tests.
 */
export function useCoverageFixture(organizationName: string): CoverageFixture {
  const f = {
    findings: async () =>
      (await f.t.http.get('/v2/vulnerabilities?per_page=100').set(f.alice.headers).expect(200)).body.data,
    run: async (scanId: string) => {
      await f.t.http.post(`/v2/scans/${scanId}/start`).set(f.alice.headers).expect(202);
      await waitForScan(f.t, f.alice.headers, scanId, 'completed');
      return (await f.t.http.get(`/v2/scans/${scanId}`).set(f.alice.headers).expect(200)).body.data.attributes
        .last_history_id;
    },
    history: async (scanId: string, historyId: string) =>
      (await f.t.http.get(`/v2/scans/${scanId}/histories/${historyId}`).set(f.alice.headers).expect(200)).body.data
        .attributes,
    pciFailing: async () =>
      (await f.t.http.get('/v2/vulnerabilities/widgets/pci_compliant').set(f.alice.headers).expect(200)).body
        .failing_vulnerabilities,
  } as CoverageFixture;

  beforeAll(async () => {
    f.t = await TestApp.start();
    f.org = await f.t.createOrganization(organizationName);
    f.alice = await f.t.createUser(f.org, 'User');
    const tls10 = await localTls10Works();
    [f.http, f.tlsServer] = await Promise.all([vulnerableHttpServer(), expiredTlsServer('expired.zoo.invalid', tls10)]);
    f.portListId = await createPortList(f.t, f.alice.headers, [f.http.port, f.tlsServer.port]);
    f.targetId = await createTarget(f.t, f.alice.headers, ['127.0.0.1']);
    f.fullScan = await createScan(f.t, f.alice.headers, {
      name: 'full',
      target_id: f.targetId,
      port_list_id: f.portListId,
    });
  });

  afterAll(async () => {
    await Promise.all([f.http, f.tlsServer].map((s) => s?.close()));
    await f.t?.close();
  });

  return f;
}
