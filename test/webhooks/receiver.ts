import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Whether X-CG-Hook-Signature is the HMAC of the raw body with one of the receiver's secrets. */
  validSignature: boolean;
  /** Whether X-CG-Hook-Signature-Previous is (when present). */
  validPreviousSignature: boolean | null;
  /** Which of the receiver's secrets verified the main header (index), -1: none. */
  verifiedWith: number;
  status: number;
}

const verify = (secret: string, body: string, header: string | string[] | undefined) => {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const want = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const got = Buffer.from(header);
  return want.length === got.length && timingSafeEqual(want, got);
};

/**
 * A webhook receiver on 127.0.0.1 that verifies signatures the way a client would (HMAC-SHA256 of the raw body with
 * the secret it was given), answers `statusFor(n)` for its n-th request (n from 1) and records every request.
 */
export async function receiver(
  options: { secrets?: string[]; statusFor?: (n: number, body: string) => number | 'hang' } = {},
) {
  const received: Received[] = [];
  const secrets = options.secrets ?? [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const verifiedWith = secrets.findIndex((s) => verify(s, body, req.headers['x-cg-hook-signature']));
      const previous = req.headers['x-cg-hook-signature-previous'];
      const status = options.statusFor?.(received.length + 1, body) ?? 200;
      received.push({
        headers: req.headers,
        body,
        validSignature: verifiedWith >= 0,
        validPreviousSignature: previous === undefined ? null : secrets.some((s) => verify(s, body, previous)),
        verifiedWith,
        status: status === 'hang' ? 0 : status,
      });
      if (status === 'hang') return void hanging.add(res);
      res.writeHead(status, { 'content-type': 'text/plain', 'x-receiver': 'test' }).end(`answer ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    secrets,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
