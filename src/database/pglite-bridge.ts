import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * The embedded database, shared with other local processes (CLI, `npm run worker`) while the API runs.
 *
 * PGlite is one PostgreSQL session in this process. This bridge serves it over a Unix socket in DATA_DIR (mode 0600:
 * only the owner of the data, and root, can connect) speaking the PostgreSQL wire protocol, so `pg`/TypeORM and `psql`
 * connect to it like to a server (`psql -h ./data -U postgres`). Every user of the session, this process's own
 * TypeORM connection included, goes through one arbiter that gives the session to one client at a time and keeps it
 * with that client while it is inside a transaction or in the middle of an extended-protocol exchange (until a
 * ReadyForQuery that says "idle"). So two clients' transactions never interleave: a second client waits as it would
 * for a lock on PostgreSQL.
 *
 * Not `@electric-sql/pglite-socket`: its releases pin exact PGlite versions (and seven extension packages) as peers,
 * and it either locks PGlite for one client (the process itself could no longer query) or multiplexes per query,
 * which runs one client's statements inside another client's open transaction.
 */

/** The socket file name `pg` and `psql` look for in the `host` directory for port 5432. */
export const BRIDGE_PORT = 5432;
export const bridgeSocketPath = (socketDir: string) => path.join(socketDir, `.s.PGSQL.${BRIDGE_PORT}`);
/** A bridge client idle inside a transaction this long is disconnected (its transaction rolled back). */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;

interface PgliteLike {
  waitReady: Promise<void>;
  execProtocolRaw(message: Uint8Array, options?: { syncToFs?: boolean }): Promise<Uint8Array>;
  execProtocolStream(message: Uint8Array, options?: object): Promise<{ name: string; status?: string }[]>;
  exec(sql: string): Promise<unknown>;
}

type Session = symbol;

/** One holder of the PGlite session at a time; the holder keeps it until its session is idle again. */
export class SessionArbiter {
  private holder: Session | null = null;
  private readonly waiting: { session: Session; grant: () => void }[] = [];

  get current(): Session | null {
    return this.holder;
  }

  async acquire(session: Session): Promise<void> {
    if (this.holder === session) return;
    if (this.holder === null && !this.waiting.length) {
      this.holder = session;
      return;
    }
    await new Promise<void>((grant) => this.waiting.push({ session, grant }));
  }

  release(session: Session) {
    if (this.holder !== session) return;
    const next = this.waiting.shift();
    this.holder = next?.session ?? null;
    next?.grant();
  }

  /** Drops a session that went away while waiting. */
  forget(session: Session) {
    const index = this.waiting.findIndex((w) => w.session === session);
    if (index >= 0) this.waiting.splice(index, 1);
  }
}

/**
 * The PGlite instance as seen by this process's node-postgres adapter: the same object, whose protocol calls take
 * the session through the arbiter first.
 */
export function arbitrated<T extends PgliteLike>(pglite: T, arbiter: SessionArbiter): T {
  const self: Session = Symbol('in-process');
  const execProtocolStream = async (message: Uint8Array, options?: object) => {
    await arbiter.acquire(self);
    let idle = false;
    try {
      const messages = await pglite.execProtocolStream(message, options);
      const ready = messages.filter((m) => m.name === 'readyForQuery').pop();
      idle = ready?.status === 'I';
      return messages;
    } catch (err) {
      idle = true;
      throw err;
    } finally {
      if (idle) arbiter.release(self);
    }
  };
  return new Proxy(pglite, {
    get(target, prop, receiver) {
      if (prop === 'execProtocolStream') return execProtocolStream;
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const message = (type: string, body: Buffer) => Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
const cstring = (s: string) => Buffer.from(`${s}\0`);
const errorResponse = (severity: string, code: string, text: string) =>
  message(
    'E',
    Buffer.concat([
      Buffer.from('S'),
      cstring(severity),
      Buffer.from('V'),
      cstring(severity),
      Buffer.from('C'),
      cstring(code),
      Buffer.from('M'),
      cstring(text),
      Buffer.from([0]),
    ]),
  );

/** The status of the last ReadyForQuery in a backend response ('I' idle, 'T' in a transaction, 'E' failed one). */
export function lastReadyStatus(response: Uint8Array): string | undefined {
  let status: string | undefined;
  let offset = 0;
  const view = Buffer.from(response.buffer, response.byteOffset, response.byteLength);
  while (offset + 5 <= view.length) {
    const type = view[offset];
    const length = view.readInt32BE(offset + 1);
    if (type === 0x5a /* Z */ && length === 5) status = String.fromCharCode(view[offset + 5]);
    offset += 1 + length;
  }
  return status;
}

export interface BridgeServer {
  socketPath: string;
  close(): Promise<void>;
}

/** Serves the PGlite session over `DATA_DIR/.s.PGSQL.5432` (0600). */
export async function serveBridge(
  pglite: PgliteLike,
  arbiter: SessionArbiter,
  socketDir: string,
  options: { idleInTransactionMs?: number } = {},
): Promise<BridgeServer> {
  const socketPath = bridgeSocketPath(socketDir);
  // Only the process holding the data directory's lock gets here: a socket file left by a crash is stale.
  fs.rmSync(socketPath, { force: true });
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    handleClient(socket, pglite, arbiter, options.idleInTransactionMs ?? IDLE_IN_TRANSACTION_TIMEOUT_MS);
  });
  // The socket file is created by listen(): a umask makes it 0600 from the start (no window before a chmod).
  const umask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } finally {
    process.umask(umask);
  }
  return {
    socketPath,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function handleClient(socket: net.Socket, pglite: PgliteLike, arbiter: SessionArbiter, idleInTxMs: number) {
  const session: Session = Symbol('socket client');
  let buffer = Buffer.alloc(0);
  let started = false;
  let closed = false;
  let inTransaction = false;
  let idleTimer: NodeJS.Timeout | undefined;
  let chain = Promise.resolve();

  const end = async () => {
    if (closed) return;
    closed = true;
    clearTimeout(idleTimer);
    socket.destroy();
    arbiter.forget(session);
    if (arbiter.current === session) {
      // The client left inside a transaction (or mid-exchange): end it before anyone else uses the session.
      await pglite.execProtocolRaw(message('S', Buffer.alloc(0))).catch(() => undefined);
      await pglite.exec('ROLLBACK').catch(() => undefined);
      arbiter.release(session);
    }
  };
  socket.on('close', () => void (chain = chain.then(end)));
  socket.on('error', () => undefined);

  const startup = (packet: Buffer) => {
    const code = packet.readInt32BE(4);
    if (code === 80877103 || code === 80877104) {
      socket.write('N'); // SSLRequest / GSSENCRequest: not over a local socket
      return;
    }
    if (code === 80877102) return void end(); // CancelRequest: not supported
    if (code >> 16 !== 3) {
      socket.write(errorResponse('FATAL', '08P01', 'unsupported frontend protocol'));
      return void end();
    }
    started = true;
    const params: Buffer[] = [
      ['server_version', '18.6'],
      ['server_encoding', 'UTF8'],
      ['client_encoding', 'UTF8'],
      ['DateStyle', 'ISO, MDY'],
      ['integer_datetimes', 'on'],
      ['standard_conforming_strings', 'on'],
      ['TimeZone', 'UTC'],
    ].map(([k, v]) => message('S', Buffer.concat([cstring(k), cstring(v)])));
    socket.write(
      Buffer.concat([
        message('R', int32(0)), // AuthenticationOk: the socket's file mode is the access control
        ...params,
        message('K', Buffer.concat([int32(process.pid), int32(0)])),
        message('Z', Buffer.from('I')),
      ]),
    );
  };

  const run = async (frames: Buffer) => {
    if (closed) return;
    clearTimeout(idleTimer);
    await arbiter.acquire(session);
    if (closed) {
      arbiter.release(session);
      return;
    }
    let response: Uint8Array;
    try {
      response = await pglite.execProtocolRaw(frames);
    } catch (err) {
      socket.write(errorResponse('ERROR', 'XX000', (err as Error).message));
      response = new Uint8Array();
    }
    const status = lastReadyStatus(response);
    if (status !== undefined) inTransaction = status !== 'I';
    if (status === 'I') arbiter.release(session);
    if (!closed) socket.write(response);
    if (inTransaction || status === undefined) {
      // Holding the session: others wait, so a client that stops talking mid-transaction is cut off.
      idleTimer = setTimeout(() => {
        socket.write(errorResponse('FATAL', '25P03', 'terminating connection due to idle-in-transaction timeout'));
        void (chain = chain.then(end));
      }, idleInTxMs);
    }
  };

  socket.on('data', (data: Buffer) => {
    buffer = Buffer.concat([buffer, data]);
    // Split off complete messages; hand the batch over in order (a client pipelines Parse/Bind/Execute/Sync).
    const frames: Buffer[] = [];
    for (;;) {
      if (!started) {
        if (buffer.length < 8) break;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) break;
        const packet = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        startup(packet);
        continue;
      }
      if (buffer.length < 5) break;
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) break;
      const frame = buffer.subarray(0, 1 + length);
      buffer = buffer.subarray(1 + length);
      if (frame[0] === 0x58 /* X: Terminate */) {
        if (frames.length) {
          const batch = Buffer.concat(frames);
          chain = chain.then(() => run(batch));
          frames.length = 0;
        }
        chain = chain.then(end);
        return;
      }
      frames.push(frame);
    }
    if (frames.length) {
      const batch = Buffer.concat(frames);
      chain = chain.then(() => run(batch));
    }
  });
}
