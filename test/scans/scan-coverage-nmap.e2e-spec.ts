import { nmapInstalled } from '../helpers/nmap';
import { useCoverageFixture, type Vuln } from './coverage-fixture';
import { createScan } from './helpers';

jest.setTimeout(120_000);

const NMAP_SCANNER = '00000000-0000-4000-8000-0000000b0002';

const withNmap = nmapInstalled();
if (!withNmap) console.log('nmap run skipped: the nmap binary is not installed (apt-get install -y nmap)');

/**
 * nmap -sV reports exposed databases and service version rules only: after a full builtin run found TLS and HTTP
 * weaknesses, an nmap run over the same unchanged services leaves every one of them open (issue 13: it used to mark
 * all 16 fixed). nmap waits for greetings on each port, so this run alone takes ~20 s.
 */
describe('scans: an nmap run after a builtin run closes none of the TLS and HTTP findings', () => {
  const f = useCoverageFixture('Coverage');
  const { findings, run, history, pciFailing } = f;
  let firstFindings: Vuln[];

  it('a full builtin run finds the TLS and HTTP findings', async () => {
    await run(f.fullScan);
    firstFindings = await findings();
    const checks = firstFindings.map((v) => v.attributes.check_id);
    expect(checks).toEqual(expect.arrayContaining(['tls.certificate-expired', 'http.trace-enabled']));
  });

  (withNmap ? it : it.skip)('an nmap run over the same ports leaves the TLS and HTTP findings open', async () => {
    const admin = await f.t.signInSuperAdmin();
    await f.t.http.put(`/v2/scanners/${NMAP_SCANNER}/activate`).set(admin.headers).expect(200);
    const failingBefore = await pciFailing();
    const nmapScan = await createScan(f.t, f.alice.headers, {
      name: 'nmap',
      target_id: f.targetId,
      port_list_id: f.portListId,
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
    const stats = await f.t.http.get(`/v2/scans/${nmapScan}/statistics`).set(f.alice.headers).expect(200);
    expect(stats.body.changes.fixed).toBe(0);
  });
});
