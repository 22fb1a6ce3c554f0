import { defineJob, type JobPayload } from '../../jobs/job.decorator';

export interface SendMailPayload extends JobPayload {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What kind of message, for logs and tests (`auth.password_reset`, `mfa.factor_added`, ...). Never the content. */
  template: string;
}

export const SEND_MAIL = defineJob<SendMailPayload>('mail.send', {
  retryLimit: 5,
  retryDelaySeconds: 10,
  concurrency: 1,
});
