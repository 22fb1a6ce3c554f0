import { profileCheckIds } from '../scan-engines/checks/capabilities';
import { resource } from '../../common/http/resource';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import type { ScanProfileAttributesDto, ScannerAttributesDto } from './dto/scanner.dto';
import type { ScanProfile } from './scanner.entity';
import type { ScannerWithAssignments } from './scanners.service';

export const SCANNER_TYPE = 'scanner';
export const SCAN_PROFILE_TYPE = 'scan_profile';

/** Assignments are shown as far as the caller's scope reaches: nobody learns which other organizations use a scanner. */
export function presentScanner({ scanner, organizationIds }: ScannerWithAssignments, scope: TenantScope) {
  return resource<ScannerAttributesDto>(SCANNER_TYPE, scanner.id, {
    name: scanner.name,
    description: scanner.description,
    app_type: scanner.appType,
    active: scanner.active,
    default: scanner.isDefault,
    organization_ids: organizationIds.filter((id) => scope.includes(id)),
    last_verification: {
      ok: scanner.verificationOk,
      engine_version: scanner.engineVersion,
      message: scanner.verificationMessage,
      verified_at: scanner.verifiedAt?.toISOString() ?? null,
    },
    created_at: scanner.createdAt.toISOString(),
    updated_at: scanner.updatedAt.toISOString(),
  });
}

export function presentScanProfile(profile: ScanProfile) {
  return resource<ScanProfileAttributesDto>(
    SCAN_PROFILE_TYPE,
    profile.id,
    {
      name: profile.name,
      description: profile.description,
      port_list_id: profile.portListId,
      checks: profile.checks,
      check_ids: profileCheckIds(profile.checks),
      timeout_ms: profile.timeoutMs,
      concurrency: profile.concurrency,
      active: profile.active,
      default: profile.isDefault,
      created_at: profile.createdAt.toISOString(),
      updated_at: profile.updatedAt.toISOString(),
    },
    { port_list: { data: { id: profile.portListId, type: 'port_list' } } },
  );
}
