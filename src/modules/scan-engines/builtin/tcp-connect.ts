import net from 'node:net';
import { getSystemErrorName } from 'node:util';

export type PortState = 'open' | 'closed' | 'filtered';
type Outcome = PortState | 'retry';

/** Local resource shortage (file descriptors, ephemeral ports): says nothing about the target, so try again. */
const LOCAL_SHORTAGE = new Set(['EMFILE', 'ENFILE', 'EADDRNOTAVAIL', 'ENOBUFS', 'EAGAIN']);

/** What a failed connect says about the port. */
function outcomeOf(code: string | undefined): Outcome {
  if (LOCAL_SHORTAGE.has(code ?? '')) return 'retry';
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' ? 'closed' : 'filtered';
}

/** One connect attempt in flight; `cancel` settles it as filtered and frees the socket. */
interface Attempt {
  cancel(): void;
}

/**
 * libuv's TCP handle, the object under `net.Socket`. A sweep only needs "did the handshake complete": the handle
 * answers that for a quarter of the CPU of a `net.Socket` (no stream, no event emitter, no socket options), which is
 * what lets a connect scan keep up with nmap's. `process.binding('tcp_wrap')` is deprecated in favour of public
 * APIs, none of which offers this; when it is missing or changes shape, probes fall back to `net.connect`.
 */
interface TcpHandle {
  getsockname(out: { address?: string; port?: number }): number;
  connect(req: object, address: string, port: number): number;
  connect6(req: object, address: string, port: number): number;
  reset?(callback: () => void): number;
  close(callback?: () => void): void;
}
interface TcpBinding {
  TCP: new (type: number) => TcpHandle;
  TCPConnectWrap: new () => { oncomplete?: (status: number) => void };
  constants: { SOCKET: number };
}

export const rawTcp: TcpBinding | null = (() => {
  // Read here, not through Env: the engine also runs outside Nest (benchmarks). Env validates the same variable.
  if (['0', 'false', 'no', 'off'].includes((process.env.BUILTIN_ENGINE_RAW_CONNECT ?? '').toLowerCase())) return null;
  try {
    const binding = (process as unknown as { binding(name: string): Partial<TcpBinding> }).binding('tcp_wrap');
    const { TCP, TCPConnectWrap, constants } = binding;
    if (typeof TCP !== 'function' || typeof TCPConnectWrap !== 'function' || typeof constants?.SOCKET !== 'number')
      return null;
    for (const method of ['connect', 'connect6', 'getsockname', 'close'] as const)
      if (typeof TCP.prototype[method] !== 'function') return null;
    return { TCP, TCPConnectWrap, constants };
  } catch {
    return null;
  }
})();

const noop = () => undefined;

/**
 * A loopback probe whose ephemeral source port happens to be the port probed connects to itself (TCP simultaneous
 * open): nothing listens there, so it is not an open port. Sweeping 127.0.0.1's ephemeral range hits this about
 * once per full sweep.
 */
export function isSelfConnect(
  localAddress: string | undefined,
  localPort: number | undefined,
  address: string,
  port: number,
): boolean {
  return localPort === port && localAddress === address;
}

function connectRaw(
  tcp: TcpBinding,
  address: string,
  family: 4 | 6,
  port: number,
  done: (outcome: Outcome) => void,
): Attempt {
  const handle = new tcp.TCP(tcp.constants.SOCKET);
  const request = new tcp.TCPConnectWrap();
  let settled = false;
  const finish = (outcome: Outcome) => {
    if (settled) return;
    settled = true;
    // Open ports are reset at once: nothing reaches the service and no TIME_WAIT piles up.
    if (outcome === 'open' && handle.reset) handle.reset(noop);
    else handle.close();
    done(outcome);
  };
  request.oncomplete = (status) => {
    if (status !== 0) return finish(outcomeOf(getSystemErrorName(status)));
    const local: { address?: string; port?: number } = {};
    handle.getsockname(local);
    finish(isSelfConnect(local.address, local.port, address, port) ? 'closed' : 'open');
  };
  const error = family === 6 ? handle.connect6(request, address, port) : handle.connect(request, address, port);
  if (error) finish(outcomeOf(getSystemErrorName(error)));
  return { cancel: () => finish('filtered') };
}

function connectSocket(address: string, port: number, done: (outcome: Outcome) => void): Attempt {
  const socket = net.connect({ host: address, port });
  let settled = false;
  const finish = (outcome: Outcome) => {
    if (settled) return;
    settled = true;
    if (outcome === 'open') socket.resetAndDestroy();
    else socket.destroy();
    done(outcome);
  };
  socket.once('connect', () =>
    finish(isSelfConnect(socket.localAddress, socket.localPort, address, port) ? 'closed' : 'open'),
  );
  socket.once('error', (error: NodeJS.ErrnoException) => finish(outcomeOf(error.code)));
  socket.once('close', () => finish('filtered'));
  return { cancel: () => finish('filtered') };
}

/**
 * TCP connect probes of one scan. All attempts in flight are tracked so that one abort listener cancels them all
 * (a listener per socket would cost more than the probe itself at sweep rates).
 */
export class ConnectProber {
  private readonly inFlight = new Set<Attempt>();

  constructor(
    private readonly timeoutMs: number,
    private readonly signal: AbortSignal,
    private readonly tcp: TcpBinding | null = rawTcp,
  ) {
    signal.addEventListener(
      'abort',
      () => {
        for (const attempt of this.inFlight) attempt.cancel();
      },
      { once: true },
    );
  }

  /** One port: open, closed (refused: the host answered) or filtered (silence, unreachable). */
  async probe(address: string, port: number): Promise<PortState> {
    for (let attempt = 0; ; attempt++) {
      const state = await this.probeOnce(address, port);
      if (state !== 'retry') return state;
      if (attempt >= 5 || this.signal.aborted) return 'filtered';
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }

  private probeOnce(address: string, port: number): Promise<Outcome> {
    if (this.signal.aborted) return Promise.resolve('filtered');
    return new Promise((resolve) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      let attempt: Attempt | undefined;
      const done = (outcome: Outcome) => {
        settled = true;
        if (timer) clearTimeout(timer);
        if (attempt) this.inFlight.delete(attempt);
        resolve(outcome);
      };
      const family = net.isIP(address);
      // The binding asserts on bad arguments (and takes the process down): only IP literals and integer ports.
      attempt =
        this.tcp && family && Number.isInteger(port) && port >= 0 && port <= 65535
          ? connectRaw(this.tcp, address, family as 4 | 6, port, done)
          : connectSocket(address, port, done);
      if (settled) return; // a local error, answered synchronously
      this.inFlight.add(attempt);
      timer = setTimeout(attempt.cancel, this.timeoutMs);
    });
  }
}

/** A single probe outside a scan (engine self-test). */
export function probePort(address: string, port: number, timeoutMs: number, signal: AbortSignal): Promise<PortState> {
  return new ConnectProber(timeoutMs, signal).probe(address, port);
}
