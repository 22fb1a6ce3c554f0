import { resource } from '../../common/http/resource';
import type { ReportAttributesDto } from './dto/report.dto';
import type { Report } from './report.entity';

export const REPORT_TYPE = 'report';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const fileAvailable = (r: Report) => r.status === 'completed' && !r.fileDeletedAt && !!r.storageKey;

export function presentReport(r: Report) {
  return resource<ReportAttributesDto>(
    REPORT_TYPE,
    r.id,
    {
      name: r.name,
      kind: r.kind,
      format: r.format,
      status: r.status,
      trigger: r.trigger,
      progress: r.progress,
      error_message: r.errorMessage,
      file_name: r.fileName,
      content_type: r.contentType,
      size: r.size === null ? null : Number(r.size),
      sha256: r.sha256,
      signature: r.signature,
      scope: {
        scan_id: r.scope.scan_id ?? null,
        history_id: r.scope.history_id ?? null,
        scan_ids: r.scope.scan_ids ?? null,
        target_id: r.scope.target_id ?? null,
        base_history_id: r.scope.base_history_id ?? null,
      },
      filters: r.filters,
      sections: r.sections,
      time_zone: r.timeZone,
      file_available: fileAvailable(r),
      started_at: iso(r.startedAt),
      generated_at: iso(r.generatedAt),
      expires_at: iso(r.expiresAt),
      advanced_report_id: r.advancedReportId,
      user_id: r.userId,
      organization_id: r.organizationId,
      created_at: r.createdAt.toISOString(),
      updated_at: r.updatedAt.toISOString(),
    },
    {
      organization: { data: { id: r.organizationId, type: 'organization' } },
      user: { data: r.userId ? { id: r.userId, type: 'user' } : null },
      advanced_report: { data: r.advancedReportId ? { id: r.advancedReportId, type: 'advanced_report' } : null },
    },
  );
}
