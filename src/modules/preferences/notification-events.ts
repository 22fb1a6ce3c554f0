/**
 * The events a user can be notified about, with whether they are on when the user has not chosen.
 * Modules that send notifications ask `NotificationPreferencesService.isEnabled(userId, event)` with one of these.
 */
export const NOTIFICATION_EVENTS = {
  scan_started: { description: 'A scan started', enabledByDefault: true },
  scan_completed: { description: 'A scan completed', enabledByDefault: true },
  scan_failed: { description: 'A scan failed or was stopped', enabledByDefault: true },
  scan_scheduled: { description: 'A scan was scheduled', enabledByDefault: false },
  report_generated: { description: 'A report is ready to download', enabledByDefault: true },
  advanced_report_generated: { description: 'An advanced report is ready to download', enabledByDefault: true },
  vulnerability_found: { description: 'A scan found new high or critical vulnerabilities', enabledByDefault: true },
  exception_expiring: { description: 'A vulnerability exception is about to expire', enabledByDefault: true },
  subscription_expiring: { description: 'The organization subscription is about to end', enabledByDefault: true },
  subscription_expired: { description: 'The organization subscription ended', enabledByDefault: true },
} as const;

export type NotificationEvent = keyof typeof NOTIFICATION_EVENTS;
export const NOTIFICATION_EVENT_NAMES = Object.keys(NOTIFICATION_EVENTS) as NotificationEvent[];
export const isNotificationEvent = (name: string): name is NotificationEvent =>
  Object.hasOwn(NOTIFICATION_EVENTS, name);
