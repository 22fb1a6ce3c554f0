import { defineJob, type JobPayload } from '../../jobs/job.decorator';

export interface GenerateReportPayload extends JobPayload {
  organizationId: string;
  reportId: string;
}

/** Builds one report's file. A worker that dies mid-way is retried after the expiry; the file is rewritten. */
export const GENERATE_REPORT = defineJob<GenerateReportPayload>('report.generate', {
  retryLimit: 2,
  expireInSeconds: 60 * 60,
  concurrency: 1,
});
