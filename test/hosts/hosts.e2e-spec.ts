import { HostsService } from '../../src/modules/hosts/hosts.service';
import type { HostResult } from '../../src/modules/scan-engines/scan-engine';
import { VulnerabilitiesService } from '../../src/modules/vulnerabilities/vulnerabilities.service';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { TenantScope } from '../../src/common/tenancy/tenant-scope';

const finding = (checkId: string, severity: 'low' | 'high' | 'critical', port: number, pciFail: boolean) => ({
  checkId,
  title: checkId,
  description: 'd',
  solution: 's',
  cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N',
  cvssScore: severity === 'critical' ? 9.8 : severity === 'high' ? 7.5 : 3.1,
  severity,
  cve: [],
  cwe: [],
  evidence: 'e',
  port,
  protocol: 'tcp' as const,
  pciFail,
  pciReason: null,
});

const host = (address: string, findings: ReturnType<typeof finding>[], status: 'up' | 'down' = 'up'): HostResult => ({
  address,
  hostname: null,
  status,
  os: null,
  services: findings.map((f) => ({
    port: f.port,
    protocol: 'tcp',
    state: 'open',
    service: 'http',
    product: null,
    version: null,
    banner: null,
    tls: false,
  })),
  findings,
});

describe('hosts: global list, most vulnerable, tenancy', () => {
  let t: TestApp;
  let alice: SignedIn;
  let bob: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start();
    const org = await t.createOrganization('Acme');
    alice = await t.createUser(org, 'User');
    bob = await t.createUser(await t.createOrganization('Other'), 'User');
    // What a run stores, through the same services the scan runner calls in its result transaction.
    const results = [
      host('192.0.2.10', [finding('a.low', 'low', 80, false)]),
      host('192.0.2.20', [finding('a.critical', 'critical', 443, true), finding('a.high', 'high', 22, true)]),
      host('192.0.2.30', [finding('a.high', 'high', 8080, true)]),
      host('192.0.2.40', [], 'down'),
    ];
    const hosts = t.get(HostsService);
    const vulnerabilities = t.get(VulnerabilitiesService);
    await t.dataSource.transaction(async (tx) => {
      const ids = await hosts.ingestRun(
        tx,
        TenantScope.of(org.id),
        '00000000-0000-4000-8000-000000000001',
        results,
        new Date(),
      );
      await vulnerabilities.ingestRun(tx, {
        organizationId: org.id,
        scanId: '00000000-0000-4000-8000-000000000001',
        historyId: '00000000-0000-4000-8000-000000000002',
        seenAt: new Date(),
        findings: results.flatMap((h) =>
          h.findings.map((f) => ({ hostAddress: h.address, hostname: null, hostId: ids.get(h.address)!, finding: f })),
        ),
        coverage: {
          hosts: results.filter((h) => h.status === 'up').map((h) => h.address),
          ports: [{ protocol: 'tcp', start: 1, end: 65535 }],
          checkIds: results.flatMap((h) => h.findings.map((f) => f.checkId)),
          unidentified: [],
        },
      });
      await hosts.refreshCounters(tx, TenantScope.of(org.id), [...ids.values()]);
    });
  });

  afterAll(() => t.close());

  it('lists hosts with their open-finding counts, filterable and paged', async () => {
    const all = await t.http.get('/v2/hosts?sort_by=address:asc').set(alice.headers).expect(200);
    expect(all.body.meta).toMatchObject({ total: 4, total_capped: false });
    expect(all.body.data.map((h: { attributes: { address: string } }) => h.attributes.address)).toEqual([
      '192.0.2.10',
      '192.0.2.20',
      '192.0.2.30',
      '192.0.2.40',
    ]);
    expect(all.body.data[1].attributes).toMatchObject({
      status: 'up',
      open_ports: 2,
      vulnerabilities: { critical: 1, high: 1, medium: 0, low: 0, info: 0 },
      risk_score: 1100,
      pci_status: 'fail',
    });
    expect(all.body.data[0].attributes).toMatchObject({ risk_score: 1, pci_status: 'pass' });

    const down = await t.http.get('/v2/hosts?q[status]=down').set(alice.headers).expect(200);
    expect(down.body.data.map((h: { attributes: { address: string } }) => h.attributes.address)).toEqual([
      '192.0.2.40',
    ]);
    const failing = await t.http.get('/v2/hosts?q[pci_fail]=true&q[address]=192.0.2.*').set(alice.headers).expect(200);
    expect(failing.body.meta.total).toBe(2);
    const page = await t.http.get('/v2/hosts?per_page=1&page=2&sort_by=risk_score:desc').set(alice.headers).expect(200);
    expect(page.body.data[0].attributes.address).toBe('192.0.2.30');
    expect(page.body.meta).toMatchObject({ page: 2, per_page: 1, total: 4, total_pages: 4 });
    expectError(await t.http.get('/v2/hosts?q[password]=x').set(alice.headers), 422, 'parameter_error');
  });

  it('most vulnerable: hosts with open findings by risk', async () => {
    const res = await t.http.get('/v2/hosts/most_vulnerable?limit=2').set(alice.headers).expect(200);
    expect(res.body.data.map((h: { attributes: { address: string } }) => h.attributes.address)).toEqual([
      '192.0.2.20',
      '192.0.2.30',
    ]);
    expectError(await t.http.get('/v2/hosts/most_vulnerable?limit=500').set(alice.headers), 422, 'parameter_error');
    // The list grammar: filters, paging, sorting, meta; unknown columns are a 422.
    const page = await t.http.get('/v2/hosts/most_vulnerable?per_page=1&page=2').set(alice.headers).expect(200);
    expect(page.body.data.map((h: { attributes: { address: string } }) => h.attributes.address)).toEqual([
      '192.0.2.30',
    ]);
    expect(page.body.meta).toMatchObject({ page: 2, per_page: 1, total: 3, total_pages: 3 });
    const filtered = await t.http.get('/v2/hosts/most_vulnerable?q[pci_fail]=false').set(alice.headers).expect(200);
    expect(filtered.body.data.map((h: { attributes: { address: string } }) => h.attributes.address)).toEqual([
      '192.0.2.10',
    ]);
    const sorted = await t.http.get('/v2/hosts/most_vulnerable?sort_by=address:desc').set(alice.headers).expect(200);
    expect(sorted.body.data[0].attributes.address).toBe('192.0.2.30');
    for (const bad of ['q[password]=x', 'sort_by=password:asc', 'per_page=101', 'limit=2&per_page=2']) {
      expectError(await t.http.get(`/v2/hosts/most_vulnerable?${bad}`).set(alice.headers), 422, 'parameter_error');
    }
    const widget = await t.http.get('/v2/vulnerabilities/widgets/pci_compliant').set(alice.headers).expect(200);
    expect(widget.body).toMatchObject({ hosts_total: 4, hosts_failing: 2, hosts_passing: 2 });
    const part = await t.http
      .get('/v2/vulnerabilities/widgets/pci_compliant?q[host]=192.0.2.1*')
      .set(alice.headers)
      .expect(200);
    expect(part.body).toMatchObject({ hosts_total: 1, hosts_failing: 0, compliant: true, failing_vulnerabilities: 0 });
    const twenty = await t.http
      .get('/v2/vulnerabilities/widgets/pci_compliant?q[host]=192.0.2.20')
      .set(alice.headers)
      .expect(200);
    expect(twenty.body).toMatchObject({
      hosts_total: 1,
      hosts_failing: 1,
      compliant: false,
      failing_vulnerabilities: 2,
    });
  });

  it("one host's details; another organization's is a 404", async () => {
    const all = await t.http.get('/v2/hosts?q[address]=192.0.2.20').set(alice.headers).expect(200);
    const id = all.body.data[0].id;
    const one = await t.http.get(`/v2/hosts/${id}`).set(alice.headers).expect(200);
    expect(one.body.data.attributes.services.map((s: { port: number }) => s.port).sort()).toEqual([22, 443]);
    expectError(await t.http.get(`/v2/hosts/${id}`).set(bob.headers), 404, 'not_found');
    expect((await t.http.get('/v2/hosts').set(bob.headers).expect(200)).body.meta.total).toBe(0);
    expect((await t.http.get('/v2/hosts/most_vulnerable').set(bob.headers).expect(200)).body.data).toEqual([]);
    expectError(await t.http.get('/v2/hosts/nope').set(alice.headers), 422, 'parameter_error');
  });
});
