import { defineEvent, type EventPayload } from '../../events/event.decorator';

/**
 * Someone scheduled a scan: a schedule was created (`POST /v2/schedules`, or the scans wizard with a `schedule`),
 * published in the transaction that saved it. Times are ISO-8601 UTC.
 */
export interface ScanScheduledEvent extends EventPayload {
  organizationId: string;
  scheduleId: string;
  scanId: string;
  scanName: string;
  /** The scan's owner (null once that user is deleted). */
  scanOwnerId: string | null;
  /** Who created the schedule. */
  userId: string;
  /** Its first run (null for a schedule created disabled). */
  nextRunAt: string | null;
  /** `once`, `daily`, `weekly`, `monthly`... (as the schedule's `frequency`). */
  frequency: string;
  /** The recurrence as an RFC 5545 RRULE, and the time zone it is read in. */
  rrule: string;
  timeZone: string;
}

export const SCAN_SCHEDULED = defineEvent<ScanScheduledEvent>('scan.scheduled');
