import path from 'node:path';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { readFeedFile, ThreatIntelService } from '../../src/modules/vulnerabilities/threat-intel.service';
import { bannerServer, type Started, vulnerableHttpServer } from '../scan-engines/servers';
import { createPortList, createScan, createTarget, waitForScan } from '../scans/helpers';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';

jest.setTimeout(90_000);

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'threat-intel');
const fixture = (name: string) => readFeedFile(path.join(FIXTURES, name));

interface Vuln {
  id: string;
  attributes: Record<string, unknown> & { check_id: string; cve: string[] };
}

describe('known exploited (CISA KEV) and likely exploited (FIRST EPSS) findings', () => {
  let t: TestApp;
  let org: Organization;
  let alice: SignedIn;
  let servers: Started[];
  let scanId: string;

  const list = async (query = ''): Promise<{ body: { data: Vuln[]; meta: { total: number } } }> =>
    t.http.get(`/v2/vulnerabilities?per_page=100${query}`).set(alice.headers).expect(200);
  const byCheck = async (check: string) =>
    (await list(`&q[check_id]=${check}`)).body.data[0].attributes as Record<string, unknown>;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrganization('Threat intel');
    alice = await t.createUser(org, 'User');
    servers = await Promise.all([vulnerableHttpServer(), bannerServer('SSH-2.0-OpenSSH_7.2p2 Ubuntu-4ubuntu2.8\r\n')]);
    const portListId = await createPortList(
      t,
      alice.headers,
      servers.map((s) => s.port),
    );
    const targetId = await createTarget(t, alice.headers, ['127.0.0.1']);
    scanId = await createScan(t, alice.headers, { target_id: targetId, port_list_id: portListId });
    await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, scanId, 'completed');
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await t.close();
  });

  it('shows nothing known before an import', async () => {
    const v = await byCheck('rules.apache-httpd-cve-2021-41773');
    expect(v).toMatchObject({ known_exploited: false, kev_due_date: null, epss_score: null, epss_percentile: null });
  });

  it('refuses files that are not in the published formats, changing nothing', async () => {
    const intel = t.get(ThreatIntelService);
    await expect(intel.importKev('{"title": "x"}')).rejects.toThrow();
    await expect(intel.importKev('not json')).rejects.toThrow();
    await expect(intel.importEpss('cve,score\nCVE-2021-41773,0.9\n')).rejects.toThrow();
    await expect(intel.importEpss('cve,epss,percentile\nCVE-2021-41773,0.9,0.99\n')).rejects.toThrow(); // no date
    await expect(
      intel.importEpss('#score_date:2026-11-30T00:00:00Z\ncve,epss,percentile\nnot-a-cve,7,1\n'),
    ).rejects.toThrow();
    expect(await byCheck('rules.apache-httpd-cve-2021-41773')).toMatchObject({ known_exploited: false });
  });

  it('imports the KEV catalogue: known_exploited and kev_due_date on the findings of its CVEs', async () => {
    const result = await t.get(ThreatIntelService).importKev(fixture('known_exploited_vulnerabilities.json'));
    expect(result).toMatchObject({ catalogVersion: '2026.11.28', entries: 3 });
    expect(result.findingsUpdated).toBe(2);
    expect(await byCheck('rules.apache-httpd-cve-2021-41773')).toMatchObject({
      known_exploited: true,
      kev_due_date: '2021-11-17',
    });
    expect(await byCheck('rules.openssh-cve-2023-38408')).toMatchObject({ known_exploited: false, kev_due_date: null });
    // Importing the same catalogue again changes nothing.
    expect(
      (await t.get(ThreatIntelService).importKev(fixture('known_exploited_vulnerabilities.json'))).findingsUpdated,
    ).toBe(0);
  });

  it('imports EPSS days (CSV, gzipped CSV) keeping the history; findings show the latest score', async () => {
    const intel = t.get(ThreatIntelService);
    const first = await intel.importEpss(fixture('epss_scores-2026-11-29.csv'));
    expect(first).toMatchObject({ scoreDate: '2026-11-29', modelVersion: 'v2025.03.14', scores: 9 });
    const second = await intel.importEpss(fixture('epss_scores-2026-11-30.csv.gz'));
    expect(second).toMatchObject({ scoreDate: '2026-11-30', scores: 9 });
    expect(await intel.epssHistory('cve-2021-44790')).toEqual([
      { score_date: '2026-11-29', epss: 0.214, percentile: 0.958 },
      { score_date: '2026-11-30', epss: 0.082, percentile: 0.931 },
    ]);
    expect(await byCheck('rules.apache-httpd-cve-2021-41773')).toMatchObject({
      epss_score: 0.94391,
      epss_percentile: 0.99953,
    });
    // The score dropped: the finding shows the latest day, not the highest ever.
    expect(await byCheck('rules.apache-httpd-cve-2021-44790')).toMatchObject({ epss_score: 0.082 });
    // Several CVEs: the highest latest score among them.
    const ssh = await byCheck('rules.openssh-cve-2023-38408');
    expect(ssh.epss_score).toBe(0.631);
  });

  it('filters and sorts on them with the list grammar; bad values are a 422', async () => {
    const known = await list('&q[known_exploited]=true');
    expect(known.body.data.map((v) => v.attributes.check_id).sort()).toEqual([
      'rules.apache-httpd-cve-2021-41773',
      'rules.apache-httpd-cve-2021-42013',
    ]);
    const likely = await list('&q[epss_score_gteq]=0.6&sort_by=epss_score:desc');
    expect(likely.body.data.map((v) => v.attributes.check_id)).toEqual([
      'rules.apache-httpd-cve-2021-41773',
      'rules.apache-httpd-cve-2021-42013',
      'rules.openssh-cve-2023-38408',
    ]);
    const low = await list('&q[epss_score_lt]=0.1&sort_by=epss_score:asc');
    expect(low.body.data.map((v) => v.attributes.check_id)).toEqual([
      'rules.openssh-cve-2016-6210',
      'rules.apache-httpd-cve-2021-44790',
    ]);
    const due = await list('&q[kev_due_date_lteq]=2021-11-17&q[epss_percentile_gt]=0.9995');
    expect(due.body.data.map((v) => v.attributes.check_id)).toEqual(['rules.apache-httpd-cve-2021-41773']);
    for (const bad of ['q[epss_score_gteq]=high', 'q[title_gteq]=a', 'q[known_exploited]=yes', 'sort_by=epss:desc'])
      expectError(await t.http.get(`/v2/vulnerabilities?${bad}`).set(alice.headers), 422, 'parameter_error');
  });

  it('orders the default list by severity, then known exploited, then EPSS', async () => {
    const all = (await list()).body.data;
    const critical = all.filter((v) => v.attributes.severity === 'critical').map((v) => v.attributes.check_id);
    expect(critical).toEqual([
      'rules.apache-httpd-cve-2021-42013', // known exploited
      'rules.openssh-cve-2023-38408', // EPSS 0.631
      'rules.apache-httpd-cve-2021-44790', // EPSS 0.082
      'rules.php-unsupported', // no CVE, no score
    ]);
    const ranks = all.map((v) => ['info', 'low', 'medium', 'high', 'critical'].indexOf(String(v.attributes.severity)));
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('counts them in the statistics', async () => {
    const totals = await t.http.get('/v2/vulnerabilities/widgets/total').set(alice.headers).expect(200);
    expect(totals.body).toMatchObject({ known_exploited: 2, known_exploited_overdue: 2 });
    // 41773, 42013, 38408, 48795, 18373... every open finding with a latest EPSS ≥ 0.1.
    const likely = (await list('&q[epss_score_gteq]=0.1')).body.meta.total;
    expect(totals.body.epss_at_least_10).toBe(likely);
    const filtered = await t.http
      .get('/v2/vulnerabilities/widgets/total?q[check_id]=rules.openssh*')
      .set(alice.headers)
      .expect(200);
    expect(filtered.body.known_exploited).toBe(0);

    // A run after the import stores its findings with what is known, and counts them.
    await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202);
    await waitForScan(t, alice.headers, scanId, 'completed');
    const stats = await t.http.get(`/v2/scans/${scanId}/statistics`).set(alice.headers).expect(200);
    expect(stats.body.known_exploited).toBe(2);
  });
});
