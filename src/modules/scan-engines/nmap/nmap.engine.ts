import { spawn } from 'node:child_process';
import { Injectable } from '@nestjs/common';
import { NMAP_CAPABILITIES } from '../checks/capabilities';
import { uniqueFindings } from '../checks/finding';
import { normalizeRanges, resolveTarget, ScanAbortedError, serviceFindings, throwIfAborted } from '../engine-support';
import type { EngineVerification, ScanEngine, ScanRequest, ScanResult } from '../scan-engine';
import { parseNmapXml, parseTaskProgress } from './nmap-xml';

const KILL_GRACE_MS = 2000;

export class NmapNotInstalledError extends Error {
  constructor(binary: string) {
    super(`nmap is not installed: "${binary}" was not found on PATH (install it, e.g. apt-get install nmap)`);
    this.name = 'NmapNotInstalledError';
  }
}

interface RunOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `nmap -sT -sV -oX -` and maps its XML to hosts and services; findings come from the same version rules
 * and exposure checks as the builtin engine (TLS and HTTP checks are the builtin engine's).
 */
@Injectable()
export class NmapEngine implements ScanEngine {
  readonly appType = 'nmap' as const;
  readonly capabilities = NMAP_CAPABILITIES;
  /** The binary to run; NMAP_BINARY overrides the PATH lookup. */
  binary = process.env.NMAP_BINARY || 'nmap';

  static withBinary(binary: string): NmapEngine {
    const engine = new NmapEngine();
    engine.binary = binary;
    return engine;
  }

  async verify(): Promise<EngineVerification> {
    try {
      const { code, stdout } = await this.run(['--version'], new AbortController().signal);
      const version = stdout.match(/Nmap version (\S+)/)?.[1] ?? null;
      if (code !== 0 || !version)
        return { ok: false, appType: this.appType, version, message: `nmap --version failed (exit code ${code})` };
      return { ok: true, appType: this.appType, version, message: `nmap ${version} is installed` };
    } catch (error) {
      return { ok: false, appType: this.appType, version: null, message: (error as Error).message };
    }
  }

  async scan(request: ScanRequest): Promise<ScanResult> {
    const { options, signal } = request;
    throwIfAborted(signal);
    const tcp = normalizeRanges(request.ports, 'tcp');
    // UDP needs raw sockets: only as root.
    const udp = process.getuid?.() === 0 ? normalizeRanges(request.ports, 'udp') : [];
    const spec = [...tcp.map((r) => `T:${r[0]}-${r[1]}`), ...udp.map((r) => `U:${r[0]}-${r[1]}`)].join(',');
    // Names are resolved here, not by nmap, so the address probed is the one checked against allowAddress.
    const targets = await Promise.all(request.hosts.map((host) => resolveTarget(host, request.allowAddress)));
    throwIfAborted(signal);
    const down = (t: { address: string; hostname: string | null }) => ({
      ...t,
      status: 'down' as const,
      os: null,
      services: [],
      findings: [],
    });
    const usable = targets.filter((t) => t.usable);
    if (!spec || usable.length === 0) {
      request.onProgress?.(100, 100);
      return {
        engine: this.appType,
        engineVersion: 'unknown',
        hosts: targets.map((t) => down({ address: t.address, hostname: t.hostname })),
      };
    }
    const detectVersions = options.checks.some((c) => c === 'banner' || c === 'rules');
    const args = [
      ...(tcp.length ? ['-sT'] : []),
      ...(udp.length ? ['-sU'] : []),
      ...(detectVersions ? ['-sV'] : []),
      '-Pn', // the builtin engine probes every host too; "down" is decided from the port answers
      '-n',
      '-p',
      spec,
      '--max-rtt-timeout',
      `${Math.max(50, options.timeoutMs)}ms`,
      '--max-parallelism',
      String(Math.max(1, options.concurrency)),
      '--stats-every',
      '1s',
      '-oX',
      '-',
      // Targets come on stdin, never as arguments: a host can never be read as an option.
      '-iL',
      '-',
    ];
    request.onProgress?.(0, 100);
    let reported = 0;
    const addresses = [...new Set(usable.map((t) => t.address))];
    const { code, stdout, stderr } = await this.run(args, signal, addresses.join('\n') + '\n', (chunk) => {
      for (const { task, percent } of parseTaskProgress(chunk)) {
        // Port scan is the first 60 %, service detection the next 35 %; the rest is parsing.
        const value = /service/i.test(task) ? 60 + percent * 0.35 : /scan/i.test(task) ? percent * 0.6 : null;
        if (value !== null && Math.floor(value) > reported) {
          reported = Math.floor(value);
          request.onProgress?.(reported, 100);
        }
      }
    });
    if (code !== 0)
      throw new Error(`nmap failed (exit code ${code}): ${stderr.replace(/[^\x20-\x7e\n]/g, '?').slice(0, 500)}`);
    const run = parseNmapXml(stdout);
    const hosts = targets.map((target) => {
      const found = target.usable ? run.hosts.find((h) => h.address === target.address) : undefined;
      if (!found) return down({ address: target.address, hostname: target.hostname });
      const findings = found.services.flatMap((service) => serviceFindings(service, options.checks));
      return { ...found, hostname: target.hostname, findings: uniqueFindings(findings) };
    });
    request.onProgress?.(100, 100);
    return { engine: this.appType, engineVersion: run.version ?? 'unknown', hosts };
  }

  /** Spawns nmap without a shell; on abort: SIGTERM, SIGKILL after a grace period, then AbortError. */
  private run(
    args: string[],
    signal: AbortSignal,
    stdin?: string,
    onStdout?: (chunk: string) => void,
  ): Promise<RunOutput> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let killTimer: NodeJS.Timeout | undefined;
      const onAbort = () => {
        child.kill('SIGTERM');
        killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        onStdout?.(chunk);
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        if (stderr.length < 64 * 1024) stderr += chunk;
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(stdin ?? '');
      child.once('error', (error: NodeJS.ErrnoException) => {
        signal.removeEventListener('abort', onAbort);
        reject(error.code === 'ENOENT' ? new NmapNotInstalledError(this.binary) : error);
      });
      child.once('close', (code) => {
        clearTimeout(killTimer);
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) reject(new ScanAbortedError());
        else resolve({ code, stdout, stderr });
      });
    });
  }
}
