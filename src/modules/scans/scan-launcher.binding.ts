import { Injectable } from '@nestjs/common';
import { RecordNotFound } from '../../common/errors/app-error';
import { ScanLauncher } from '../../common/ports/scan-launcher';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { ScansService } from './scans.service';

/** The schedules module starts runs through this port (it does not import the scans module). */
@Injectable()
export class ScansLauncher extends ScanLauncher {
  constructor(private readonly scans: ScansService) {
    super();
  }

  async exists(organizationId: string, scanId: string): Promise<boolean> {
    return this.scans.get(TenantScope.of(organizationId), scanId).then(
      () => true,
      (err) => {
        if (err instanceof RecordNotFound) return false;
        throw err;
      },
    );
  }

  /** Scan names for the schedules' lists (`organizationIds` undefined: any organization). */
  namesOf(organizationIds: readonly string[] | undefined, scanIds: string[]): Promise<Map<string, string>> {
    return this.scans.namesOf(organizationIds, scanIds);
  }

  async startScheduled(organizationId: string, scanId: string, scheduleId: string) {
    try {
      const run = await this.scans.startRun(TenantScope.of(organizationId), scanId, { userId: null, scheduleId });
      if (run === 'already_running') return { started: false as const, reason: 'already_running' as const };
      return { started: true as const, historyId: run.id };
    } catch (err) {
      if (err instanceof RecordNotFound) return { started: false as const, reason: 'not_found' as const };
      throw err;
    }
  }
}
