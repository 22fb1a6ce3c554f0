import { Injectable } from '@nestjs/common';
import { AppError, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import type { EngineAppType, PortRange, ScanEngine, ScanOptions } from '../scan-engines/scan-engine';
import { coveredCheckIds } from '../scan-engines/checks/capabilities';
import { ScanEngineRegistry } from '../scan-engines/scan-engine.registry';
import { PortListsService } from '../port-lists/port-lists.service';
import { ScannersService } from '../scanners/scanners.service';
import { ScanProfilesService } from '../scanners/scan-profiles.service';
import { TargetsService } from '../targets/targets.service';
import { ScanDenyList } from '../targets/scan-deny-list';

/** Everything a run needs, resolved from the scan's references when the run starts. */
export interface ResolvedRun {
  target: { id: string; name: string; hosts: string[]; hostCount: number };
  scanner: { id: string; name: string; appType: EngineAppType };
  profile: { id: string; name: string; portListId: string; options: ScanOptions };
  ports: PortRange[];
}

export interface ScanReferences {
  /** null: check only scanner and profile (the wizard creates the target afterwards). */
  targetId: string | null;
  scannerId: string | null;
  scanProfileId: string | null;
  portListId: string | null;
}

/**
 * The one place where scans meet the configuration modules (targets, port lists, scanners, scan profiles) and the
 * engines: their services are called here and nowhere else in the scans module.
 */
@Injectable()
export class ScanInputs {
  constructor(
    private readonly targets: TargetsService,
    private readonly portLists: PortListsService,
    private readonly scanners: ScannersService,
    private readonly profiles: ScanProfilesService,
    private readonly engines: ScanEngineRegistry,
    private readonly denyList: ScanDenyList,
  ) {}

  /**
   * Checks the references of a scan being created or changed; each bad one is a 422 naming the field
   * (a target of another organization is reported like a missing one).
   */
  async validate(scope: TenantScope, organizationId: string, refs: ScanReferences, prefix = 'scan'): Promise<void> {
    const problems: string[] = [];
    if (refs.targetId) {
      await this.targets.resolveForScan(scope, refs.targetId).catch((err) => {
        if (err instanceof RecordNotFound)
          problems.push(`${prefix}.target_id does not name a target of this organization`);
        else problems.push(`${prefix}.target_id ${reason(err, 'cannot be scanned')}`);
      });
    }
    await this.scanners.resolveForScan(organizationId, refs.scannerId).catch((err) => {
      problems.push(`${prefix}.scanner_id ${reason(err, 'is not a usable scanner')}`);
    });
    await this.profiles.resolveForScan(refs.scanProfileId).catch((err) => {
      problems.push(`${prefix}.scan_profile_id ${reason(err, 'is not a scan profile')}`);
    });
    if (refs.portListId && !(await this.portLists.usableBy(organizationId, refs.portListId))) {
      problems.push(`${prefix}.port_list_id does not name a port list this organization may use`);
    }
    if (problems.length) throw new ParameterError(problems);
  }

  /** Resolves target hosts (deny list applied), scanner, profile and ports for a run of the organization. */
  async resolve(organizationId: string, refs: ScanReferences & { targetId: string }): Promise<ResolvedRun> {
    const target = await this.targets.resolveForScan(TenantScope.of(organizationId), refs.targetId).catch((err) => {
      // Said so, rather than "Record Not Found", on the failed run that users read.
      if (err instanceof RecordNotFound) throw new ParameterError(['the target of this scan no longer exists']);
      throw err;
    });
    const scanner = await this.scanners.resolveForScan(organizationId, refs.scannerId);
    const profile = await this.profiles.resolveForScan(refs.scanProfileId);
    const ports = await this.portLists.rangesFor(organizationId, refs.portListId ?? profile.portListId);
    return { target, scanner, profile, ports };
  }

  /** The organization a target belongs to (scans live where their target lives). */
  async organizationOfTarget(scope: TenantScope, targetId: string): Promise<string> {
    return (await this.targets.get(scope, targetId)).organizationId;
  }

  engine(appType: EngineAppType): ScanEngine {
    return this.engines.get(appType);
  }

  /** The check ids a run of this engine with these profile families runs: the findings it may close. */
  coveredCheckIds(appType: EngineAppType, families: string[]): string[] {
    return coveredCheckIds(this.engines.get(appType).capabilities, families);
  }

  /**
   * Checked by the engine on each address right before connecting: a hostname that passed the deny list when the
   * target was resolved may point at a denied network by the time the scan runs.
   */
  readonly allowAddress = (address: string): boolean => !this.denyList.isDeniedAddress(address);
}

/** The peer's own 4xx message (without its field prefix) when it has one, our fallback otherwise. */
function reason(err: unknown, fallback: string): string {
  if (err instanceof AppError && err.getStatus() < 500) {
    const message = err.entries[0]?.message ?? '';
    return message ? `is not usable: ${message}` : fallback;
  }
  throw err;
}
