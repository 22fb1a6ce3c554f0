import { resource } from '../../common/http/resource';
import type { ScheduleAttributesDto, UpcomingScanAttributesDto } from './dto/schedule.dto';
import type { Schedule } from './schedule.entity';

export const SCHEDULE_TYPE = 'schedule';
export const UPCOMING_SCAN_TYPE = 'upcoming_scan';

export function scheduleAttributes(s: Schedule): ScheduleAttributesDto {
  return {
    id: s.id,
    name: s.name,
    scan_id: s.scanId,
    organization_id: s.organizationId,
    user_id: s.userId,
    start_at: s.startAt,
    time_zone: s.timeZone,
    frequency: s.frequency,
    interval: s.interval,
    weekdays: s.weekdays,
    month_day: s.monthDay,
    week_of_month: s.weekOfMonth,
    weekday: s.weekday,
    end_date: s.endDate,
    count: s.count,
    enabled: s.enabled,
    rrule: s.rrule,
    next_run_at: s.nextRunAt?.toISOString() ?? null,
    last_run_at: s.lastRunAt?.toISOString() ?? null,
    last_run_outcome: s.lastRunOutcome,
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}

export const presentSchedule = (s: Schedule) =>
  resource(SCHEDULE_TYPE, s.id, scheduleAttributes(s), {
    scan: { data: { id: s.scanId, type: 'scan' } },
    organization: { data: { id: s.organizationId, type: 'organization' } },
    user: { data: { id: s.userId, type: 'user' } },
  });

/** One entry of `GET /v2/scans/upcoming`: the next run of an enabled schedule (id = the schedule's). */
export function presentUpcoming(s: Schedule, scanName: string | null) {
  const attributes: UpcomingScanAttributesDto = {
    schedule_id: s.id,
    schedule_name: s.name,
    scan_id: s.scanId,
    scan_name: scanName,
    organization_id: s.organizationId,
    next_run_at: s.nextRunAt!.toISOString(),
    time_zone: s.timeZone,
    frequency: s.frequency,
  };
  return resource(UPCOMING_SCAN_TYPE, s.id, attributes, {
    scan: { data: { id: s.scanId, type: 'scan' } },
    schedule: { data: { id: s.id, type: SCHEDULE_TYPE } },
  });
}
