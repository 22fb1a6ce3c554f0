import { resource } from '../../common/http/resource';
import type { AdvancedReport } from './advanced-report.entity';
import type { AdvancedReportAttributesDto } from './dto/advanced-report.dto';

export const ADVANCED_REPORT_TYPE = 'advanced_report';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentAdvancedReport(a: AdvancedReport) {
  const r = a.recurrence;
  return resource<AdvancedReportAttributesDto>(
    ADVANCED_REPORT_TYPE,
    a.id,
    {
      name: a.name,
      description: a.description,
      kind: a.kind,
      format: a.format,
      scope: {
        scan_id: a.scope.scan_id ?? null,
        history_id: a.scope.history_id ?? null,
        scan_ids: a.scope.scan_ids ?? null,
        target_id: a.scope.target_id ?? null,
        base_history_id: a.scope.base_history_id ?? null,
      },
      filters: a.filters,
      sections: a.sections,
      recipients: a.recipients,
      external_recipients_allowed: !!a.externalRecipientsApprovedBy,
      recurrence: r
        ? {
            start_at: r.startAt,
            time_zone: r.timeZone,
            frequency: r.frequency,
            interval: r.interval,
            weekdays: r.weekdays,
            month_day: r.monthDay,
            week_of_month: r.weekOfMonth,
            weekday: r.weekday,
            end_date: r.endDate,
            count: r.count,
          }
        : null,
      rrule: a.rrule,
      enabled: a.enabled,
      next_run_at: iso(a.nextRunAt),
      last_run_at: iso(a.lastRunAt),
      last_report_id: a.lastReportId,
      user_id: a.userId,
      organization_id: a.organizationId,
      created_at: a.createdAt.toISOString(),
      updated_at: a.updatedAt.toISOString(),
    },
    {
      organization: { data: { id: a.organizationId, type: 'organization' } },
      user: { data: { id: a.userId, type: 'user' } },
      last_report: { data: a.lastReportId ? { id: a.lastReportId, type: 'report' } : null },
    },
  );
}
