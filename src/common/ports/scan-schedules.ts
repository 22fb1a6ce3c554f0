import type { EntityManager } from 'typeorm';

/**
 * What the scans wizard needs from schedules: create a schedule for a new scan inside the wizard's transaction.
 * Bound by the schedules module; the wizard answers 501 for a schedule when no binding exists.
 */
export abstract class ScanSchedules {
  /** Validates `input` (ParameterError with `schedule.`-prefixed messages) and creates the schedule with `tx`. */
  abstract createInTransaction(
    tx: EntityManager,
    organizationId: string,
    userId: string,
    scanId: string,
    input: unknown,
  ): Promise<{ id: string }>;
}
