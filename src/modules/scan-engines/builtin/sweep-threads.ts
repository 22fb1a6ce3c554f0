import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { ScanAbortedError } from '../engine-support';
import { sweepThread } from './sweep-thread';
import { rawTcp } from './tcp-connect';

export interface SweepJob {
  id: number;
  addresses: string[];
  ranges: Array<[number, number]>;
  shard: number;
  shards: number;
  concurrency: number;
  timeoutMs: number;
}

type SweepResult = { type: 'result'; id: number; done: number; open: number[][]; answered: boolean[] };
export type SweepMessage = { type: 'progress'; id: number; done: number } | SweepResult;

export interface SweepOutcome {
  /** Per address: its open ports (ascending). */
  open: number[][];
  /** Per address: whether any port answered (open or refused). */
  answered: boolean[];
}

/**
 * The TCP connect sweep spread over worker threads, one per core (at most four). A connect scan's cost is the
 * kernel's work per connection attempt, which happens in the thread that makes the attempt: one thread tops out
 * below nmap's rate on loopback, two pass it. The threads start with the first sweep and stay (a thread costs ~20 ms
 * to start, as much as sweeping 2,000 ports); they keep the process alive only while a sweep runs.
 */
export class SweepThreads {
  private static instance: SweepThreads | null | undefined;

  /** The process's pool; null when sweeps run in-process (no TCP handles, or BUILTIN_ENGINE_SWEEP_THREADS=0). */
  static shared(): SweepThreads | null {
    if (SweepThreads.instance === undefined) {
      const configured = process.env.BUILTIN_ENGINE_SWEEP_THREADS;
      const count =
        configured !== undefined && configured !== '' ? Number(configured) : Math.min(4, os.availableParallelism());
      SweepThreads.instance = rawTcp && Number.isInteger(count) && count > 0 ? new SweepThreads(count) : null;
    }
    return SweepThreads.instance;
  }

  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<number, (message: SweepMessage) => void>();
  /** A thread that dies fails the sweeps in progress (the other threads stop theirs); the next sweep starts new ones. */
  private readonly failures = new Map<number, (error: Error) => void>();
  private nextId = 1;

  private constructor(private readonly count: number) {}

  /** Threads a sweep is spread over. */
  get size(): number {
    return this.count;
  }

  /** Sweeps `ranges` on every address; `onProgress` gets the number of probes done so far. */
  async sweep(
    addresses: string[],
    ranges: Array<[number, number]>,
    options: { concurrency: number; timeoutMs: number },
    signal: AbortSignal,
    onProgress: (done: number) => void,
  ): Promise<SweepOutcome> {
    if (signal.aborted) throw new ScanAbortedError();
    const workers = this.start();
    const shards = workers.length;
    const concurrency = Math.max(1, Math.ceil(options.concurrency / shards));
    const doneByShard = new Array<number>(shards).fill(0);
    const ids = workers.map(() => this.nextId++);
    workers.forEach((w) => w.ref());
    try {
      const results = await new Promise<SweepResult[]>((resolve, reject) => {
        const results: SweepResult[] = [];
        const stop = (error: Error) => {
          signal.removeEventListener('abort', onAbort);
          ids.forEach((id, i) => workers[i].postMessage({ type: 'cancel', id }));
          reject(error);
        };
        const onAbort = () => stop(new ScanAbortedError());
        signal.addEventListener('abort', onAbort, { once: true });
        ids.forEach((id, shard) => {
          this.jobs.set(id, (message) => {
            if (message.type === 'progress') {
              doneByShard[shard] = message.done;
              onProgress(doneByShard.reduce((a, b) => a + b, 0));
              return;
            }
            this.jobs.delete(id);
            results[shard] = message;
            if (results.filter(Boolean).length === shards) {
              signal.removeEventListener('abort', onAbort);
              resolve(results);
            }
          });
          const job: SweepJob = { id, addresses, ranges, shard, shards, concurrency, timeoutMs: options.timeoutMs };
          workers[shard].postMessage({ type: 'sweep', job });
        });
        this.failures.set(ids[0], stop);
      });
      const open = addresses.map((_, i) => results.flatMap((r) => r.open[i]).sort((a, b) => a - b));
      const answered = addresses.map((_, i) => results.some((r) => r.answered[i]));
      return { open, answered };
    } finally {
      ids.forEach((id) => this.jobs.delete(id));
      this.failures.delete(ids[0]);
      if (this.jobs.size === 0) workers.forEach((w) => w.unref());
    }
  }

  private start(): Worker[] {
    while (this.workers.length < this.count) {
      const worker = new Worker(`(${sweepThread.toString()})()`, { eval: true });
      worker.unref();
      worker.on('message', (message: SweepMessage) => this.jobs.get(message.id)?.(message));
      worker.on('error', (error) => this.lost(worker, error));
      worker.on('exit', (code) => this.lost(worker, new Error(`sweep thread exited with code ${code}`)));
      this.workers.push(worker);
    }
    return [...this.workers];
  }

  private lost(worker: Worker, error: Error) {
    const index = this.workers.indexOf(worker);
    if (index < 0) return;
    this.workers.splice(index, 1);
    for (const fail of this.failures.values()) fail(error);
  }
}
