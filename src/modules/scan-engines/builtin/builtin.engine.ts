import net from 'node:net';
import { Injectable } from '@nestjs/common';
import { BUILTIN_CAPABILITIES } from '../checks/capabilities';
import { uniqueFindings } from '../checks/finding';
import { VERSION_RULES } from '../checks/version-rules';
import { countPorts, normalizeRanges, resolveTarget, serviceFindings, throwIfAborted } from '../engine-support';
import type {
  EngineVerification,
  Finding,
  HostResult,
  ScanEngine,
  ScanRequest,
  ScanResult,
  ServiceResult,
} from '../scan-engine';
import { inspectHttp } from './http-checks';
import { AbortFanout } from './net-probe';
import { runPool } from './pool';
import { detectService } from './service-detection';
import { SweepThreads } from './sweep-threads';
import { ConnectProber, probePort } from './tcp-connect';
import { inspectTls, speaksLegacyTls } from './tls-inspection';

export const BUILTIN_ENGINE_VERSION = '1.0.0';
const INSPECTION_FAMILIES = ['banner', 'tls', 'http', 'rules'];
/** Service inspection opens several connections per port: fewer at once than the port sweep. */
const MAX_INSPECTION_CONCURRENCY = 32;

interface HostState {
  result: HostResult;
  answered: boolean;
  openPorts: number[];
}

/**
 * The engine written in TypeScript: TCP connect sweep across all hosts with one concurrency bound, then service
 * detection, TLS, HTTP and version-rule checks on the open ports. UDP ranges are not scanned (no reliable
 * connectionless probe without raw sockets); use the nmap engine for UDP.
 */
@Injectable()
export class BuiltinEngine implements ScanEngine {
  readonly appType = 'builtin' as const;
  readonly capabilities = BUILTIN_CAPABILITIES;

  async verify(): Promise<EngineVerification> {
    const version = `${BUILTIN_ENGINE_VERSION} (rules ${VERSION_RULES.version})`;
    // Really run a probe: a loopback listener must be seen open, then closed once it is gone.
    const server = net.createServer((socket) => socket.destroy());
    try {
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
      const port = (server.address() as net.AddressInfo).port;
      const signal = new AbortController().signal;
      const open = await probePort('127.0.0.1', port, 2000, signal);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      const closed = await probePort('127.0.0.1', port, 2000, signal);
      if (open !== 'open' || closed !== 'closed') {
        return {
          ok: false,
          appType: this.appType,
          version,
          message: `Built-in engine self-test failed (listener seen ${open}, then ${closed})`,
        };
      }
      return {
        ok: true,
        appType: this.appType,
        version,
        message: `Built-in engine ready: TCP connect self-test passed, ${VERSION_RULES.rules.length} version rules loaded`,
      };
    } catch (error) {
      server.close();
      return {
        ok: false,
        appType: this.appType,
        version,
        message: `Built-in engine self-test failed: ${(error as Error).message}`,
      };
    }
  }

  async scan(request: ScanRequest): Promise<ScanResult> {
    const { options, signal } = request;
    throwIfAborted(signal);
    const checks = options.checks;
    const inspect = checks.some((c) => INSPECTION_FAMILIES.includes(c));
    const ranges = normalizeRanges(request.ports, 'tcp');
    const hosts = await Promise.all(
      request.hosts.map(async (host): Promise<HostState & { usable: boolean }> => {
        const target = await resolveTarget(host, request.allowAddress);
        return {
          result: {
            address: target.address,
            hostname: target.hostname,
            status: 'down',
            os: null,
            services: [],
            findings: [],
          },
          answered: false,
          openPorts: [],
          usable: target.usable,
        };
      }),
    );
    throwIfAborted(signal);

    // Progress in percent: the sweep is most of the work; inspection of open ports the rest.
    const sweepShare = inspect ? 80 : 100;
    let reported = -1;
    const report = (percent: number) => {
      const value = Math.min(100, Math.floor(percent));
      if (value > reported) {
        reported = value;
        request.onProgress?.(value, 100);
      }
    };
    report(0);

    const reachable = hosts.filter((h) => h.usable);
    const sweepTotal = reachable.length * countPorts(ranges);
    function* sweep(): Generator<[HostState, number]> {
      // Port-major order spreads the load over hosts instead of hammering one at a time.
      for (const [start, end] of ranges)
        for (let port = start; port <= end; port++) for (const host of reachable) yield [host, port];
    }
    const threads = SweepThreads.shared();
    if (threads && reachable.length) {
      const swept = await threads.sweep(
        reachable.map((host) => host.result.address),
        ranges,
        options,
        signal,
        (done) => report(sweepTotal ? (done / sweepTotal) * sweepShare : sweepShare),
      );
      reachable.forEach((host, i) => {
        host.answered = swept.answered[i];
        host.openPorts.push(...swept.open[i]);
      });
      report(sweepShare);
    } else {
      const prober = new ConnectProber(options.timeoutMs, signal);
      let swept = 0;
      await runPool(sweep(), options.concurrency, signal, async ([host, port]) => {
        const state = await prober.probe(host.result.address, port);
        if (state !== 'filtered') host.answered = true;
        if (state === 'open') host.openPorts.push(port);
        swept++;
        report(sweepTotal ? (swept / sweepTotal) * sweepShare : sweepShare);
      });
    }

    const open = reachable.flatMap((host) =>
      host.openPorts.sort((a, b) => a - b).map((port) => [host, port] as [HostState, number]),
    );
    let inspected = 0;
    if (inspect) {
      const aborts = new AbortFanout(signal);
      await runPool(open, Math.min(options.concurrency, MAX_INSPECTION_CONCURRENCY), signal, async ([host, port]) => {
        const { service, findings } = await this.inspectPort(host, port, request, aborts);
        host.result.services.push(service);
        host.result.findings.push(...findings);
        inspected++;
        report(sweepShare + (inspected / open.length) * (100 - sweepShare));
      });
    } else {
      for (const [host, port] of open) {
        host.result.services.push({
          port,
          protocol: 'tcp',
          state: 'open',
          service: null,
          product: null,
          version: null,
          banner: null,
          tls: false,
        });
      }
    }
    throwIfAborted(signal);
    report(100);

    return {
      engine: this.appType,
      engineVersion: `${BUILTIN_ENGINE_VERSION} (rules ${VERSION_RULES.version})`,
      hosts: hosts.map(({ result, answered, openPorts }) => ({
        ...result,
        status: answered || openPorts.length > 0 ? 'up' : 'down',
        services: result.services.sort((a, b) => a.port - b.port),
        findings: uniqueFindings(result.findings).sort(
          (a, b) => (a.port ?? 0) - (b.port ?? 0) || a.checkId.localeCompare(b.checkId),
        ),
      })),
    };
  }

  private async inspectPort(
    host: HostState,
    port: number,
    request: ScanRequest,
    aborts: AbortFanout,
  ): Promise<{ service: ServiceResult; findings: Finding[] }> {
    const checks = request.options.checks;
    const ctx = {
      address: host.result.address,
      hostname: host.result.hostname,
      port,
      timeoutMs: request.options.timeoutMs,
      aborts,
    };
    const detected = await detectService(ctx, checks);
    const { service } = detected;
    const findings: Finding[] = [...detected.findings];
    if (!service.tls && service.service === null && (await speaksLegacyTls(ctx))) {
      // OpenSSL could not finish a handshake, yet the server answers ClientHellos: a legacy-only TLS service.
      Object.assign(service, { tls: true, service: 'ssl' });
    }
    if (service.tls && checks.includes('tls')) findings.push(...(await inspectTls(ctx, detected.tls)));
    let extraSoftware: Awaited<ReturnType<typeof inspectHttp>>['software'] = [];
    if ((service.service === 'http' || service.service === 'https') && checks.includes('http')) {
      const web = await inspectHttp(ctx, service.tls);
      findings.push(...web.findings);
      extraSoftware = web.software;
    }
    findings.push(...serviceFindings(service, checks, extraSoftware));
    return { service, findings };
  }
}
