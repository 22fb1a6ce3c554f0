/* eslint-disable @typescript-eslint/no-require-imports -- jest.isolateModules loads the engine afresh with require */
import net from 'node:net';
import type { ScanRequest } from '../../src/modules/scan-engines/scan-engine';

/**
 * The port sweep has two paths: worker threads (the default, see SweepThreads) and in-process (no TCP handles, or
 * BUILTIN_ENGINE_SWEEP_THREADS=0). The same sweep must give the same answer on both. Jest gives each test file its
 * own module registry, so this file can load the engine once with threads and once without.
 */
async function listeners(count: number) {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve) => {
          const server = net.createServer((socket) => socket.destroy());
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  return {
    ports: servers.map((s) => (s.address() as net.AddressInfo).port).sort((a, b) => a - b),
    close: () => servers.forEach((s) => s.close()),
  };
}

async function sweepWith(threads: string, ports: number[]) {
  process.env.BUILTIN_ENGINE_SWEEP_THREADS = threads;
  let engineModule!: typeof import('../../src/modules/scan-engines/builtin/builtin.engine');
  let threadsModule!: typeof import('../../src/modules/scan-engines/builtin/sweep-threads');
  jest.isolateModules(() => {
    engineModule = require('../../src/modules/scan-engines/builtin/builtin.engine');
    threadsModule = require('../../src/modules/scan-engines/builtin/sweep-threads');
  });
  const progress: number[] = [];
  const request: ScanRequest = {
    hosts: ['127.0.0.1'],
    // A window of closed ports around each listener, not one range from the lowest to the highest: such a range
    // spans thousands of ephemeral ports, where servers of tests running beside this one come and go between sweeps.
    ports: ports.map((port) => ({ protocol: 'tcp' as const, start: port - 100, end: port + 100 })),
    options: { timeoutMs: 1500, concurrency: 64, checks: [] },
    signal: new AbortController().signal,
    onProgress: (done) => progress.push(done),
  };
  const result = await new engineModule.BuiltinEngine().scan(request);
  return { threads: threadsModule.SweepThreads.shared()?.size ?? 0, result, progress };
}

describe('port sweep paths', () => {
  afterAll(() => delete process.env.BUILTIN_ENGINE_SWEEP_THREADS);

  it('finds exactly the same open ports with sweep threads and in-process', async () => {
    const open = await listeners(3);
    try {
      const threaded = await sweepWith('2', open.ports);
      const inProcess = await sweepWith('0', open.ports);
      expect(threaded.threads).toBe(2);
      expect(inProcess.threads).toBe(0);
      for (const run of [threaded, inProcess]) {
        const found = run.result.hosts[0].services.map((s) => s.port);
        expect(found).toEqual(expect.arrayContaining(open.ports));
        expect(run.result.hosts[0].status).toBe('up');
        expect(run.progress[run.progress.length - 1]).toBe(100);
        expect(run.progress.every((p, i) => i === 0 || p >= run.progress[i - 1])).toBe(true);
      }
      expect(threaded.result.hosts[0].services.map((s) => s.port)).toEqual(
        inProcess.result.hosts[0].services.map((s) => s.port),
      );
    } finally {
      open.close();
    }
  });
});
