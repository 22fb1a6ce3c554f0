/**
 * What the schedules module needs from scans, without importing the scans module (which imports schedules for its
 * wizard and upcoming list). Bound by the scans module.
 */
export abstract class ScanLauncher {
  /** Whether the scan exists in the organization (for validating a schedule's scan). */
  abstract exists(organizationId: string, scanId: string): Promise<boolean>;
  /**
   * Starts a run of the scan for a schedule. Never starts a second run while one is queued or running:
   * then answers `{ started: false, reason: 'already_running' }`.
   */
  abstract startScheduled(
    organizationId: string,
    scanId: string,
    scheduleId: string,
  ): Promise<{ started: true; historyId: string } | { started: false; reason: 'already_running' | 'not_found' }>;
}
