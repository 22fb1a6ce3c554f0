import { SetMetadata } from '@nestjs/common';

/** Every job payload names the organization it works for (null only for installation-wide work). */
export interface JobPayload {
  organizationId: string | null;
}

export interface JobOptions {
  /** Tries after the first failure (default 2). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A job running longer than this is failed (and retried) by pg-boss. */
  expireInSeconds?: number;
  /** Workers polling this queue in one process (default 2). */
  concurrency?: number;
  /**
   * Jobs each worker fetches and runs at once (default 1). Short jobs (event deliveries, webhook posts) want more:
   * a worker waits its polling interval between fetches unless its last batch was full, so a batch of 1 caps it at
   * about one job per interval. Each job of a batch succeeds or fails (and is retried) on its own.
   */
  batchSize?: number;
}

export interface JobDefinition<P extends JobPayload> {
  readonly name: string;
  readonly options: JobOptions;
  /** Type carrier only. */
  readonly payload?: P;
}

const registry = new Map<string, JobDefinition<JobPayload>>();

/** Declares a job once (module level, in `<domain>.jobs.ts`). Boot fails if no provider handles it. */
export function defineJob<P extends JobPayload>(name: string, options: JobOptions = {}): JobDefinition<P> {
  if (!/^[a-z0-9_.-]+$/.test(name)) throw new Error(`Bad job name ${name}`);
  const existing = registry.get(name);
  if (existing) return existing as JobDefinition<P>;
  const def: JobDefinition<P> = { name, options };
  registry.set(name, def);
  return def;
}

export const declaredJobs = (): JobDefinition<JobPayload>[] => [...registry.values()];

export const ON_JOB_METADATA = 'cg:on-job';

/** Marks a provider method as the handler of a job. Exactly one handler per job. */
export const OnJob = (job: JobDefinition<any>) => SetMetadata(ON_JOB_METADATA, job.name);
