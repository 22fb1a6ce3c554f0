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
  /** Handlers working on this queue at once in one process (default 2). */
  concurrency?: number;
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
