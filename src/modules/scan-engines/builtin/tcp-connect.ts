import net from 'node:net';

export type PortState = 'open' | 'closed' | 'filtered';
/** Local resource shortage (file descriptors, ephemeral ports): says nothing about the target, so try again. */
const LOCAL_SHORTAGE = new Set(['EMFILE', 'ENFILE', 'EADDRNOTAVAIL', 'ENOBUFS', 'EAGAIN']);

/**
 * TCP connect probes of one scan. All sockets in flight are tracked so that one abort listener closes them all
 * (a listener per socket would cost more than the probe itself at sweep rates).
 */
export class ConnectProber {
  private readonly inFlight = new Set<net.Socket>();

  constructor(
    private readonly timeoutMs: number,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener(
      'abort',
      () => {
        for (const socket of this.inFlight) socket.destroy();
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

  private probeOnce(address: string, port: number): Promise<PortState | 'retry'> {
    if (this.signal.aborted) return Promise.resolve('filtered');
    return new Promise((resolve) => {
      const socket = net.connect({ host: address, port });
      this.inFlight.add(socket);
      const finish = (state: PortState | 'retry') => {
        if (!this.inFlight.delete(socket)) return;
        clearTimeout(timer);
        // Open ports are reset at once: nothing reaches the service and no TIME_WAIT piles up.
        if (state === 'open') socket.resetAndDestroy();
        else socket.destroy();
        resolve(state);
      };
      const timer = setTimeout(() => finish('filtered'), this.timeoutMs);
      socket.once('connect', () => finish('open'));
      socket.once('error', (error: NodeJS.ErrnoException) => {
        if (LOCAL_SHORTAGE.has(error.code ?? '')) finish('retry');
        else finish(error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET' ? 'closed' : 'filtered');
      });
      // Destroyed by the abort listener: settle as filtered, the pool then throws AbortError.
      socket.once('close', () => finish('filtered'));
    });
  }
}

/** A single probe outside a scan (engine self-test). */
export function probePort(address: string, port: number, timeoutMs: number, signal: AbortSignal): Promise<PortState> {
  return new ConnectProber(timeoutMs, signal).probe(address, port);
}
