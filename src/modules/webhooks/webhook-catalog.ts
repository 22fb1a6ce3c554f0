import type { EventDefinition, EventPayload } from '../../events/event.decorator';
import {
  EXCEPTION_APPROVED,
  EXCEPTION_CREATED,
  EXCEPTION_EXPIRED,
  EXCEPTION_EXPIRING,
  EXCEPTION_REJECTED,
  EXCEPTION_RESET,
  type ExceptionEvent,
} from '../exceptions/exceptions.events';
import { REPORT_FAILED, REPORT_GENERATED } from '../reports/reports.events';
import { SAQ_APPROVED } from '../saq/saq.events';
import { SCAN_COMPLETED, SCAN_FAILED, SCAN_STARTED, SCAN_STOPPED, type ScanRunEvent } from '../scans/scans.events';

/** Version of the payload schema (`version` in every body). A breaking change to any event's `data` bumps it. */
export const PAYLOAD_VERSION = 1;

/** `scanId` → `scan_id`, recursively for plain objects. */
function snake(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snake);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
        snake(v),
      ]),
    );
  }
  return value;
}

const without = <T extends object>(payload: T, ...keys: string[]) =>
  Object.fromEntries(Object.entries(payload).filter(([k]) => !keys.includes(k) && k !== 'organizationId'));

function scanData(e: ScanRunEvent) {
  const { scanId, scanName, historyId } = e;
  return {
    scan: {
      id: scanId,
      name: scanName,
      run_id: historyId,
      ...(snake(without(e, 'scanId', 'scanName', 'historyId')) as object),
    },
  };
}

function resourceData(key: string, idField: string) {
  return (e: EventPayload) => {
    const id = (e as unknown as Record<string, unknown>)[idField];
    return { [key]: { id, ...(snake(without(e, idField)) as object) } };
  };
}

export interface CatalogEntry {
  /** The webhook event name receivers see (`X-CG-Hook-Event`, the payload's `type`). */
  type: string;
  event: EventDefinition<EventPayload>;
  description: string;
  /** The payload's `data` for the domain event. */
  data: (payload: EventPayload) => Record<string, unknown>;
}

const entry = <P extends EventPayload>(
  type: string,
  event: EventDefinition<P>,
  description: string,
  data: (payload: P) => Record<string, unknown>,
): CatalogEntry => ({
  type,
  event: event as EventDefinition<EventPayload>,
  description,
  data: data as CatalogEntry['data'],
});

const exceptionData = (e: ExceptionEvent) => resourceData('exception', 'exceptionId')(e);

/** Every event a webhook can subscribe to; `*` subscribes to all of them (and to those added later). */
export const WEBHOOK_CATALOG: CatalogEntry[] = [
  entry('scan_started', SCAN_STARTED, 'A scan run was picked up by a worker', scanData),
  entry(
    'scan_completed',
    SCAN_COMPLETED,
    'A scan run stored its results: counts by severity, changes, PCI status',
    scanData,
  ),
  entry('scan_stopped', SCAN_STOPPED, 'A scan run was stopped', scanData),
  entry('scan_failed', SCAN_FAILED, 'A scan run failed (reason)', scanData),
  entry(
    'report_generated',
    REPORT_GENERATED,
    'A report file is ready (sha256, size)',
    resourceData('report', 'reportId'),
  ),
  entry('report_failed', REPORT_FAILED, 'A report could not be generated (reason)', resourceData('report', 'reportId')),
  entry('exception_created', EXCEPTION_CREATED, 'An exception was requested (pending review)', exceptionData),
  entry('exception_approved', EXCEPTION_APPROVED, 'An exception was approved (active)', exceptionData),
  entry('exception_rejected', EXCEPTION_REJECTED, 'An exception was rejected', exceptionData),
  entry(
    'exception_expiring',
    EXCEPTION_EXPIRING,
    'An active exception expires within 7 days (sent once per exception)',
    exceptionData,
  ),
  entry('exception_expired', EXCEPTION_EXPIRED, 'An exception passed its expires_at', exceptionData),
  entry('exception_reset', EXCEPTION_RESET, 'An exception was ended (reset)', exceptionData),
  entry('saq_approved', SAQ_APPROVED, 'A PCI self-assessment questionnaire was attested', resourceData('saq', 'saqId')),
];

export const WEBHOOK_EVENT_TYPES = WEBHOOK_CATALOG.map((e) => e.type);
/** What `events` accepts: the catalogue and `*`. */
export const SUBSCRIBABLE_EVENTS = [...WEBHOOK_EVENT_TYPES, '*'];
/** The test event of `POST /v2/webhooks/{id}/ping` (always delivered, whatever `events` says). */
export const PING_EVENT = 'ping';

export interface WebhookPayload {
  id: string;
  type: string;
  version: number;
  occurred_at: string;
  organization: { id: string; name: string | null };
  data: Record<string, unknown>;
}
