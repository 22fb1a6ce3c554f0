import { getEventListeners } from 'node:events';
import { BuiltinEngine } from '../../src/modules/scan-engines/builtin/builtin.engine';
import { ScanAbortedError } from '../../src/modules/scan-engines/engine-support';
import { bannerServer, hardenedHttpServer, type Started } from './servers';

/**
 * Probes in flight share the scan's one abort listener: inspecting many ports at once used to add a listener per
 * connection and request to the run's AbortSignal ("MaxListenersExceededWarning: 11 abort listeners" in the worker).
 */
describe('BuiltinEngine and the scan AbortSignal', () => {
  let servers: Started[];
  const warnings: Error[] = [];
  const onWarning = (w: Error) => warnings.push(w);

  beforeAll(async () => {
    servers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 2 ? hardenedHttpServer() : bannerServer(`SSH-2.0-OpenSSH_9.6 ${i}\r\n`),
      ),
    );
    process.on('warning', onWarning);
  });
  afterAll(async () => {
    process.off('warning', onWarning);
    await Promise.all(servers.map((s) => s.close()));
  });

  const request = (signal: AbortSignal) => ({
    hosts: ['127.0.0.1'],
    ports: servers.map((s) => ({ protocol: 'tcp' as const, start: s.port, end: s.port })),
    options: { timeoutMs: 1500, concurrency: 64, checks: ['banner', 'tls', 'http', 'rules'] },
    signal,
  });

  it('inspects 24 open ports at once with a handful of abort listeners, and no warning', async () => {
    const controller = new AbortController();
    let most = 0;
    const sampler = setInterval(() => (most = Math.max(most, getEventListeners(controller.signal, 'abort').length)), 1);
    const result = await new BuiltinEngine().scan({
      ...request(controller.signal),
      onProgress: () => (most = Math.max(most, getEventListeners(controller.signal, 'abort').length)),
    });
    clearInterval(sampler);
    expect(result.hosts[0].services.filter((s) => s.state === 'open')).toHaveLength(24);
    expect(result.hosts[0].services.filter((s) => s.service === 'http')).toHaveLength(12);
    expect(most).toBeLessThanOrEqual(4);
    expect(getEventListeners(controller.signal, 'abort').length).toBeLessThanOrEqual(4);
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
  });

  it('still stops every probe at once when the scan is aborted', async () => {
    const controller = new AbortController();
    const scan = new BuiltinEngine().scan({
      ...request(controller.signal),
      onProgress: (done) => {
        if (done > 50) controller.abort();
      },
    });
    await expect(scan).rejects.toBeInstanceOf(ScanAbortedError);
  });
});
