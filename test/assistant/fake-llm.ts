import http from 'node:http';
import type net from 'node:net';

/** What the fake endpoint received: one entry per HTTP request. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: {
    model: string;
    messages: { role: string; content: string }[];
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
    max_tokens?: number;
    max_completion_tokens?: number;
    [key: string]: unknown;
  };
  /** true once the client closed the connection before the answer ended (aborted upstream request). */
  aborted: boolean;
}

/** How the endpoint answers one request. */
export type Behaviour =
  | { kind: 'answer'; content: string; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { kind: 'stream'; pieces: string[]; usage?: { prompt_tokens: number; completion_tokens: number } }
  /** Sends the first pieces, then stays silent until the client goes away. */
  | { kind: 'stream-then-stall'; pieces: string[] }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  /** Never answers (the client's timeout or disconnect ends it). */
  | { kind: 'hang' }
  /** Closes the connection without an answer. */
  | { kind: 'drop' };

/**
 * An OpenAI-compatible chat-completions endpoint on 127.0.0.1 (port 0) for the tests: `POST /v1/chat/completions`
 * answers from a queue of behaviours (then the default answer), and every request is recorded so that tests can look
 * at the prompts the API sent.
 */
export class FakeLlm {
  readonly requests: RecordedRequest[] = [];
  private queue: Behaviour[] = [];
  private readonly sockets = new Set<net.Socket>();
  defaultAnswer = 'Turn the version off in the Server header [evidence] and apply the fix [solution].';

  private constructor(
    private readonly server: http.Server,
    readonly port: number,
  ) {}

  static async start(): Promise<FakeLlm> {
    let fake!: FakeLlm;
    const server = http.createServer((req, res) => void fake.handle(req, res));
    server.on('connection', (s) => {
      fake?.sockets.add(s);
      s.on('close', () => fake?.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeLlm(server, (server.address() as net.AddressInfo).port);
    return fake;
  }

  /** LLM_API_URL for the app. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  /** The next requests answer like this, in order. */
  next(...behaviours: Behaviour[]) {
    this.queue.push(...behaviours);
  }

  reset() {
    this.queue = [];
    this.requests.length = 0;
  }

  get last(): RecordedRequest {
    const r = this.requests[this.requests.length - 1];
    if (!r) throw new Error('the fake LLM received no request');
    return r;
  }

  async close() {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
      aborted: false,
    };
    this.requests.push(record);
    res.on('close', () => {
      if (!res.writableFinished) record.aborted = true;
    });
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"no route"}}');
      return;
    }
    const b: Behaviour =
      this.queue.shift() ??
      ({
        kind: record.body.stream ? 'stream' : 'answer',
        ...(record.body.stream ? { pieces: chunk(this.defaultAnswer) } : { content: this.defaultAnswer }),
        usage: { prompt_tokens: 321, completion_tokens: 45 },
      } as Behaviour);
    const model = record.body.model;
    switch (b.kind) {
      case 'answer':
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: 'chatcmpl-1',
            object: 'chat.completion',
            created: 1,
            model,
            choices: [{ index: 0, message: { role: 'assistant', content: b.content }, finish_reason: 'stop' }],
            usage: b.usage
              ? { ...b.usage, total_tokens: b.usage.prompt_tokens + b.usage.completion_tokens }
              : undefined,
          }),
        );
        return;
      case 'stream':
      case 'stream-then-stall': {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
        const base = { id: 'chatcmpl-2', object: 'chat.completion.chunk', created: 1, model };
        send({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
        for (const piece of b.pieces)
          send({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
        if (b.kind === 'stream-then-stall') return; // silent until the client goes away
        send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
        if (b.usage && record.body.stream_options?.include_usage)
          send({
            ...base,
            choices: [],
            usage: { ...b.usage, total_tokens: b.usage.prompt_tokens + b.usage.completion_tokens },
          });
        res.end('data: [DONE]\n\n');
        return;
      }
      case 'status':
        res
          .writeHead(b.status, { 'content-type': 'application/json', ...(b.headers ?? {}) })
          .end(JSON.stringify(b.body ?? { error: { message: `upstream says ${b.status}`, type: 'server_error' } }));
        return;
      case 'hang':
        return;
      case 'drop':
        req.socket.destroy();
        return;
    }
  }
}

/** Splits a text into a few pieces, the way a model streams it. */
export function chunk(text: string, size = 12): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}

/** Parses a text/event-stream body into events. */
export function parseEvents(body: string): { event: string; data: any }[] {
  return body
    .split('\n\n')
    .map((block) => block.split('\n').filter((l) => l && !l.startsWith(':')))
    .filter((lines) => lines.length)
    .map((lines) => {
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
      const data = lines
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      return { event, data: JSON.parse(data) };
    });
}

/** A supertest parser that keeps a text/event-stream body as text. */
export function textBody(res: any, done: (err: Error | null, body: string) => void) {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (c: string) => (text += c));
  res.on('end', () => done(null, text));
}
