import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Env } from '../config/env';
import { decoratedMethods } from './decorated-methods';
import { PERIODIC_METADATA, type PeriodicOptions } from './periodic.decorator';

interface Task extends PeriodicOptions {
  run: () => Promise<unknown>;
  /** The run in progress, if any: the tick guard. */
  current: Promise<void> | null;
  timer?: NodeJS.Timeout;
}

/** Discovers `@Periodic` methods at boot (two tasks with one name stop the boot) and runs them on their timers. */
@Injectable()
export class PeriodicTasks implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PeriodicTasks');
  private readonly tasks = new Map<string, Task>();
  private stopped = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly env: Env,
  ) {}

  onModuleInit() {
    const found = decoratedMethods<PeriodicOptions>(this.discovery, this.scanner, this.reflector, PERIODIC_METADATA);
    for (const { metadata: options, call } of found) {
      if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(options.name))
        throw new Error(`Bad periodic task name ${options.name}`);
      if (this.tasks.has(options.name)) throw new Error(`Two periodic tasks named ${options.name}`);
      if (!(options.everyMs >= 50)) throw new Error(`Periodic task ${options.name}: everyMs must be at least 50`);
      this.tasks.set(options.name, { ...options, run: () => call(), current: null });
    }
  }

  onApplicationBootstrap() {
    if (!this.env.RUN_PERIODIC_TASKS) return;
    for (const task of this.tasks.values()) this.schedule(task);
  }

  /** Before the pool closes (TypeORM's `onApplicationShutdown`): a run in flight finishes on a live pool. */
  async beforeApplicationShutdown() {
    this.stopped = true;
    for (const task of this.tasks.values()) clearTimeout(task.timer);
    await Promise.all([...this.tasks.values()].map((t) => t.current));
  }

  names(): string[] {
    return [...this.tasks.keys()];
  }

  /**
   * One run of the task as its timer would do it: nothing when periodic tasks are off in this process or the task is
   * already running, errors logged. Resolves when the run ends.
   */
  async tick(name: string): Promise<void> {
    const task = this.tasks.get(name);
    if (!task) throw new Error(`No periodic task ${name}`);
    if (!this.env.RUN_PERIODIC_TASKS || this.stopped || task.current) return task.current ?? undefined;
    task.current = task
      .run()
      .then(
        () => undefined,
        (err: unknown) => this.logger.error(`${name} failed: ${err instanceof Error ? err.message : String(err)}`),
      )
      .finally(() => {
        task.current = null;
      });
    return task.current;
  }

  private schedule(task: Task) {
    if (this.stopped) return;
    task.timer = setTimeout(() => {
      void this.tick(task.name).finally(() => this.schedule(task));
    }, task.everyMs);
    task.timer.unref();
  }
}
