import { defineEvent, type EventPayload } from '../../events/event.decorator';
import type { Severity } from '../../common/severity';

/** What every scan run event says about the run. Times are ISO-8601 UTC. */
export interface ScanRunEvent extends EventPayload {
  organizationId: string;
  scanId: string;
  scanName: string;
  historyId: string;
  targetId: string;
  trigger: 'manual' | 'schedule';
  /** Who started it (null: a schedule did). */
  userId: string | null;
  /** The scan's owner (who created it, or whom it was transferred to); absent in events published before it existed. */
  ownerId?: string;
  scheduleId: string | null;
  /** 1, or more when recovery restarted the run after its worker died. */
  attempt: number;
  startedAt: string | null;
}

export type ScanStartedEvent = ScanRunEvent;

export interface ScanCompletedEvent extends ScanRunEvent {
  finishedAt: string;
  hosts: { total: number; up: number };
  openPorts: number;
  /** Findings of this run by severity. */
  counts: Record<Severity, number> & { total: number };
  /** Against the scan's previous completed run; `reopened` were fixed before and are found again. */
  changes: { new: number; fixed: number; persisting: number; reopened: number };
  pci: { status: 'pass' | 'fail'; failing: number };
}

export interface ScanStoppedEvent extends ScanRunEvent {
  finishedAt: string;
  /** `requested`: a user's stop; `recovered`: stopped by recovery after a stop request whose worker had died. */
  reason: 'requested' | 'recovered';
}

export interface ScanFailedEvent extends ScanRunEvent {
  finishedAt: string;
  /** What a user may read about the failure (never internals). */
  reason: string;
}

/** A run was claimed by a worker (published once per run, on its first attempt). */
export const SCAN_STARTED = defineEvent<ScanStartedEvent>('scan.started');
/** A run stored its results. */
export const SCAN_COMPLETED = defineEvent<ScanCompletedEvent>('scan.completed');
/** A run was stopped, queued or running. */
export const SCAN_STOPPED = defineEvent<ScanStoppedEvent>('scan.stopped');
/** A run failed: engine error, unusable inputs, or its worker died too often. */
export const SCAN_FAILED = defineEvent<ScanFailedEvent>('scan.failed');
