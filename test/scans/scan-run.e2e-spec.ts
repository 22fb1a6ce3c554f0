import net from 'node:net';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import {
  bannerServer,
  closedPort,
  expiredTlsServer,
  localTls10Works,
  type Started,
  vulnerableHttpServer,
} from '../scan-engines/servers';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { createPortList, createScan, createTarget, summaryOf, waitForScan } from './helpers';

jest.setTimeout(180_000);

const SSH_BANNER = 'SSH-2.0-OpenSSH_7.2p2 Ubuntu-4ubuntu2.8\r\n';
const HTTP_FINDINGS = {
  'http.missing-x-frame-options': ['low', 3.1, 'pass'],
  'http.missing-x-content-type-options': ['low', 3.1, 'pass'],
  'http.missing-content-security-policy': ['low', 3.1, 'pass'],
  'http.server-version-disclosure': ['low', 3.7, 'pass'],
  'http.x-powered-by-disclosure': ['low', 3.7, 'pass'],
  'http.directory-listing': ['medium', 5.3, 'fail'],
  'http.trace-enabled': ['medium', 5.3, 'fail'],
  'rules.apache-httpd-cve-2021-41773': ['high', 7.5, 'fail'],
  'rules.apache-httpd-cve-2021-42013': ['critical', 9.8, 'fail'],
  'rules.apache-httpd-cve-2021-44790': ['critical', 9.8, 'fail'],
  'rules.php-unsupported': ['critical', 10, 'fail'],
};
const SSH_FINDINGS = {
  'rules.openssh-cve-2023-38408': ['critical', 9.8, 'fail'],
  'rules.openssh-cve-2023-48795': ['medium', 5.9, 'fail'],
  'rules.openssh-cve-2018-15473': ['medium', 5.3, 'fail'],
  'rules.openssh-cve-2016-6210': ['medium', 5.9, 'fail'],
  'rules.openssh-cve-2016-6515': ['high', 7.5, 'pass'],
};

/** Listens on a given loopback port again (the SSH look-alike coming back after being "fixed"). */
function sshOn(port: number): Promise<Started> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
    s.write(SSH_BANNER);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

describe('scans: a run against services on 127.0.0.1, its results and what changed', () => {
  let t: TestApp;
  let orgA: Organization;
  let alice: SignedIn;
  let bob: SignedIn;
  let http: Started;
  let ssh: Started;
  let tlsServer: Started;
  let closed: number;
  let tls10: boolean;
  let scanId: string;
  let targetId: string;
  let firstRun: { findings: { id: string; attributes: Record<string, unknown> }[] };

  beforeAll(async () => {
    t = await TestApp.start();
    orgA = await t.createOrganization('Acme');
    const orgB = await t.createOrganization('Other');
    alice = await t.createUser(orgA, 'User');
    bob = await t.createUser(orgB, 'Admin');
    tls10 = await localTls10Works();
    if (!tls10)
      console.log('TLS 1.0 cannot be negotiated by this OpenSSL build: the early-TLS findings are not expected');
    [http, ssh, tlsServer, closed] = await Promise.all([
      vulnerableHttpServer(),
      bannerServer(SSH_BANNER),
      expiredTlsServer('expired.example.test', tls10),
      closedPort(),
    ]);
    const portListId = await createPortList(t, alice.headers, [http.port, ssh.port, tlsServer.port, closed]);
    targetId = await createTarget(t, alice.headers, ['127.0.0.1']);
    scanId = await createScan(t, alice.headers, {
      name: 'Loopback services',
      target_id: targetId,
      port_list_id: portListId,
    });
  });

  afterAll(async () => {
    await Promise.all([http, ssh, tlsServer].map((s) => s?.close()));
    await t.close();
  });

  it('a new scan has never run', async () => {
    const res = await t.http.get(`/v2/scans/${scanId}`).set(alice.headers).expect(200);
    expect(res.body.data).toMatchObject({
      id: scanId,
      type: 'scan',
      attributes: {
        name: 'Loopback services',
        status: 'never_run',
        progress: 0,
        target_id: targetId,
        last_history_id: null,
      },
    });
    const stats = await t.http.get(`/v2/scans/${scanId}/statistics`).set(alice.headers).expect(200);
    expect(stats.body).toMatchObject({ history_id: null, vulnerabilities: { total: 0 }, runs: { total: 0 } });
  });

  it('runs: queued → running → completed, progress reaching 100', async () => {
    const start = await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202);
    expect(start.body.data).toMatchObject({
      type: 'scan_history',
      attributes: { scan_id: scanId, status: 'queued', progress: 0, trigger: 'manual', attempt: 1 },
    });
    const historyId = start.body.data.id;

    // A second start while the first run is active is refused.
    expectError(await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers), 409, 'conflict');

    const seen = await waitForScan(t, alice.headers, scanId, 'completed');
    const progress = seen.map((s) => s.progress);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
    expect(progress[progress.length - 1]).toBe(100);
    expect(seen.every((s) => ['queued', 'running', 'completed'].includes(s.status))).toBe(true);

    const scan = (await t.http.get(`/v2/scans/${scanId}`).set(alice.headers).expect(200)).body.data.attributes;
    expect(scan).toMatchObject({ status: 'completed', progress: 100, last_history_id: historyId });
    expect(scan.last_finished_at).toMatch(/Z$/);

    const history = (await t.http.get(`/v2/scans/${scanId}/histories/${historyId}`).set(alice.headers).expect(200)).body
      .data.attributes;
    expect(history).toMatchObject({
      status: 'completed',
      progress: 100,
      engine: 'builtin',
      target_name: 'loopback',
      host_count: 1,
      error_message: null,
    });
    expect(Date.parse(history.finished_at)).toBeGreaterThanOrEqual(Date.parse(history.started_at));
    expect(history.heartbeat_at).toMatch(/Z$/);
    // The scan shows its latest run's heartbeat, as the history does (and so do the scan lists).
    expect(scan.heartbeat_at).toBe(history.heartbeat_at);
    const listed = await t.http
      .get(`/v2/scans?q[name]=${encodeURIComponent(scan.name)}`)
      .set(alice.headers)
      .expect(200);
    expect(listed.body.data.find((s: { id: string }) => s.id === scanId).attributes.heartbeat_at).toBe(
      history.heartbeat_at,
    );

    const list = await t.http.get(`/v2/scans/${scanId}/histories`).set(alice.headers).expect(200);
    expect(list.body.meta).toMatchObject({ total: 1 });
  });

  it('stores the host with its open services, closed ports left out', async () => {
    const res = await t.http.get(`/v2/scans/${scanId}/hosts`).set(alice.headers).expect(200);
    expect(res.body.meta.total).toBe(1);
    const host = res.body.data[0];
    expect(host.attributes).toMatchObject({ address: '127.0.0.1', status: 'up', max_severity: 'critical' });
    const ports = host.attributes.services
      .filter((s: { state: string }) => s.state === 'open')
      .map((s: { port: number }) => s.port);
    expect(ports.sort()).toEqual([http.port, ssh.port, tlsServer.port].sort());
    expect(ports).not.toContain(closed);
    const ssh22 = host.attributes.services.find((s: { port: number }) => s.port === ssh.port);
    expect(ssh22).toMatchObject({ service: 'ssh', product: 'OpenSSH', version: '7.2p2' });

    const one = await t.http.get(`/v2/scans/${scanId}/hosts/${host.id}`).set(alice.headers).expect(200);
    expect(one.body.data.attributes.address).toBe('127.0.0.1');
  });

  it('stores exactly the findings of each service, with evidence and PCI status', async () => {
    const res = await t.http.get(`/v2/scans/${scanId}/vulnerabilities?per_page=100`).set(alice.headers).expect(200);
    firstRun = { findings: res.body.data };
    expect(summaryOf(res.body.data, http.port)).toEqual(HTTP_FINDINGS);
    expect(summaryOf(res.body.data, ssh.port)).toEqual(SSH_FINDINGS);
    expect(summaryOf(res.body.data, tlsServer.port)).toEqual({
      'tls.certificate-expired': ['medium', 5.3, 'fail'],
      'tls.self-signed-certificate': ['medium', 6.5, 'fail'],
      // Scanned by address: the certificate has no IP address SAN.
      'tls.hostname-mismatch': ['medium', 5.3, 'fail'],
      ...(tls10
        ? { 'tls.weak-protocol-tls10': ['medium', 6.5, 'fail'], 'tls.weak-protocol-tls11': ['medium', 6.5, 'fail'] }
        : {}),
    });
    expect(summaryOf(res.body.data, closed)).toEqual({});
    expect(res.body.data.every((f: { attributes: { change: string } }) => f.attributes.change === 'new')).toBe(true);
    // Most severe first.
    const ranks = res.body.data.map((f: { attributes: { severity: string } }) =>
      ['info', 'low', 'medium', 'high', 'critical'].indexOf(f.attributes.severity),
    );
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);

    const cve = res.body.data.find(
      (f: { attributes: { check_id: string } }) => f.attributes.check_id === 'rules.apache-httpd-cve-2021-41773',
    );
    const detail = await t.http.get(`/v2/scans/${scanId}/vulnerabilities/${cve.id}`).set(alice.headers).expect(200);
    expect(detail.body.data.attributes).toMatchObject({
      host: '127.0.0.1',
      port: http.port,
      protocol: 'tcp',
      cve: ['CVE-2021-41773'],
      cwe: ['CWE-22'],
      cvss_vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
      pci_status: 'fail',
      pci_reason: 'CVSS base score 7.5 is 4.0 or higher',
      status: 'open',
      change: 'new',
    });
    expect(detail.body.data.attributes.evidence).toContain('Server: Apache/2.4.49 (Unix)');
    expect(detail.body.data.attributes.solution).toMatch(/2\.4\.51/);
    expect(detail.body.data.attributes.description.length).toBeGreaterThan(10);

    // Filters on the run's findings.
    const critical = await t.http
      .get(`/v2/scans/${scanId}/vulnerabilities?q[severity]=critical`)
      .set(alice.headers)
      .expect(200);
    expect(critical.body.data.map((f: { attributes: { check_id: string } }) => f.attributes.check_id).sort()).toEqual(
      [
        'rules.apache-httpd-cve-2021-42013',
        'rules.apache-httpd-cve-2021-44790',
        'rules.php-unsupported',
        'rules.openssh-cve-2023-38408',
      ].sort(),
    );
    expectError(
      await t.http.get(`/v2/scans/${scanId}/vulnerabilities?q[nope]=1`).set(alice.headers),
      422,
      'parameter_error',
    );
  });

  it('computes the statistics of the run', async () => {
    const total = firstRun.findings.length;
    const res = await t.http.get(`/v2/scans/${scanId}/statistics`).set(alice.headers).expect(200);
    expect(res.body).toMatchObject({
      scan_id: scanId,
      hosts_total: 1,
      hosts_up: 1,
      open_ports: 3,
      vulnerabilities: { total, critical: 4, high: 2 },
      pci: { status: 'fail', failing: firstRun.findings.filter((f) => f.attributes.pci_status === 'fail').length },
      changes: { new: total, fixed: 0, persisting: 0, previous_history_id: null },
      runs: { total: 1, completed: 1, failed: 0, stopped: 0 },
    });
  });

  it('shows the findings in the global views and widgets', async () => {
    const all = await t.http.get('/v2/vulnerabilities?per_page=100').set(alice.headers).expect(200);
    expect(all.body.meta).toMatchObject({ total: firstRun.findings.length, total_capped: false });
    expect(all.body.data.every((v: { attributes: { status: string } }) => v.attributes.status === 'open')).toBe(true);

    const sshOnly = await t.http
      .get(`/v2/vulnerabilities?q[port]=${ssh.port}&sort_by=cvss_score:desc`)
      .set(alice.headers)
      .expect(200);
    expect(sshOnly.body.data.map((v: { attributes: { check_id: string } }) => v.attributes.check_id)[0]).toBe(
      'rules.openssh-cve-2023-38408',
    );
    expect(sshOnly.body.meta.total).toBe(5);

    const paged = await t.http
      .get('/v2/vulnerabilities?per_page=2&page=2&q[check_id]=rules.*')
      .set(alice.headers)
      .expect(200);
    expect(paged.body.data).toHaveLength(2);
    expect(paged.body.meta).toMatchObject({ page: 2, per_page: 2 });

    const one = all.body.data[0];
    const detail = await t.http.get(`/v2/vulnerabilities/${one.id}`).set(alice.headers).expect(200);
    expect(detail.body.data.attributes).toMatchObject({
      check_id: one.attributes.check_id,
      host: '127.0.0.1',
      status: 'open',
      last_scan_id: scanId,
    });

    const totals = await t.http.get('/v2/vulnerabilities/widgets/total').set(alice.headers).expect(200);
    expect(totals.body).toMatchObject({
      open: firstRun.findings.length,
      fixed: 0,
      by_severity: { critical: 4, high: 2 },
    });

    const top = await t.http.get('/v2/vulnerabilities/widgets/top?limit=3').set(alice.headers).expect(200);
    expect(top.body.data).toHaveLength(3);
    expect(top.body.data[0]).toMatchObject({ open: 1 });

    const pci = await t.http.get('/v2/vulnerabilities/widgets/pci_compliant').set(alice.headers).expect(200);
    expect(pci.body).toMatchObject({
      compliant: false,
      status: 'fail',
      hosts_total: 1,
      hosts_failing: 1,
      hosts_passing: 0,
    });

    const hosts = await t.http.get('/v2/hosts').set(alice.headers).expect(200);
    expect(hosts.body.data).toHaveLength(1);
    expect(hosts.body.data[0].attributes).toMatchObject({
      address: '127.0.0.1',
      open_ports: 3,
      pci_status: 'fail',
      vulnerabilities: { critical: 4, high: 2 },
    });
    const worst = await t.http.get('/v2/hosts/most_vulnerable').set(alice.headers).expect(200);
    expect(worst.body.data[0].id).toBe(hosts.body.data[0].id);
    await t.http.get(`/v2/hosts/${hosts.body.data[0].id}`).set(alice.headers).expect(200);

    // The AI assistant routes exist (test/assistant covers them).
    expectError(await t.http.post(`/v2/vulnerabilities/${one.id}/prompt`).set(alice.headers).send({}), 422);
    const chat = await t.http.get(`/v2/vulnerabilities/${one.id}/chat_history`).set(alice.headers).expect(200);
    expect(chat.body.meta.total).toBe(0);
  });

  it("hides everything from another organization's users (404, empty lists)", async () => {
    for (const path of [
      `/v2/scans/${scanId}`,
      `/v2/scans/${scanId}/histories`,
      `/v2/scans/${scanId}/hosts`,
      `/v2/scans/${scanId}/vulnerabilities`,
      `/v2/scans/${scanId}/statistics`,
      `/v2/vulnerabilities/${firstRun.findings[0].attributes.vulnerability_id}`,
    ]) {
      expectError(await t.http.get(path).set(bob.headers), 404, 'not_found');
    }
    expectError(await t.http.post(`/v2/scans/${scanId}/start`).set(bob.headers), 404, 'not_found');
    expectError(await t.http.post(`/v2/scans/${scanId}/stop`).set(bob.headers), 404, 'not_found');
    expectError(
      await t.http
        .put(`/v2/scans/${scanId}`)
        .set(bob.headers)
        .send({ scan: { name: 'mine' } }),
      404,
      'not_found',
    );
    expectError(await t.http.delete(`/v2/scans/${scanId}`).set(bob.headers), 404, 'not_found');
    expect((await t.http.get('/v2/scans').set(bob.headers).expect(200)).body.meta.total).toBe(0);
    expect((await t.http.get('/v2/vulnerabilities').set(bob.headers).expect(200)).body.meta.total).toBe(0);
    expect((await t.http.get('/v2/hosts').set(bob.headers).expect(200)).body.meta.total).toBe(0);
    expect((await t.http.get('/v2/vulnerabilities/widgets/total').set(bob.headers).expect(200)).body.open).toBe(0);
    // Nor can they scan someone else's target.
    expectError(
      await t.http
        .post('/v2/scans')
        .set(bob.headers)
        .send({ scan: { name: 'x', target_id: targetId } }),
      422,
      'parameter_error',
    );
    const deleted = await t.http
      .delete('/v2/scans')
      .set(bob.headers)
      .send({ ids: [scanId] })
      .expect(200);
    expect(deleted.body).toEqual({ deleted: 0 });
    await t.http.get(`/v2/scans/${scanId}`).set(alice.headers).expect(200);
  });

  it('a second run without the SSH service: its findings are fixed, the rest persist', async () => {
    await ssh.close();
    await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, scanId, 'completed');
    const total = firstRun.findings.length;
    const stats = await t.http.get(`/v2/scans/${scanId}/statistics`).set(alice.headers).expect(200);
    expect(stats.body.changes).toMatchObject({ new: 0, fixed: 5, persisting: total - 5 });
    expect(stats.body.changes.previous_history_id).toBe(firstRun.findings[0].attributes.history_id);
    expect(stats.body.runs).toMatchObject({ total: 2, completed: 2 });

    const run = await t.http.get(`/v2/scans/${scanId}/vulnerabilities?per_page=100`).set(alice.headers).expect(200);
    expect(run.body.data.every((f: { attributes: { change: string } }) => f.attributes.change === 'persisting')).toBe(
      true,
    );
    // The first run's findings are still readable by history id.
    const old = await t.http
      .get(
        `/v2/scans/${scanId}/vulnerabilities?per_page=100&q[history_id]=${firstRun.findings[0].attributes.history_id}`,
      )
      .set(alice.headers)
      .expect(200);
    expect(old.body.meta.total).toBe(total);

    const fixed = await t.http.get(`/v2/vulnerabilities?q[status]=fixed`).set(alice.headers).expect(200);
    expect(fixed.body.data.map((v: { attributes: { port: number } }) => v.attributes.port)).toEqual([
      ssh.port,
      ssh.port,
      ssh.port,
      ssh.port,
      ssh.port,
    ]);
    expect(fixed.body.data[0].attributes.fixed_at).toMatch(/Z$/);
    const totals = await t.http.get('/v2/vulnerabilities/widgets/total').set(alice.headers).expect(200);
    expect(totals.body).toMatchObject({ open: total - 5, fixed: 5, by_severity: { critical: 3, high: 1 } });
  });

  it('a third run with SSH back: its findings are reopened and counted as new', async () => {
    let back: Started;
    try {
      back = await sshOn(ssh.port);
    } catch {
      console.log(`port ${ssh.port} was taken meanwhile: reopening is not checked`);
      return;
    }
    try {
      await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202);
      await waitForScan(t, alice.headers, scanId, 'completed');
      const stats = await t.http.get(`/v2/scans/${scanId}/statistics`).set(alice.headers).expect(200);
      expect(stats.body.changes).toMatchObject({ new: 5, fixed: 0 });
      const reopened = await t.http.get(`/v2/vulnerabilities?q[status]=reopened`).set(alice.headers).expect(200);
      expect(reopened.body.meta.total).toBe(5);
      expect(reopened.body.data[0].attributes.fixed_at).toBeNull();
    } finally {
      await back.close();
    }
  });
});
