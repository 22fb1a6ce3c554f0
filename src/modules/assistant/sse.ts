import type { ServerResponse } from 'node:http';

/** Comment lines every 15 s keep proxies and load balancers from closing a stream that waits for a slow model. */
const HEARTBEAT_MS = 15_000;

/** `Accept: text/event-stream` (alone or among others, with any parameters) asks for server-sent events. */
export function wantsEventStream(accept: string | string[] | undefined): boolean {
  const value = Array.isArray(accept) ? accept.join(',') : (accept ?? '');
  return value
    .split(',')
    .map((part) => part.split(';')[0].trim().toLowerCase())
    .includes('text/event-stream');
}

/**
 * Server-sent events written to the raw Node response (the Fastify reply is hijacked first). Each event is
 * `event: <name>` and one `data:` line of JSON, so a newline in the text cannot end an event early.
 */
export class EventStream {
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly res: ServerResponse) {}

  open(): void {
    this.res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    });
    this.res.flushHeaders();
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  send(event: string, data: unknown): void {
    this.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  close(): void {
    clearInterval(this.heartbeat);
    if (!this.res.writableEnded && !this.res.destroyed) this.res.end();
  }

  private write(chunk: string) {
    if (!this.res.writableEnded && !this.res.destroyed) this.res.write(chunk);
  }
}
