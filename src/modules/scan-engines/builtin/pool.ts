import { throwIfAborted } from '../engine-support';

/**
 * Runs `work` over `items` with at most `concurrency` in flight. Items are pulled lazily (a 65,535-port range over
 * many hosts is never materialised). Rejects with AbortError once `signal` aborts.
 */
export async function runPool<T>(
  items: Iterable<T>,
  concurrency: number,
  signal: AbortSignal,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const worker = async () => {
    for (;;) {
      throwIfAborted(signal);
      const next = iterator.next();
      if (next.done) return;
      await work(next.value);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.floor(concurrency)) }, worker));
  throwIfAborted(signal);
}
