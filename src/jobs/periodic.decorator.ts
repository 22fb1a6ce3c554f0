import { SetMetadata } from '@nestjs/common';

export interface PeriodicOptions {
  /** Unique name, `<domain>.<task>` (shown in logs; `PeriodicTasks.tick(name)` runs it once). */
  name: string;
  /** Interval between the end of one run and the next timer tick. */
  everyMs: number;
}

export const PERIODIC_METADATA = 'cg:periodic';

/**
 * Runs a provider method every `everyMs` in each process with RUN_PERIODIC_TASKS=true. The method takes no
 * arguments it needs (it is called without any). A tick is skipped while the previous one still runs, and a failure
 * is logged, never thrown. Several processes run the same task: the method itself must be safe with that (claim rows
 * with `FOR UPDATE SKIP LOCKED`, or do one conditional UPDATE). Names are checked at boot like jobs.
 */
export const Periodic = (options: PeriodicOptions) => SetMetadata(PERIODIC_METADATA, options);
