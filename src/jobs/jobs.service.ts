import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { JobInsert, PgBoss as PgBossType, SendOptions } from 'pg-boss';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import { Env } from '../config/env';
import { isEmbedded } from '../database/data-source';
import { decoratedMethods } from './decorated-methods';
import { declaredJobs, type JobDefinition, type JobOptions, type JobPayload, ON_JOB_METADATA } from './job.decorator';

type Handler = (payload: JobPayload, job: { id: string; retryCount: number }) => Promise<unknown>;

/** A queue registered at module init by infrastructure (the event relay's subscriber queues), not by `defineJob`. */
interface DynamicQueue {
  name: string;
  options: JobOptions;
  handler: (data: unknown, job: { id: string; retryCount: number }) => Promise<unknown>;
}

/** pg-boss's database adapter over the connection of a TypeORM transaction: jobs become part of that transaction. */
export function transactionDb(tx: EntityManager) {
  const connection = (tx.queryRunner as unknown as { databaseConnection?: { query: QueryFn } } | undefined)
    ?.databaseConnection;
  if (!tx.queryRunner?.isTransactionActive || !connection) throw new Error('Not inside a transaction');
  return { executeSql: (text: string, values?: unknown[]) => connection.query(text, values) };
}
type QueryFn = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

/**
 * Background work on pg-boss, in the same PostgreSQL (or PGlite) as the data. Handlers are discovered from
 * `@OnJob` methods; every declared job must have exactly one handler or boot fails. Workers run only where
 * configured (`RUN_WORKERS_IN_API`, or the `worker` entry point), but any process can send jobs.
 */
@Injectable()
export class JobsService
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown, EntitySubscriberInterface
{
  private readonly logger = new Logger('Jobs');
  private boss?: PgBossType;
  private readonly handlers = new Map<string, Handler>();
  private readonly dynamicQueues = new Map<string, DynamicQueue>();
  /** pg-boss worker ids of this process, by queue: `notifyLocal` wakes them instead of waiting for their next poll. */
  private readonly workerIds = new Map<string, string[]>();
  private workersStarted = false;
  /** Queues that got jobs inside a transaction still open: their local workers are woken when it commits. */
  private readonly pendingNotify = new WeakMap<QueryRunner, Set<string>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly env: Env,
  ) {}

  onModuleInit() {
    this.dataSource.subscribers.push(this);
  }

  /** TypeORM calls this after every commit: jobs queued in the transaction can be fetched now. */
  afterTransactionCommit(event: { queryRunner: QueryRunner }) {
    const queues = this.pendingNotify.get(event.queryRunner);
    if (!queues) return;
    this.pendingNotify.delete(event.queryRunner);
    for (const queue of queues) this.notifyLocal(queue);
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }) {
    this.pendingNotify.delete(event.queryRunner);
  }

  async onApplicationBootstrap() {
    this.discoverHandlers();
    const missing = declaredJobs().filter((job) => !this.handlers.has(job.name));
    if (missing.length) throw new Error(`Jobs without a handler: ${missing.map((j) => j.name).join(', ')}`);
    await this.start();
    if (this.env.RUN_WORKERS_IN_API) await this.startWorkers();
  }

  /**
   * Before any module's `onApplicationShutdown`: TypeORM closes the pool pg-boss shares in its own, and a pg-boss
   * stopping on an ended pool could wait forever (seen on PostgreSQL once more subscriber queues existed).
   */
  async beforeApplicationShutdown() {
    await this.boss?.stop({ graceful: true, timeout: 5_000, close: false } as never).catch(() => undefined);
    this.boss = undefined;
  }

  /**
   * Registers a queue and its handler before boot completes (call from `onModuleInit`). Used by the event relay for
   * subscriber queues; domain code declares jobs with `defineJob` instead.
   */
  registerQueue(queue: DynamicQueue) {
    if (this.boss) throw new Error(`Queue ${queue.name} registered after the job queue started`);
    if (this.dynamicQueues.has(queue.name) || declaredJobs().some((j) => j.name === queue.name))
      throw new Error(`Queue ${queue.name} is registered twice`);
    this.dynamicQueues.set(queue.name, queue);
  }

  /** Queues a job. Outside a database transaction (use `sendInTransaction` inside one): PGlite has one connection. */
  async send<P extends JobPayload>(job: JobDefinition<P>, payload: P, options: SendOptions = {}): Promise<string> {
    if (!this.boss) throw new Error('Job queue is not started');
    const id = await this.boss.send(job.name, payload, { ...sendDefaults(job.options), ...options });
    if (!id) throw new Error(`Job ${job.name} was not queued`);
    this.notifyLocal(job.name);
    return id;
  }

  /**
   * Queues a job as part of the caller's transaction: it exists if and only if the transaction commits, so a crash
   * between the change and the send cannot lose it. This process's workers of the queue are woken at the commit.
   */
  async sendInTransaction<P extends JobPayload>(
    tx: EntityManager,
    job: JobDefinition<P>,
    payload: P,
    options: SendOptions = {},
  ): Promise<string> {
    if (!this.boss) throw new Error('Job queue is not started');
    const id = await this.boss.send(job.name, payload, {
      ...sendDefaults(job.options),
      ...options,
      db: transactionDb(tx),
    } as SendOptions);
    if (!id) throw new Error(`Job ${job.name} was not queued`);
    this.notifyAfterCommit(tx, job.name);
    return id;
  }

  /** Inserts jobs of a registered queue in the caller's transaction; ids already present are skipped. */
  async insertInTransaction(tx: EntityManager, queue: string, jobs: JobInsert[]): Promise<void> {
    if (!this.boss) throw new Error('Job queue is not started');
    const known = this.dynamicQueues.get(queue) ?? declaredJobs().find((j) => j.name === queue);
    if (!known) throw new Error(`Unknown queue ${queue}`);
    const defaults = sendDefaults(known.options);
    await this.boss.insert(
      queue,
      jobs.map((j) => ({
        retryLimit: defaults.retryLimit,
        retryDelay: defaults.retryDelay,
        retryBackoff: defaults.retryBackoff,
        expireInSeconds: defaults.expireInSeconds,
        ...j,
      })),
      { db: transactionDb(tx) } as never,
    );
    this.notifyAfterCommit(tx, queue);
  }

  private notifyAfterCommit(tx: EntityManager, queue: string) {
    const runner = tx.queryRunner!;
    const queues = this.pendingNotify.get(runner) ?? new Set<string>();
    queues.add(queue);
    this.pendingNotify.set(runner, queues);
  }

  /** Wakes this process's workers of a queue (after a commit that queued jobs), instead of their next poll. */
  notifyLocal(queue: string) {
    if (!this.boss) return;
    for (const id of this.workerIds.get(queue) ?? []) this.boss.notifyWorker(id);
  }

  async startWorkers() {
    if (this.workersStarted || !this.boss) return;
    this.workersStarted = true;
    const queues = this.allQueues();
    for (const queue of queues) {
      const ids: string[] = [];
      const batchSize = queue.options.batchSize ?? 1;
      const run = async (item: { id: string; data: unknown; retryCount?: number }) => {
        try {
          return await queue.handler(item.data, { id: item.id, retryCount: item.retryCount ?? 0 });
        } catch (err) {
          this.logger.warn(`Job ${queue.name} ${item.id} failed: ${(err as Error).message}`);
          throw err;
        }
      };
      for (let i = 0; i < (queue.options.concurrency ?? 2); i++) {
        const id =
          batchSize === 1
            ? await this.boss.work(queue.name, { batchSize: 1, pollingIntervalSeconds: 1 }, ([item]) => run(item))
            : await this.boss.work(
                queue.name,
                // A full batch means more work is waiting: fetch again at once instead of after the interval.
                { batchSize, pollingIntervalSeconds: 0.5, burstWhenBatchFull: true, perJobResults: true },
                async (items) => {
                  const settled = await Promise.allSettled(items.map((item) => run(item)));
                  return items.map((item, j) => ({
                    id: item.id,
                    status: settled[j].status === 'fulfilled' ? ('completed' as const) : ('failed' as const),
                    output:
                      settled[j].status === 'rejected'
                        ? { message: String((settled[j] as PromiseRejectedResult).reason?.message ?? 'failed') }
                        : undefined,
                  }));
                },
              );
        ids.push(id);
      }
      this.workerIds.set(queue.name, ids);
    }
    this.logger.log(`Workers started for ${queues.length} queue(s)`);
  }

  /** The underlying pg-boss, for job status queries. */
  get queue(): PgBossType {
    if (!this.boss) throw new Error('Job queue is not started');
    return this.boss;
  }

  private async start() {
    const { PgBoss } = await import('pg-boss');
    const pglite = isEmbedded(this.dataSource); // PGlite here, or the API's PGlite through its bridge
    // Share TypeORM's pool: on PGlite there is only one connection, and on PostgreSQL it saves connections.
    const pool = (
      this.dataSource.driver as unknown as { master: { query(t: string, v?: unknown[]): Promise<{ rows: unknown[] }> } }
    ).master;
    const boss = new PgBoss({
      db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
      schema: 'pgboss',
      ...(pglite ? { backend: 'pglite' as const } : {}),
      supervise: true,
      schedule: false,
    } as never);
    boss.on('error', (err: Error) => this.logger.error(`pg-boss: ${err.message}`));
    await boss.start();
    for (const queue of this.allQueues()) {
      await boss.createQueue(queue.name).catch((err: Error) => {
        if (!/exists/i.test(err.message)) throw err;
      });
    }
    this.boss = boss;
  }

  private allQueues(): DynamicQueue[] {
    return [
      ...declaredJobs().map((job) => ({
        name: job.name,
        options: job.options,
        handler: this.handlers.get(job.name)! as DynamicQueue['handler'],
      })),
      ...this.dynamicQueues.values(),
    ];
  }

  private discoverHandlers() {
    for (const handler of decoratedMethods<string>(this.discovery, this.scanner, this.reflector, ON_JOB_METADATA)) {
      const name = handler.metadata;
      if (this.handlers.has(name)) throw new Error(`Job ${name} has two handlers`);
      this.handlers.set(name, (payload, job) => handler.call(payload, job));
    }
  }
}

function sendDefaults(o: JobOptions) {
  return {
    retryLimit: o.retryLimit ?? 2,
    retryDelay: o.retryDelaySeconds ?? 5,
    retryBackoff: o.retryBackoff ?? true,
    expireInSeconds: o.expireInSeconds ?? 15 * 60,
  };
}
