/**
 * The events a user can be notified about, with whether they are on when the user has not chosen, and whether an
 * enabled event is also emailed (`email`; otherwise it is shown in-app only). Modules that send notifications ask
 * `NotificationPreferencesService.isEnabled(userId, event)` (or `enabledAmong`) with one of these.
 */
export const NOTIFICATION_EVENTS = {
  scan_started: { description: 'A scan started', enabledByDefault: true, email: false },
  scan_completed: { description: 'A scan completed', enabledByDefault: true, email: true },
  scan_failed: { description: 'A scan failed', enabledByDefault: true, email: true },
  scan_stopped: { description: 'A scan was stopped', enabledByDefault: true, email: false },
  scan_scheduled: { description: 'A scan was scheduled', enabledByDefault: false, email: false },
  report_generated: { description: 'A report is ready to download', enabledByDefault: true, email: true },
  report_failed: { description: 'A report could not be generated', enabledByDefault: true, email: true },
  advanced_report_generated: {
    description: 'An advanced report is ready to download',
    enabledByDefault: true,
    email: true,
  },
  vulnerability_found: {
    description: 'A scan found new high or critical vulnerabilities',
    enabledByDefault: true,
    email: true,
  },
  exception_created: { description: 'An exception waits for review', enabledByDefault: true, email: true },
  exception_approved: { description: 'Your exception was approved', enabledByDefault: true, email: true },
  exception_rejected: { description: 'Your exception was rejected', enabledByDefault: true, email: true },
  exception_expired: { description: 'Your exception expired', enabledByDefault: true, email: true },
  exception_reset: { description: 'Your exception was reset', enabledByDefault: true, email: false },
  exception_expiring: {
    description: 'A vulnerability exception is about to expire',
    enabledByDefault: true,
    email: true,
  },
  saq_approved: { description: 'A self-assessment questionnaire was approved', enabledByDefault: true, email: true },
  webhook_disabled: {
    description: 'A webhook was deactivated after failing for too long',
    enabledByDefault: true,
    email: true,
  },
  subscription_expiring: {
    description: 'The organization subscription is about to end',
    enabledByDefault: true,
    email: true,
  },
  subscription_expired: { description: 'The organization subscription ended', enabledByDefault: true, email: true },
} as const satisfies Record<string, { description: string; enabledByDefault: boolean; email: boolean }>;

export type NotificationEvent = keyof typeof NOTIFICATION_EVENTS;
export const NOTIFICATION_EVENT_NAMES = Object.keys(NOTIFICATION_EVENTS) as NotificationEvent[];
export const isNotificationEvent = (name: string): name is NotificationEvent =>
  Object.hasOwn(NOTIFICATION_EVENTS, name);
