/**
 * The state machine of one run:
 *
 *   queued ──► running ──► completed
 *     │           ├──────► stopped   (stop requested, engine aborted)
 *     │           └──────► failed    (engine error, or the worker stopped sending heartbeats)
 *     └──► stopped (stopped before a worker claimed it)
 *
 * A running run whose heartbeat is older than `STALE_HEARTBEAT_SECONDS` is requeued by recovery (the engine is
 * restarted from the beginning) up to `MAX_RUN_ATTEMPTS`, then failed: a run is never left "running".
 */
export const RUN_STATUSES = ['queued', 'running', 'completed', 'stopped', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const ACTIVE_RUN_STATUSES: readonly RunStatus[] = ['queued', 'running'];
export const FINAL_RUN_STATUSES: readonly RunStatus[] = ['completed', 'stopped', 'failed'];

/** How often a running worker writes progress + heartbeat and looks for a stop request. */
export const HEARTBEAT_INTERVAL_MS = 1_000;
/** A heartbeat older than this means the worker is gone. */
export const STALE_HEARTBEAT_SECONDS = 60;
/** Attempts of one run (the first one included) before recovery gives up and fails it. */
export const MAX_RUN_ATTEMPTS = 2;

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type SeverityName = (typeof SEVERITIES)[number];
export const severityRank = (s: string): number => Math.max(0, SEVERITIES.indexOf(s as SeverityName));
