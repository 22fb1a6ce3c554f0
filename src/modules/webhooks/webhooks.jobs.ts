import { defineJob, type JobPayload } from '../../jobs/job.decorator';

export interface DeliverWebhookPayload extends JobPayload {
  organizationId: string;
  deliveryId: string;
  /** The try this job makes (1 = first): a duplicate job for a try already made is skipped. */
  attempt: number;
}

/**
 * One try of a webhook delivery. A failed try records itself and queues the next try (growing delay with jitter) in
 * the same transaction, so pg-boss retries are only for a crashed handler. Many short jobs: a batch per fetch.
 */
export const DELIVER_WEBHOOK = defineJob<DeliverWebhookPayload>('webhook.deliver', {
  retryLimit: 2,
  retryDelaySeconds: 5,
  expireInSeconds: 120,
  concurrency: 2,
  batchSize: 25,
});
