import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Outbound HTTP to addresses users give us (webhook receivers): server-side request forgery guarded.
 *
 * An address is allowed only when `ipaddr.js` classifies it as `unicast` (public): loopback, RFC 1918 private,
 * carrier-grade NAT (Alibaba's metadata 100.100.100.200), link-local (169.254.169.254 metadata), unique-local IPv6
 * (AWS's fd00:ec2::254), unspecified, multicast, broadcast, reserved and documentation ranges and the IPv6 transition
 * ranges that embed an IPv4 address (6to4, Teredo, NAT64) are refused; IPv4-mapped IPv6 is judged as its IPv4.
 *
 * The check runs twice: when a URL is saved (`checkOutboundUrl`, a 422 for the user) and when a connection is made
 * (the agents' `lookup` checks every address the name resolves to, and a literal address is checked before the
 * request): a name that resolved publicly when saved and privately later (DNS rebinding) is refused at connect time.
 * Redirects are never followed (a 3xx is an answer like any other non-2xx).
 */
export interface OutboundPolicy {
  /** Private, loopback and link-local addresses allowed (installations whose receivers are inside; tests). */
  allowPrivate: boolean;
  /** `http:` allowed besides `https:`. */
  allowHttp: boolean;
}

export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKEDADDRESS';
  constructor(readonly address: string) {
    super(`refused: ${address} is not a public address`);
  }
}

/** The ipaddr.js range of an address (`unicast` for public ones), IPv4-mapped IPv6 judged as IPv4. */
export function addressRange(address: string): string {
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range();
}

export const isPublicAddress = (address: string): boolean => {
  try {
    return addressRange(address) === 'unicast';
  } catch {
    return false;
  }
};

/** A `lookup` for sockets that resolves as usual, then refuses if ANY resolved address is not public. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err);
      const list = addresses as dns.LookupAddress[];
      if (!allowPrivate) {
        const bad = list.find((a) => !isPublicAddress(a.address));
        if (bad) return callback(new BlockedAddressError(bad.address));
      }
      if (!list.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }));
      if (options.all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  }) as LookupFunction;
}

/** Unbracketed host of a URL (`[::1]` → `::1`). */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Problems with a URL a user wants us to call (empty: fine). Resolves the host name (when private addresses are not
 * allowed) and refuses it if any address is not public. `field` prefixes the messages (`webhook.url`).
 */
export async function checkOutboundUrl(raw: string, policy: OutboundPolicy, field: string): Promise<string[]> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [`${field} must be an absolute URL`];
  }
  const schemes = policy.allowHttp ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol))
    return [`${field} must use ${policy.allowHttp ? 'https or http' : 'https'} (http needs WEBHOOK_ALLOW_HTTP=true)`];
  if (url.username || url.password) return [`${field} must not contain credentials`];
  const host = hostOf(url);
  if (!host) return [`${field} must name a host`];
  if (policy.allowPrivate) return [];
  if (net.isIP(host)) return isPublicAddress(host) ? [] : [`${field} points to a private or reserved address`];
  try {
    const addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
    if (!addresses.length) return [`${field} host does not resolve`];
    if (addresses.some((a) => !isPublicAddress(a.address)))
      return [`${field} resolves to a private or reserved address`];
    return [];
  } catch {
    return [`${field} host does not resolve`];
  }
}

export interface OutboundRequest {
  url: string;
  method?: 'POST';
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** At most this many bytes of the answer's body are kept (default 4096). */
  maxResponseBytes?: number;
}

export interface OutboundResult {
  /** null when no answer came (refused address, connection error, timeout). */
  status: number | null;
  headers: Record<string, string> | null;
  /** The first `maxResponseBytes` of the answer's body, as UTF-8 text. */
  body: string | null;
  durationMs: number;
  /** What went wrong without an answer, or while reading it (`timeout after 10000 ms`, `refused: ...`). */
  error: string | null;
}

/**
 * Sends one request under the policy and never throws: the result says what happened. The timeout covers everything
 * (resolve, connect, TLS, answer headers and the kept part of the body). Keep-alive agents are shared per policy.
 */
export class SafeHttpClient {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(private readonly policy: OutboundPolicy) {
    const lookup = guardedLookup(policy.allowPrivate);
    this.httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64, lookup });
    this.httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64, lookup });
  }

  destroy() {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  send(request: OutboundRequest): Promise<OutboundResult> {
    const started = performance.now();
    const limit = request.maxResponseBytes ?? 4096;
    const done = (r: Omit<OutboundResult, 'durationMs'>): OutboundResult => ({
      ...r,
      durationMs: Math.round(performance.now() - started),
    });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return Promise.resolve(done({ status: null, headers: null, body: null, error: 'invalid URL' }));
    }
    const schemes = this.policy.allowHttp ? ['https:', 'http:'] : ['https:'];
    if (!schemes.includes(url.protocol))
      return Promise.resolve(done({ status: null, headers: null, body: null, error: `refused: ${url.protocol} URL` }));
    const host = hostOf(url);
    // A literal address never goes through `lookup`: check it here.
    if (net.isIP(host) && !this.policy.allowPrivate && !isPublicAddress(host))
      return Promise.resolve(
        done({ status: null, headers: null, body: null, error: new BlockedAddressError(host).message }),
      );

    return new Promise((resolve) => {
      let settled = false;
      const finish = (r: Omit<OutboundResult, 'durationMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(done(r));
      };
      const body = Buffer.from(request.body, 'utf8');
      const lib = url.protocol === 'https:' ? https : http;
      const req = lib.request(url, {
        method: request.method ?? 'POST',
        agent: url.protocol === 'https:' ? this.httpsAgent : this.httpAgent,
        headers: { ...request.headers, 'Content-Length': String(body.length) },
      });
      const timer = setTimeout(() => {
        req.destroy();
        finish({ status: null, headers: null, body: null, error: `timeout after ${request.timeoutMs} ms` });
      }, request.timeoutMs);
      req.on('error', (err) => {
        finish({ status: null, headers: null, body: null, error: describe(err) });
      });
      req.on('response', (res) => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
        const chunks: Buffer[] = [];
        let kept = 0;
        const answer = () =>
          finish({
            status: res.statusCode ?? null,
            headers,
            body: Buffer.concat(chunks).toString('utf8'),
            error: null,
          });
        res.on('data', (chunk: Buffer) => {
          if (kept < limit) {
            const part = chunk.subarray(0, limit - kept);
            chunks.push(part);
            kept += part.length;
          }
          if (kept >= limit) {
            answer();
            res.destroy(); // the rest is not needed (this connection is not reused)
          }
        });
        res.on('end', answer);
        res.on('error', answer);
        res.on('close', answer);
      });
      req.end(body);
    });
  }
}

function describe(err: Error & { code?: string }): string {
  if (err instanceof BlockedAddressError) return err.message;
  const code = err.code ? `${err.code}: ` : '';
  return `${code}${err.message}`.slice(0, 500);
}
