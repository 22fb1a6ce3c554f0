import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { NotImplementedYet } from '../../common/errors/app-error';
import { ScanLauncher } from '../../common/ports/scan-launcher';

/** A launcher that can also name scans (for the upcoming list); see the report to the scans module. */
interface ScanNames {
  namesOf(organizationIds: readonly string[] | undefined, scanIds: string[]): Promise<Map<string, string>>;
}

/**
 * The scans module binds `ScanLauncher`; schedules must not import that module (it imports schedules for its
 * wizard). The binding is looked up once, lazily, so this module boots and answers 501 while scans is absent.
 */
@Injectable()
export class ScanLauncherAccess {
  private resolved: ScanLauncher | null | undefined;

  constructor(private readonly moduleRef: ModuleRef) {}

  /** The bound launcher, or null when no module binds one. */
  find(): ScanLauncher | null {
    if (this.resolved === undefined) {
      try {
        this.resolved = this.moduleRef.get(ScanLauncher, { strict: false });
      } catch {
        this.resolved = null;
      }
    }
    return this.resolved ?? null;
  }

  get(): ScanLauncher {
    const launcher = this.find();
    if (!launcher) throw NotImplementedYet('Schedules need the scans module, which is not installed');
    return launcher;
  }

  /** Scan names by id when the launcher offers `namesOf`; otherwise an empty map (names shown as null). */
  async namesOf(organizationIds: readonly string[] | undefined, scanIds: string[]): Promise<Map<string, string>> {
    const launcher = this.find() as (ScanLauncher & Partial<ScanNames>) | null;
    if (!scanIds.length || typeof launcher?.namesOf !== 'function') return new Map();
    return launcher.namesOf(organizationIds, scanIds);
  }
}
