import { defineEvent, type EventPayload } from '../../events/event.decorator';
import type { ReportFormat, ReportKind } from './report-kinds';

interface ReportEvent extends EventPayload {
  organizationId: string;
  reportId: string;
  kind: ReportKind;
  format: ReportFormat;
  /** Who asked for it (the definition's owner for a recurring run). */
  requestedBy: string | null;
  /** The saved definition it was generated from, if any. */
  advancedReportId: string | null;
}

export interface ReportGeneratedEvent extends ReportEvent {
  fileName: string;
  sha256: string;
  size: number;
  generatedAt: string;
}

export interface ReportFailedEvent extends ReportEvent {
  /** What a user may read about the failure (never internals). */
  reason: string;
}

/** A report's file was stored (published with the status change to `completed`). */
export const REPORT_GENERATED = defineEvent<ReportGeneratedEvent>('report.generated');
/** A report could not be generated (published with the status change to `failed`). */
export const REPORT_FAILED = defineEvent<ReportFailedEvent>('report.failed');
