import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp from 'pino-http';
import { requestIdOf } from '../../src/common/http/framework-errors';
import { CorsAllowlist, normalizeOrigin } from '../../src/common/http/http-hygiene';
import { rateLimitHeaders } from '../../src/common/http/rate-limit';
import type { PortalOrigins } from '../../src/common/ports/portal-origins';

const rawRequest = (headers: Record<string, string> = {}) => {
  const req = new IncomingMessage(new Socket());
  req.headers = headers;
  req.method = 'GET';
  req.url = '/v2/user/me';
  return req;
};

describe('request ids', () => {
  it('keeps a sane incoming X-Request-Id and replaces anything else by a UUID', () => {
    expect(requestIdOf(rawRequest({ 'x-request-id': 'portal-7f3a.42:1' }))).toBe('portal-7f3a.42:1');
    for (const bad of ['', ' spaced id', 'a'.repeat(129), 'id\r\nset-cookie: x', '-leading-dash', 'ünïcode']) {
      expect(requestIdOf(rawRequest({ 'x-request-id': bad }))).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('is the id pino-http logs the request with (nestjs-pino reuses req.id)', () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = pinoHttp({ quietReqLogger: true }, stream);
    const req = rawRequest({ 'x-request-id': 'trace-123' });
    const id = requestIdOf(req);
    const res = { on: () => undefined, removeListener: () => undefined, setHeader: () => undefined } as never;
    logger(req, res);
    (req as unknown as { log: { info: (m: string) => void } }).log.info('work');
    expect(JSON.parse(lines[0]).reqId).toBe(id);
  });
});

describe('CORS allowlist', () => {
  const portals = (domains: string[]) => {
    let reads = 0;
    const port: PortalOrigins & { reads: () => number } = {
      portalDomains: async () => (reads++, domains),
      reads: () => reads,
    };
    return port;
  };

  it('allows the configured origins exactly, and https on a portal domain', async () => {
    const list = new CorsAllowlist(
      ['https://app.example.com', 'http://localhost:5173'],
      portals(['portal.partner.example']),
      60_000,
    );
    for (const ok of [
      'https://app.example.com',
      'HTTPS://APP.example.com',
      'http://localhost:5173',
      'https://portal.partner.example',
    ])
      expect(await list.allows(ok)).toBe(true);
    for (const no of [
      'http://app.example.com',
      'https://app.example.com:8443',
      'https://evil.example',
      'http://portal.partner.example',
      'https://portal.partner.example:444',
      'https://x.portal.partner.example',
      'null',
      'https://user@app.example.com',
    ])
      expect(await list.allows(no)).toBe(false);
    expect(normalizeOrigin('https://a.example/path')).toBeNull();
  });

  it('reads the portal domains once per cache period', async () => {
    let now = 0;
    const source = portals(['portal.partner.example']);
    const list = new CorsAllowlist([], source, 60_000, () => now);
    await list.allows('https://portal.partner.example');
    await list.allows('https://other.example');
    expect(source.reads()).toBe(1);
    now += 60_001;
    await list.allows('https://portal.partner.example');
    expect(source.reads()).toBe(2);
  });
});

describe('RateLimit headers (draft-ietf-httpapi-ratelimit-headers-06)', () => {
  it('writes the quota, what is left, when it frees up and the window', () => {
    expect(rateLimitHeaders({ limit: 10, remaining: 3, resetSeconds: 12.2, windowSeconds: 3600 })).toEqual({
      'RateLimit-Limit': '10',
      'RateLimit-Remaining': '3',
      'RateLimit-Reset': '13',
      'RateLimit-Policy': '10;w=3600',
    });
    expect(rateLimitHeaders({ limit: 5, remaining: 0 })).toEqual({
      'RateLimit-Limit': '5',
      'RateLimit-Remaining': '0',
    });
  });
});
