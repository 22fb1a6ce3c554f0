import type { Organization } from '../../src/modules/organizations/organization.entity';
import { TestApp, type SignedIn } from '../helpers/test-app';

/** Scans for schedule tests, through `POST /v2/targets` + `POST /v2/scans`, as a client makes them. */
export class ScanFixture {
  /** Starts the app (workers off: started runs stay queued, so "already running" is deterministic). */
  static async start(env: Record<string, string> = {}): Promise<{ t: TestApp; scans: ScanFixture }> {
    const t = await TestApp.start({ RUN_PERIODIC_TASKS: 'false', RUN_WORKERS_IN_API: 'false', ...env });
    return { t, scans: new ScanFixture() };
  }

  async createScan(
    t: TestApp,
    owner: SignedIn,
    organization: Organization,
    name = 'Weekly perimeter',
  ): Promise<string> {
    void organization;
    const target = await t.http
      .post('/v2/targets')
      .set(owner.headers)
      .send({ target: { name: `${name} target`, hosts: ['127.0.0.1'] } });
    if (target.status !== 201) throw new Error(`target: ${target.status} ${JSON.stringify(target.body)}`);
    const scan = await t.http
      .post('/v2/scans')
      .set(owner.headers)
      .send({ scan: { name, target_id: target.body.data.id } });
    if (scan.status !== 201) throw new Error(`scan: ${scan.status} ${JSON.stringify(scan.body)}`);
    return scan.body.data.id;
  }

  /** Puts a run of the scan in progress (queued), as a user pressing "start" would. */
  async startManually(t: TestApp, owner: SignedIn, scanId: string) {
    const res = await t.http.post(`/v2/scans/${scanId}/start`).set(owner.headers);
    if (res.status >= 300) throw new Error(`start: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** Lets the next run of the scan start (the active run is stopped). */
  async finishRun(t: TestApp, owner: SignedIn, scanId: string) {
    const res = await t.http.post(`/v2/scans/${scanId}/stop`).set(owner.headers);
    if (res.status >= 300) throw new Error(`stop: ${res.status} ${JSON.stringify(res.body)}`);
  }

  async deleteScan(t: TestApp, owner: SignedIn, scanId: string) {
    await this.finishRun(t, owner, scanId).catch(() => undefined);
    const res = await t.http.delete(`/v2/scans/${scanId}`).set(owner.headers);
    if (res.status !== 204) throw new Error(`delete scan: ${res.status} ${JSON.stringify(res.body)}`);
  }
}
