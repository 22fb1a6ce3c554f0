import { randomUUID } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { DOMAIN_MODULES, AppModule } from '../../src/app.module';
import { ScanLauncher } from '../../src/common/ports/scan-launcher';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { TestApp, type SignedIn } from '../helpers/test-app';

/** Whether a registered domain module binds ScanLauncher (the scans module). */
export function realScanLauncherBound(): boolean {
  return DOMAIN_MODULES.some((mod) =>
    ((Reflect.getMetadata('providers', mod) ?? []) as unknown[]).some(
      (p) =>
        p === ScanLauncher ||
        (typeof p === 'object' && p !== null && (p as { provide?: unknown }).provide === ScanLauncher),
    ),
  );
}

/**
 * Test-only stand-in for the scans module while it is not registered: knows the scans the test made and which of
 * them have a run in progress, exactly like the port's contract.
 */
export class StandInScanLauncher extends ScanLauncher {
  readonly scans = new Map<string, string>();
  readonly running = new Set<string>();

  async exists(organizationId: string, scanId: string) {
    return this.scans.get(scanId) === organizationId;
  }

  async startScheduled(organizationId: string, scanId: string) {
    if (this.scans.get(scanId) !== organizationId) return { started: false as const, reason: 'not_found' as const };
    if (this.running.has(scanId)) return { started: false as const, reason: 'already_running' as const };
    this.running.add(scanId);
    return { started: true as const, historyId: randomUUID() };
  }
}

/**
 * Scans for schedule tests: through `POST /v2/targets` + `POST /v2/scans` when the scans module is registered,
 * otherwise through the stand-in, installed as a module override of this test's app only.
 */
export class ScanFixture {
  private constructor(readonly standIn: StandInScanLauncher | null) {}

  /** Starts the app (workers off: started runs stay queued, so "already running" is deterministic). */
  static async start(env: Record<string, string> = {}): Promise<{ t: TestApp; scans: ScanFixture }> {
    const real = realScanLauncherBound();
    const standIn = real ? null : new StandInScanLauncher();
    const restore = standIn ? ScanFixture.overrideLauncher(standIn) : () => undefined;
    try {
      const t = await TestApp.start({ RUN_PERIODIC_TASKS: 'false', RUN_WORKERS_IN_API: 'false', ...env });
      return { t, scans: new ScanFixture(standIn) };
    } finally {
      restore();
    }
  }

  /** Adds a global module binding ScanLauncher to the next AppModule built; returns the undo. */
  static overrideLauncher(launcher: ScanLauncher): () => void {
    @Global()
    @Module({ providers: [{ provide: ScanLauncher, useValue: launcher }], exports: [ScanLauncher] })
    class StandInScansModule {}
    const original = AppModule.forRoot;
    const spy = jest.spyOn(AppModule, 'forRoot').mockImplementation((options) => {
      const built = original.call(AppModule, options);
      return { ...built, imports: [...(built.imports ?? []), StandInScansModule] };
    });
    return () => spy.mockRestore();
  }

  async createScan(
    t: TestApp,
    owner: SignedIn,
    organization: Organization,
    name = 'Weekly perimeter',
  ): Promise<string> {
    if (this.standIn) {
      const id = randomUUID();
      this.standIn.scans.set(id, organization.id);
      return id;
    }
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
    if (this.standIn) {
      this.standIn.running.add(scanId);
      return;
    }
    const res = await t.http.post(`/v2/scans/${scanId}/start`).set(owner.headers);
    if (res.status >= 300) throw new Error(`start: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** Lets the next run of the scan start (the stand-in forgets the active run; real runs are stopped). */
  async finishRun(t: TestApp, owner: SignedIn, scanId: string) {
    if (this.standIn) {
      this.standIn.running.delete(scanId);
      return;
    }
    const res = await t.http.post(`/v2/scans/${scanId}/stop`).set(owner.headers);
    if (res.status >= 300) throw new Error(`stop: ${res.status} ${JSON.stringify(res.body)}`);
  }

  async deleteScan(t: TestApp, owner: SignedIn, scanId: string) {
    if (this.standIn) {
      this.standIn.scans.delete(scanId);
      return;
    }
    await this.finishRun(t, owner, scanId).catch(() => undefined);
    const res = await t.http.delete(`/v2/scans/${scanId}`).set(owner.headers);
    if (res.status !== 204) throw new Error(`delete scan: ${res.status} ${JSON.stringify(res.body)}`);
  }
}
