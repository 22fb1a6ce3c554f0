import type { Organization } from '../../src/modules/organizations/organization.entity';
import { countBudget } from '../../src/common/listing/capped-paginate';
import { VulnerabilitiesService } from '../../src/modules/vulnerabilities/vulnerabilities.service';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';

/**
 * 12,000 deduplicated findings of one organization, made with one set-based INSERT (as bench/vulnerabilities-1m.mjs
 * does with 1,000,000): finding i is on host 10.0.(i%3).1, port i, check `seed.check-(i%7)`, severity rank i%5,
 * fixed when i%10 = 0, PCI-failing when its severity is medium or worse, last seen (i%48) hours ago.
 */
async function seed(t: TestApp, organizationId: string, count: number) {
  await t.dataSource.query(
    `INSERT INTO vulnerabilities (organization_id, host, port, protocol, check_id, title, description, solution, cvss_vector,
       cvss_score, severity, severity_rank, cve, cwe, evidence, pci_fail, pci_reason, status, first_seen_at, last_seen_at, fixed_at)
     SELECT $1, '10.0.' || (i % 3) || '.1', i, 'tcp', 'seed.check-' || (i % 7), 'Seeded check ' || (i % 7), 'Description', 'Solution',
            'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N', (i % 5) * 2.0, (ARRAY['info','low','medium','high','critical'])[i % 5 + 1],
            i % 5, ARRAY['CVE-2020-' || i], ARRAY['CWE-200'], 'evidence ' || i, i % 5 >= 2, NULL,
            CASE WHEN i % 10 = 0 THEN 'fixed' ELSE 'open' END, now() - interval '30 days', now() - (i % 48) * interval '1 hour',
            CASE WHEN i % 10 = 0 THEN now() ELSE NULL END
       FROM generate_series(1, $2) AS i`,
    [organizationId, count],
  );
  // The widget counters are rebuilt after every run; do the same for the seeded rows.
  await t.dataSource.transaction((tx) => t.get(VulnerabilitiesService).refreshStats(tx, organizationId));
}

describe('vulnerabilities: global list, filters, paging, widgets', () => {
  let t: TestApp;
  let org: Organization;
  let alice: SignedIn;
  let bob: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrganization('Acme');
    alice = await t.createUser(org, 'User');
    bob = await t.createUser(await t.createOrganization('Other'), 'Admin');
    await seed(t, org.id, 12_000);
    countBudget.ms = 60_000; // exact counts, however loaded the machine is
  });

  afterAll(() => t.close());

  const list = (query: string, who = alice) => t.http.get(`/v2/vulnerabilities${query}`).set(who.headers);

  it('pages through the most severe first, with a total capped at 10,000', async () => {
    const first = await list('').expect(200);
    expect(first.body.meta).toEqual({
      page: 1,
      per_page: 25,
      total: 10_000,
      total_pages: 400,
      total_capped: true,
      total_estimated: false,
    });
    expect(first.body.data).toHaveLength(25);
    expect(
      first.body.data.every((v: { attributes: { severity: string } }) => v.attributes.severity === 'critical'),
    ).toBe(true);

    const ids = new Set<string>();
    for (const page of [1, 2, 3]) {
      const res = await list(`?per_page=100&page=${page}`).expect(200);
      for (const v of res.body.data) ids.add(v.id);
    }
    expect(ids.size).toBe(300); // stable order: no row twice across pages

    const few = await list('?q[check_id]=seed.check-3&q[host]=10.0.2.*&q[status]=fixed').expect(200);
    // i ≡ 3 (mod 7), i ≡ 2 (mod 3), i ≡ 0 (mod 10): one in 210, 57 of 12,000.
    expect(few.body.meta).toMatchObject({ total: 57, total_capped: false, total_pages: 3 });
    expect(few.body.data[0].attributes).toMatchObject({
      check_id: 'seed.check-3',
      status: 'fixed',
      host: '10.0.2.1',
      protocol: 'tcp',
    });
    // Host and check id filters are case-insensitive, `*` anywhere is a wildcard, `%` and `_` are literal.
    expect((await list('?q[check_id]=SEED.Check-3&q[host]=10.0.2.*&q[status]=fixed').expect(200)).body.meta.total).toBe(
      57,
    );
    expect((await list('?q[check_id]=*.CHECK-3&q[host]=*.2.1&q[status]=fixed').expect(200)).body.meta.total).toBe(57);
    expect((await list('?q[host]=10.0.2%25').expect(200)).body.meta.total).toBe(0);
    expect((await list('?q[check_id]=seed_check-3').expect(200)).body.meta.total).toBe(0);
  });

  it('filters by severity, status, PCI, CVE, port, dates, text', async () => {
    const critical = await list('?q[severity]=critical&q[status]=open&per_page=100&page=2').expect(200);
    expect(critical.body.meta.total).toBe(2400);
    expect(
      critical.body.data.every(
        (v: { attributes: { severity: string; status: string } }) =>
          v.attributes.severity === 'critical' && v.attributes.status === 'open',
      ),
    ).toBe(true);

    expect((await list('?q[pci_fail]=false&q[status]=open').expect(200)).body.meta.total).toBe(1200 + 2400);
    expect((await list('?q[cve]=CVE-2020-1199*').expect(200)).body.meta.total).toBe(11); // 1199, 11990-11999
    const port = await list('?q[port]=4241').expect(200);
    expect(port.body.data).toHaveLength(1);
    expect(port.body.data[0].attributes).toMatchObject({
      port: 4241,
      cve: ['CVE-2020-4241'],
      evidence: 'evidence 4241',
      pci_status: 'pass',
    });
    expect((await list('?q=check-6&q[severity]=info').expect(200)).body.meta.total).toBe(343); // i ≡ 6 (mod 7), i ≡ 0 (mod 5)

    const recent = await list('?relative_date_range=90m&sort_by=last_seen_at:desc').expect(200);
    expect(recent.body.meta.total).toBe(500); // i%48 ∈ {0, 1}
    const byScore = await list('?sort_by=cvss_score:asc&per_page=1').expect(200);
    expect(byScore.body.data[0].attributes.cvss_score).toBe(0);
  });

  it('on PostgreSQL, a count over its time budget becomes the planner estimate', async () => {
    if (!process.env.DATABASE_URL)
      return console.log('PGlite always counts exactly: the estimate is checked on PostgreSQL only');
    countBudget.ms = 1;
    try {
      await t.dataSource.query('ANALYZE vulnerabilities');
      // Counting 10,001 ILIKE matches takes well over 1 ms: the planner's estimate (about 12,000) is used.
      const res = await list('?q[title]=*check*').expect(200);
      expect(res.body.data).toHaveLength(25);
      expect(res.body.meta).toMatchObject({ total: 10_000, total_capped: true, total_estimated: true });
    } finally {
      countBudget.ms = 60_000;
    }
  });

  it('rejects unknown or malformed filters with 422', async () => {
    for (const query of [
      '?q[severity]=urgent',
      '?q[secret]=1',
      '?per_page=1000',
      '?page=0',
      '?sort_by=description:asc',
      '?q[port]=abc',
      '?q[host_id]=x',
    ]) {
      expectError(await list(query), 422, 'parameter_error');
    }
    expectError(await t.http.get('/v2/vulnerabilities/not-a-uuid').set(alice.headers), 422, 'parameter_error');
    expectError(await t.http.get('/v2/vulnerabilities/widgets/top?limit=0').set(alice.headers), 422, 'parameter_error');
    await t.http.get('/v2/vulnerabilities').set(t.keyOnly).expect(401);
  });

  it('widgets count from the pre-aggregated counters', async () => {
    const total = await t.http.get('/v2/vulnerabilities/widgets/total').set(alice.headers).expect(200);
    expect(total.body).toEqual({
      open: 10_800,
      fixed: 1200,
      total: 12_000,
      by_severity: { info: 1200, low: 2400, medium: 2400, high: 2400, critical: 2400 },
      exceptions: { false_positive: 0, accepted_risk: 0, compensating_control: 0, disputed_severity: 0 },
      known_exploited: 0,
      known_exploited_overdue: 0,
      epss_at_least_10: 0,
    });

    const top = await t.http.get('/v2/vulnerabilities/widgets/top?limit=2').set(alice.headers).expect(200);
    expect(top.body.data).toHaveLength(2);
    expect(top.body.data[0].open).toBeGreaterThanOrEqual(top.body.data[1].open);
    expect(top.body.data[0]).toMatchObject({
      check_id: expect.stringMatching(/^seed\.check-\d$/),
      title: expect.any(String),
    });
    const all = await t.http.get('/v2/vulnerabilities/widgets/top?limit=100').set(alice.headers).expect(200);
    expect(all.body.data.reduce((n: number, c: { open: number }) => n + c.open, 0)).toBe(10_800);

    const pci = await t.http.get('/v2/vulnerabilities/widgets/pci_compliant').set(alice.headers).expect(200);
    expect(pci.body).toMatchObject({ compliant: false, status: 'fail', failing_vulnerabilities: 7200 });
  });

  it('widgets take the filters of the list: they count what the list would show', async () => {
    const widget = (name: string, query: string) =>
      t.http.get(`/v2/vulnerabilities/widgets/${name}${query}`).set(alice.headers);
    const filter = '?q[check_id]=seed.check-3&q[host]=10.0.2.*';
    const listed = (await list(`${filter}&per_page=1`).expect(200)).body.meta.total;
    const openListed = (await list(`${filter}&q[status]=open&per_page=1`).expect(200)).body.meta.total;
    const total = (await widget('total', filter).expect(200)).body;
    expect(total.total).toBe(listed);
    expect(total.total).toBeLessThan(12_000);
    const top = (await widget('top', filter).expect(200)).body.data;
    expect(top).toHaveLength(1);
    expect(top[0]).toMatchObject({ check_id: 'seed.check-3' });
    expect(top[0].open).toBe(total.open);
    expect(openListed).toBeLessThanOrEqual(total.open);
    // By severity: the top checks among the critical findings only.
    const critical = (await widget('top', '?q[severity]=critical&limit=100').expect(200)).body.data;
    expect(critical.every((c: { severity: string }) => c.severity === 'critical')).toBe(true);
    // The organization filter is answered from the counters: the same figures as without it.
    const own = (await widget('total', `?q[organization_id]=${org.id}`).expect(200)).body;
    expect(own).toMatchObject({ open: 10_800, fixed: 1200, total: 12_000 });
    // PCI widget: host-level filters.
    const pci = (await widget('pci_compliant', '?q[host]=10.0.2.*').expect(200)).body;
    expect(pci.failing_vulnerabilities).toBeLessThan(7200);
    // Unknown columns, paging and sorting are refused, never ignored.
    for (const name of ['total', 'top', 'pci_compliant']) {
      for (const bad of ['?q[nope]=1', '?page=2', '?per_page=10', '?sort_by=severity:asc']) {
        expectError(await widget(name, bad), 422, 'parameter_error');
      }
    }
    expectError(await widget('pci_compliant', '?q[severity]=high'), 422, 'parameter_error');
  });

  it('another organization sees none of them', async () => {
    expect((await list('', bob).expect(200)).body.meta).toMatchObject({ total: 0, total_capped: false });
    const one = (await list('?per_page=1').expect(200)).body.data[0];
    expectError(await t.http.get(`/v2/vulnerabilities/${one.id}`).set(bob.headers), 404, 'not_found');
    const total = await t.http.get('/v2/vulnerabilities/widgets/total').set(bob.headers).expect(200);
    expect(total.body).toMatchObject({ open: 0, total: 0 });
    const pci = await t.http.get('/v2/vulnerabilities/widgets/pci_compliant').set(bob.headers).expect(200);
    expect(pci.body).toMatchObject({ compliant: true, status: 'pass', hosts_total: 0 });
    // A super admin sees every organization's.
    const admin = await t.signInSuperAdmin();
    expect((await t.http.get(`/v2/vulnerabilities/${one.id}`).set(admin.headers).expect(200)).body.data.id).toBe(
      one.id,
    );
  });
});
