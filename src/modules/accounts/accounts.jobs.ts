import { defineJob, type JobPayload } from '../../jobs/job.decorator';

/**
 * The work behind "forgot password" (look up the account, mint the token, send the email) runs in a job, so that
 * the request does the same work and takes the same time whether or not the account exists (mfa.md 49).
 */
export interface PasswordResetRequestPayload extends JobPayload {
  email: string;
}

export const PASSWORD_RESET_REQUESTED = defineJob<PasswordResetRequestPayload>('accounts.password_reset_requested', {
  retryLimit: 2,
  expireInSeconds: 300,
  concurrency: 1,
});
