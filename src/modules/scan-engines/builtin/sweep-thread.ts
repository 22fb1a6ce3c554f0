/* eslint-disable @typescript-eslint/no-require-imports */
import type { SweepJob, SweepMessage } from './sweep-threads';

/**
 * The body of a sweep thread (see `SweepThreads`). A worker thread runs it from its source text
 * (`sweepThread.toString()`), the same way from the compiled build and from the TypeScript tests, so it is
 * self-contained: no imports at run time (the one above is types only), no outer variables.
 *
 * A job is a share of a port sweep: the probes of the whole sweep in port-major order, every `shards`-th one from
 * `shard`. It probes with libuv TCP handles (see tcp-connect.ts for why), at most `concurrency` at once, retries
 * local shortages (EMFILE, ephemeral ports) with backoff, and answers per host the open ports and whether the host
 * answered at all (any open or refused port).
 */
export function sweepThread(): void {
  const { parentPort } = require('node:worker_threads') as typeof import('node:worker_threads');
  const { getSystemErrorName } = require('node:util') as typeof import('node:util');
  const { isIP } = require('node:net') as typeof import('node:net');
  type Outcome = 'open' | 'closed' | 'filtered' | 'retry';
  interface Handle {
    connect(req: object, address: string, port: number): number;
    connect6(req: object, address: string, port: number): number;
    getsockname(out: { address?: string; port?: number }): number;
    reset?(callback: () => void): number;
    close(): void;
  }
  const binding = (process as unknown as { binding(name: string): Record<string, unknown> }).binding('tcp_wrap');
  const TCP = binding.TCP as new (type: number) => Handle;
  const TCPConnectWrap = binding.TCPConnectWrap as new () => { oncomplete?: (status: number) => void };
  const SOCKET = (binding.constants as { SOCKET: number }).SOCKET;
  const shortage = new Set(['EMFILE', 'ENFILE', 'EADDRNOTAVAIL', 'ENOBUFS', 'EAGAIN']);
  const outcomeOf = (code: string): Outcome =>
    shortage.has(code) ? 'retry' : code === 'ECONNREFUSED' || code === 'ECONNRESET' ? 'closed' : 'filtered';
  const noop = () => undefined;
  const cancels = new Map<number, () => void>();

  const post = (message: SweepMessage) => parentPort!.postMessage(message);

  function run(job: SweepJob) {
    const families = job.addresses.map((a) => isIP(a));
    const open: number[][] = job.addresses.map(() => []);
    const answered: boolean[] = job.addresses.map(() => false);
    const inFlight = new Set<() => void>();
    let cancelled = false;
    let running = 0;
    let done = 0;
    let lastProgress = Date.now();
    cancels.set(job.id, () => {
      cancelled = true;
      for (const cancel of inFlight) cancel();
    });

    // The sweep's probes in port-major order (as the in-process sweep), keeping this shard's.
    let range = job.addresses.length ? 0 : job.ranges.length;
    let port = job.ranges.length ? job.ranges[0][0] : 0;
    let host = 0;
    let index = 0;
    const next = (): [number, number] | null => {
      while (range < job.ranges.length) {
        if (port > job.ranges[range][1]) {
          range++;
          if (range < job.ranges.length) port = job.ranges[range][0];
          continue;
        }
        const item: [number, number] = [host, port];
        if (++host === job.addresses.length) {
          host = 0;
          port++;
        }
        if (index++ % job.shards === job.shard) return item;
      }
      return null;
    };

    const probe = (hostIndex: number, target: number, attempt: number, settle: (outcome: Outcome) => void) => {
      if (cancelled) return settle('filtered'); // a retry that came due after the sweep was cancelled
      const address = job.addresses[hostIndex];
      // The binding asserts on bad arguments (and takes the process down): only IP literals and integer ports.
      if (!families[hostIndex] || !Number.isInteger(target) || target < 0 || target > 65535) return settle('filtered');
      const handle = new TCP(SOCKET);
      const request = new TCPConnectWrap();
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        inFlight.delete(cancel);
        // Open ports are reset at once: nothing reaches the service and no TIME_WAIT piles up.
        if (outcome === 'open' && handle.reset) handle.reset(noop);
        else handle.close();
        if (outcome === 'retry' && attempt < 5 && !cancelled)
          setTimeout(() => probe(hostIndex, target, attempt + 1, settle), 20 * 2 ** attempt);
        else settle(outcome === 'retry' ? 'filtered' : outcome);
      };
      const cancel = () => finish('filtered');
      request.oncomplete = (status) => {
        if (status !== 0) return finish(outcomeOf(getSystemErrorName(status)));
        // A loopback socket whose source port is the port probed connected to itself: nothing listens there.
        const local: { address?: string; port?: number } = {};
        handle.getsockname(local);
        finish(local.port === target && local.address === address ? 'closed' : 'open');
      };
      const error =
        families[hostIndex] === 6
          ? handle.connect6(request, address, target)
          : handle.connect(request, address, target);
      if (error) return finish(outcomeOf(getSystemErrorName(error)));
      inFlight.add(cancel);
      timer = setTimeout(cancel, job.timeoutMs);
    };

    let pumping = false;
    const pump = () => {
      if (pumping) return; // re-entered from a probe settled synchronously: the loop below goes on
      pumping = true;
      while (!cancelled && running < job.concurrency) {
        const item = next();
        if (!item) break;
        running++;
        const [hostIndex, target] = item;
        probe(hostIndex, target, 0, (outcome) => {
          running--;
          done++;
          if (outcome !== 'filtered') answered[hostIndex] = true;
          if (outcome === 'open') open[hostIndex].push(target);
          if ((done & 255) === 0 && Date.now() - lastProgress >= 100) {
            lastProgress = Date.now();
            post({ type: 'progress', id: job.id, done });
          }
          pump();
        });
      }
      pumping = false;
      if (running === 0) {
        cancels.delete(job.id);
        // A cancelled sweep answers nothing: its caller has already given up on it.
        if (!cancelled) post({ type: 'result', id: job.id, done, open, answered });
      }
    };
    pump();
  }

  parentPort!.on('message', (message: { type: 'sweep'; job: SweepJob } | { type: 'cancel'; id: number }) => {
    if (message.type === 'sweep') run(message.job);
    else cancels.get(message.id)?.();
  });
}
