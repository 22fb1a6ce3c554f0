import { defineJob, type JobPayload } from '../../jobs/job.decorator';

export interface RunScanPayload extends JobPayload {
  organizationId: string;
  scanId: string;
  historyId: string;
}

/**
 * One run of a scan. No pg-boss retries: a run that dies is found by its stale heartbeat and requeued or failed by
 * `ScanRecoveryService`, which knows whether the engine had already started. The expiry only bounds a stuck handler.
 */
export const RUN_SCAN = defineJob<RunScanPayload>('scan.run', {
  retryLimit: 0,
  expireInSeconds: 12 * 3600,
  concurrency: 2,
});
