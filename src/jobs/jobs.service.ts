import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { PgBoss as PgBossType, SendOptions } from 'pg-boss';
import { DataSource } from 'typeorm';
import { Env } from '../config/env';
import { declaredJobs, type JobDefinition, type JobPayload, ON_JOB_METADATA } from './job.decorator';

type Handler = (payload: JobPayload, job: { id: string; retryCount: number }) => Promise<unknown>;

/**
 * Background work on pg-boss, in the same PostgreSQL (or PGlite) as the data. Handlers are discovered from
 * `@OnJob` methods; every declared job must have exactly one handler or boot fails. Workers run only where
 * configured (`RUN_WORKERS_IN_API`, or the `worker` entry point), but any process can send jobs.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss?: PgBossType;
  private readonly handlers = new Map<string, Handler>();
  private workersStarted = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly env: Env,
  ) {}

  async onApplicationBootstrap() {
    this.discoverHandlers();
    const missing = declaredJobs().filter((job) => !this.handlers.has(job.name));
    if (missing.length) throw new Error(`Jobs without a handler: ${missing.map((j) => j.name).join(', ')}`);
    await this.start();
    if (this.env.RUN_WORKERS_IN_API) await this.startWorkers();
  }

  async onApplicationShutdown() {
    await this.boss?.stop({ graceful: true, timeout: 5_000, close: false } as never).catch(() => undefined);
    this.boss = undefined;
  }

  /** Queues a job. Outside a database transaction: PGlite has one connection (stack.md 0.4a). */
  async send<P extends JobPayload>(job: JobDefinition<P>, payload: P, options: SendOptions = {}): Promise<string> {
    if (!this.boss) throw new Error('Job queue is not started');
    const o = job.options;
    const id = await this.boss.send(job.name, payload, {
      retryLimit: o.retryLimit ?? 2,
      retryDelay: o.retryDelaySeconds ?? 5,
      retryBackoff: o.retryBackoff ?? true,
      expireInSeconds: o.expireInSeconds ?? 15 * 60,
      ...options,
    });
    if (!id) throw new Error(`Job ${job.name} was not queued`);
    return id;
  }

  async startWorkers() {
    if (this.workersStarted || !this.boss) return;
    this.workersStarted = true;
    for (const job of declaredJobs()) {
      const handler = this.handlers.get(job.name)!;
      const concurrency = job.options.concurrency ?? 2;
      for (let i = 0; i < concurrency; i++) {
        await this.boss.work<JobPayload>(job.name, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([item]) => {
          try {
            return await handler(item.data, {
              id: item.id,
              retryCount: (item as { retryCount?: number }).retryCount ?? 0,
            });
          } catch (err) {
            this.logger.warn(`Job ${job.name} ${item.id} failed: ${(err as Error).message}`);
            throw err;
          }
        });
      }
    }
    this.logger.log(`Workers started for ${declaredJobs().length} job(s)`);
  }

  /** The underlying pg-boss, for job status queries. */
  get queue(): PgBossType {
    if (!this.boss) throw new Error('Job queue is not started');
    return this.boss;
  }

  private async start() {
    const { PgBoss } = await import('pg-boss');
    const pglite = (this.dataSource as unknown as { pglite?: unknown }).pglite !== undefined;
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
    for (const job of declaredJobs()) {
      await boss.createQueue(job.name).catch((err: Error) => {
        if (!/exists/i.test(err.message)) throw err;
      });
    }
    this.boss = boss;
  }

  private discoverHandlers() {
    for (const wrapper of this.discovery.getProviders()) {
      const { instance } = wrapper;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance);
      if (!proto) continue;
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const name = this.reflector.get<string | undefined>(ON_JOB_METADATA, proto[method]);
        if (!name) continue;
        if (this.handlers.has(name)) throw new Error(`Job ${name} has two handlers`);
        this.handlers.set(name, (payload, job) => proto[method].call(instance, payload, job));
      }
    }
  }
}
