import net from 'node:net';
import { TestApp } from '../helpers/test-app';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are (supertest cannot send an over-long request line or a broken request) and reads the answer. */
function raw(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

/** The common envelope, with the answer's request id, and nothing of the request quoted. */
function expectEnvelope(answer: RawAnswer, status: number, type: string, mustNotContain?: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.headers['cache-control']).toBe('no-store');
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  const body = JSON.parse(answer.body);
  expect(Object.keys(body).sort()).toEqual(['errors', 'request_id']);
  expect(body.errors).toHaveLength(1);
  expect(Object.keys(body.errors[0]).sort()).toEqual(['message', 'timestamp', 'type']);
  expect(body.errors[0].type).toBe(type);
  expect(body.errors[0].timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(body.request_id).toBe(answer.headers['x-request-id']);
  if (mustNotContain) expect(answer.body).not.toContain(mustNotContain);
  return body.errors[0] as { message: string };
}

describe('errors raised before a route runs are in the envelope', () => {
  let t: TestApp;
  let port: number;
  const key = () => `x-api-key: ${t.apiKey}\r\n`;

  beforeAll(async () => {
    t = await TestApp.start();
    port = Number(new URL(await t.listen()).port);
  });
  afterAll(() => t.close());

  it('414 for a path parameter over the length limit, without echoing the URL', async () => {
    const long = 'a'.repeat(300);
    const answer = await raw(port, `GET /v2/targets/${long} HTTP/1.1\r\nHost: x\r\n${key()}Connection: close\r\n\r\n`);
    expect(expectEnvelope(answer, 414, 'uri_too_long', long).message).toBe('A path parameter is too long');
  });

  it("431 for a request line over Node's header limit (refused by the HTTP parser)", async () => {
    const long = 'b'.repeat(20_000);
    const answer = await raw(port, `GET /v2/targets?q=${long} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expectEnvelope(answer, 431, 'request_header_fields_too_large', long);
    expect(answer.headers.connection).toBe('close');
  });

  it('431 for headers over the limit too', async () => {
    const answer = await raw(port, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'c'.repeat(20_000)}\r\n\r\n`);
    expectEnvelope(answer, 431, 'request_header_fields_too_large');
  });

  it('400 for a request the HTTP parser cannot read', async () => {
    expectEnvelope(await raw(port, 'NOT HTTP AT ALL\r\n\r\n'), 400, 'bad_request');
  });

  it('400 for a bad percent-encoding in the path, without echoing it', async () => {
    const answer = await raw(port, `GET /v2/targets/%E0%A4%A HTTP/1.1\r\nHost: x\r\n${key()}Connection: close\r\n\r\n`);
    expect(expectEnvelope(answer, 400, 'bad_request', '%E0%A4%A').message).toMatch(/percent-encoding/);
  });

  it('400 for malformed JSON and for an empty JSON body, without echoing the body', async () => {
    const body = '{"username":"secret-value",';
    const answer = await raw(
      port,
      `POST /auth/sign_in HTTP/1.1\r\nHost: x\r\n${key()}Content-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(expectEnvelope(answer, 400, 'bad_request', 'secret-value').message).toBe(
      'The request body is not valid JSON',
    );
    const res = await t.http
      .post('/auth/sign_in')
      .set({ ...t.keyOnly, 'content-type': 'application/json' })
      .send('');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].type).toBe('bad_request');
  });

  it('413 for a body over the limit', async () => {
    const answer = await raw(
      port,
      `POST /auth/sign_in HTTP/1.1\r\nHost: x\r\n${key()}Content-Type: application/json\r\n` +
        `Content-Length: ${20 * 1024 * 1024}\r\nConnection: close\r\n\r\n{}`,
    );
    expectEnvelope(answer, 413, 'payload_too_large');
  });

  it('415 for a content type no route parses', async () => {
    const res = await t.http
      .post('/auth/sign_in')
      .set({ ...t.keyOnly, 'content-type': 'application/xml' })
      .send('<sign_in/>');
    expect(res.status).toBe(415);
    expect(res.body.errors[0]).toMatchObject({ type: 'unsupported_media_type' });
    expect(res.body.request_id).toBe(res.headers['x-request-id']);
  });

  it('404 for an unknown route, whatever the method', async () => {
    for (const method of ['GET', 'DELETE', 'PATCH']) {
      const answer = await raw(port, `${method} /v2/nothing/here HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(expectEnvelope(answer, 404, 'not_found', '/v2/nothing').message).toBe('Record Not Found');
    }
  });
});
