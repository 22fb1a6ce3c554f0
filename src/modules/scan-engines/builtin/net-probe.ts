import net from 'node:net';
import tls from 'node:tls';
import { ScanAbortedError } from '../engine-support';

/**
 * One abort listener per scan for all of its probes. Each probe in flight registers its cleanup here instead of adding
 * a listener of its own to the scan's AbortSignal: with 32 ports inspected at once, each with its connections and
 * HTTP requests, the signal would collect dozens of listeners (Node warns from 11: "MaxListenersExceededWarning: 11
 * abort listeners added to [AbortSignal]") and every probe would pay for adding and removing one.
 */
export class AbortFanout {
  private readonly callbacks = new Set<() => void>();

  constructor(readonly signal: AbortSignal) {
    signal.addEventListener(
      'abort',
      () => {
        const pending = [...this.callbacks];
        this.callbacks.clear();
        for (const callback of pending) callback();
      },
      { once: true },
    );
  }

  get aborted(): boolean {
    return this.signal.aborted;
  }

  /** Calls `callback` if the scan aborts; the returned function unregisters it (call it once the probe is done). */
  onAbort(callback: () => void): () => void {
    this.callbacks.add(callback);
    return () => this.callbacks.delete(callback);
  }
}

/** Where and how long to probe; every socket opened for it is destroyed when the scan aborts (`aborts`). */
export interface ProbeContext {
  address: string;
  /** Host name the address came from (for SNI, Host header and certificate name checks). */
  hostname: string | null;
  port: number;
  timeoutMs: number;
  aborts: AbortFanout;
}

export interface ExchangeOptions {
  /** Bytes to send once connected (none: just listen for a greeting). */
  send?: Buffer | string;
  /** Wrap in TLS with these options (certificate checks are ours, so never rejected here). */
  tls?: tls.ConnectionOptions;
  /** Stop reading once this says the answer is complete. */
  complete?: (received: Buffer) => boolean;
  /** Give up after this long (defaults to the context timeout). */
  waitMs?: number;
  maxBytes?: number;
}

export interface TlsSession {
  protocol: string | null;
  certificate: tls.DetailedPeerCertificate;
  authorizationError: string | null;
}

export interface ExchangeResult {
  connected: boolean;
  data: Buffer;
  /** What the TLS handshake showed (read before the socket was closed). */
  tlsSession?: TlsSession;
  error?: NodeJS.ErrnoException;
}

/**
 * Opens one connection, optionally sends a probe and collects the answer within the time limit. Connection errors
 * and timeouts resolve with what was received; only an abort rejects (AbortError), so a scan unwinds at once.
 */
export function exchange(ctx: ProbeContext, options: ExchangeOptions = {}): Promise<ExchangeResult> {
  const maxBytes = options.maxBytes ?? 16 * 1024;
  return new Promise((resolve, reject) => {
    if (ctx.aborts.aborted) return reject(new ScanAbortedError());
    let tlsSession: TlsSession | undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    let connected = false;
    let settled = false;
    let socket: net.Socket;
    let unregister = () => {};
    const finish = (error?: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unregister();
      socket.destroy();
      if (ctx.aborts.aborted) reject(new ScanAbortedError());
      else resolve({ connected, data: Buffer.concat(chunks), tlsSession, error });
    };
    const onAbort = () => finish();
    if (options.tls) {
      socket = tls.connect({
        host: ctx.address,
        port: ctx.port,
        rejectUnauthorized: false,
        ...(ctx.hostname && net.isIP(ctx.hostname) === 0 ? { servername: ctx.hostname } : {}),
        ...options.tls,
      });
      socket.once('secureConnect', () => {
        connected = true;
        const secure = socket as tls.TLSSocket;
        tlsSession = {
          protocol: secure.getProtocol(),
          certificate: secure.getPeerCertificate(true),
          authorizationError: secure.authorizationError ? String(secure.authorizationError) : null,
        };
        if (options.send !== undefined) socket.write(options.send);
        else if (!options.complete) finish();
      });
    } else {
      socket = net.connect({ host: ctx.address, port: ctx.port });
      socket.once('connect', () => {
        connected = true;
        if (options.send !== undefined) socket.write(options.send);
      });
    }
    const timer = setTimeout(() => finish(), options.waitMs ?? ctx.timeoutMs);
    unregister = ctx.aborts.onAbort(onAbort);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      const received = Buffer.concat(chunks);
      if (size >= maxBytes || options.complete?.(received)) finish();
    });
    socket.once('error', (error) => finish(error));
    socket.once('close', () => finish());
  });
}

/**
 * A line-based conversation (FTP, SMTP): waits for a reply line, sends the next command, and so on.
 * Returns the reply lines received; stops at the first silence or when `next` returns null.
 */
export function converse(ctx: ProbeContext, next: (replies: string[]) => string | null): Promise<string[]> {
  return new Promise((resolve, reject) => {
    if (ctx.aborts.aborted) return reject(new ScanAbortedError());
    const replies: string[] = [];
    let buffer = '';
    let settled = false;
    const socket = net.connect({ host: ctx.address, port: ctx.port });
    let timer = setTimeout(() => finish(), ctx.timeoutMs);
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unregister();
      socket.destroy();
      if (ctx.aborts.aborted) reject(new ScanAbortedError());
      else resolve(replies);
    };
    const unregister = ctx.aborts.onAbort(finish);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (buffer.length > 16 * 1024) return finish();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).replace(/\r$/, '');
        buffer = buffer.slice(newline + 1);
        // Multi-line replies ("230-...") end with the line whose 4th character is a space.
        if (/^\d{3}-/.test(line)) continue;
        replies.push(line);
        const command = next(replies);
        if (command === null) return finish();
        clearTimeout(timer);
        timer = setTimeout(() => finish(), ctx.timeoutMs);
        socket.write(`${command}\r\n`);
      }
    });
    socket.once('error', finish);
    socket.once('close', finish);
  });
}
