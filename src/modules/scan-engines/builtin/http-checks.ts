import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Finding } from '../scan-engine';
import { CHECKS } from '../checks/catalog';
import { buildFinding } from '../checks/finding';
import type { DetectedSoftware } from '../checks/version-rules';
import type { ProbeContext } from './net-probe';
import { hostHeader, parseSoftwareHeader, PERMISSIVE_TLS } from './service-detection';

interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const MAX_BODY = 256 * 1024;

function request(
  ctx: ProbeContext,
  secure: boolean,
  method: string,
  extraHeaders: Record<string, string> = {},
  path = '/',
): Promise<HttpAnswer | null> {
  return new Promise((resolve) => {
    const options: https.RequestOptions = {
      host: ctx.address,
      port: ctx.port,
      method,
      path,
      agent: false,
      timeout: ctx.timeoutMs,
      headers: {
        Host: hostHeader(ctx),
        'User-Agent': 'cg-scanner/1.0',
        Accept: '*/*',
        Connection: 'close',
        ...extraHeaders,
      },
      ...(secure
        ? {
            ...PERMISSIVE_TLS,
            rejectUnauthorized: false,
            ...(ctx.hostname && net.isIP(ctx.hostname) === 0 ? { servername: ctx.hostname } : {}),
          }
        : {}),
    };
    const req = (secure ? https : http).request(options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size >= MAX_BODY) return;
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_BODY) res.destroy();
      });
      const done = () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.once('end', done);
      res.once('close', done);
      res.once('error', done);
    });
    // The scan's abort ends the request through the scan's one listener (not `signal`: one listener per request).
    const unregister = ctx.aborts.onAbort(() => req.destroy());
    req.once('close', unregister);
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(null));
    req.end();
  });
}

/**
 * Paths where web servers commonly expose an automatic index (upload and backup folders, static assets, the
 * defaults of Apache, nginx and IIS installs), without the trailing slash: a directory's redirect to `<path>/` is
 * followed. Looked at in addition to `/` and the links of the first page.
 */
export const LISTING_PATHS = [
  '/files',
  '/uploads',
  '/upload',
  '/backup',
  '/backups',
  '/images',
  '/img',
  '/static',
  '/assets',
  '/css',
  '/js',
  '/media',
  '/downloads',
  '/pub',
  '/data',
  '/docs',
  '/tmp',
  '/logs',
  '/icons',
  '/wp-content/uploads',
];
/** At most this many paths taken from the links of the first page. */
export const MAX_LINKED_PATHS = 12;
/** Requests of the listing check in flight at once on one port. */
const LISTING_CONCURRENCY = 4;
const LISTING_TITLE = /<title>\s*(Index of \/[^<]*|Directory listing for \/[^<]*)<\/title>/i;

/**
 * Same-site paths linked from a page (href/src attributes): each link's directory and, for a link that looks like
 * a directory, the link itself. Other hosts, other schemes, queries and fragments are left out.
 */
export function linkedDirectories(body: string, origin: string, limit = MAX_LINKED_PATHS): string[] {
  const paths = new Set<string>();
  const re = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) && paths.size < limit) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (!raw || /^(?:javascript|mailto|data|tel):/i.test(raw)) continue;
    let url: URL;
    try {
      url = new URL(raw, `${origin}/`);
    } catch {
      continue;
    }
    if (url.origin !== origin) continue;
    const path = url.pathname;
    const directory = path.endsWith('/') ? path : path.slice(0, path.lastIndexOf('/') + 1);
    for (const candidate of [path.endsWith('/') || !/\.[a-z0-9]{1,5}$/i.test(path) ? path : null, directory]) {
      if (candidate && candidate !== '/' && candidate.length <= 200 && paths.size < limit) paths.add(candidate);
    }
  }
  return [...paths];
}

/**
 * Directory indexes at `/`, at the common paths and at the same-site directories the first page links to
 * (bounded: `LISTING_PATHS` plus at most `MAX_LINKED_PATHS`). A path without a trailing slash that redirects to
 * itself with one (as Apache and nginx do for directories) is followed once.
 */
async function findDirectoryListings(
  ctx: ProbeContext,
  secure: boolean,
  page: HttpAnswer,
): Promise<{ path: string; title: string }[]> {
  const found: { path: string; title: string }[] = [];
  const root = page.status === 200 ? page.body.match(LISTING_TITLE) : null;
  if (root) found.push({ path: '/', title: root[1].trim() });
  const origin = `${secure ? 'https' : 'http'}://${hostHeader(ctx)}`;
  const candidates = [...new Set([...LISTING_PATHS, ...linkedDirectories(page.body, origin)].filter((p) => p !== '/'))];
  const queue = [...candidates];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined && !ctx.aborts.aborted; path = queue.shift()) {
      let answer = await request(ctx, secure, 'GET', {}, path);
      const location = first(answer?.headers.location);
      if (answer && answer.status >= 300 && answer.status < 400 && location && !path.endsWith('/')) {
        const next = safeSameSitePath(location, origin);
        if (next === `${path}/`) answer = await request(ctx, secure, 'GET', {}, next);
      }
      const listing = answer?.status === 200 ? answer.body.match(LISTING_TITLE) : null;
      if (listing) found.push({ path, title: listing[1].trim() });
    }
  };
  await Promise.all(Array.from({ length: LISTING_CONCURRENCY }, worker));
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

function safeSameSitePath(location: string, origin: string): string | null {
  try {
    const url = new URL(location, `${origin}/`);
    return url.origin === origin ? url.pathname : null;
  } catch {
    return null;
  }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export interface HttpInspection {
  findings: Finding[];
  /** Software named by X-Powered-By, for the version rules. */
  software: DetectedSoftware[];
}

/** HTTP checks of one web service: security headers, version disclosure, directory listing, TRACE. */
export async function inspectHttp(ctx: ProbeContext, secure: boolean): Promise<HttpInspection> {
  const observation = { port: ctx.port, protocol: 'tcp' as const };
  const findings: Finding[] = [];
  const software: DetectedSoftware[] = [];
  const url = `${secure ? 'https' : 'http'}://${hostHeader(ctx)}/`;
  const page = await request(ctx, secure, 'GET');
  if (!page) return { findings, software };
  const header = (name: string) => first(page.headers[name]);
  const missing = (name: string) => `No ${name} header in the response to GET ${url} (HTTP ${page.status})`;

  if (secure && !header('strict-transport-security'))
    findings.push(
      buildFinding(CHECKS.httpMissingHsts, { ...observation, evidence: missing('Strict-Transport-Security') }),
    );
  const csp = header('content-security-policy');
  if (!header('x-frame-options') && !/frame-ancestors/i.test(csp ?? '')) {
    findings.push(
      buildFinding(CHECKS.httpMissingFrameOptions, {
        ...observation,
        evidence: missing('X-Frame-Options (nor CSP frame-ancestors)'),
      }),
    );
  }
  if (!/nosniff/i.test(header('x-content-type-options') ?? '')) {
    findings.push(
      buildFinding(CHECKS.httpMissingContentTypeOptions, {
        ...observation,
        evidence: missing('X-Content-Type-Options: nosniff'),
      }),
    );
  }
  if (!csp)
    findings.push(
      buildFinding(CHECKS.httpMissingCsp, { ...observation, evidence: missing('Content-Security-Policy') }),
    );

  const server = header('server');
  if (server && /\d/.test(server))
    findings.push(buildFinding(CHECKS.httpServerVersion, { ...observation, evidence: `Server: ${server}` }));
  const poweredBy = header('x-powered-by');
  if (poweredBy && /\d/.test(poweredBy)) {
    findings.push(
      buildFinding(CHECKS.httpPoweredByVersion, { ...observation, evidence: `X-Powered-By: ${poweredBy}` }),
    );
    const parsed = parseSoftwareHeader(poweredBy);
    if (parsed?.version)
      software.push({ product: parsed.product, version: parsed.version, evidence: `X-Powered-By: ${poweredBy}` });
  }

  const listings = await findDirectoryListings(ctx, secure, page);
  if (listings.length) {
    const base = `${secure ? 'https' : 'http'}://${hostHeader(ctx)}`;
    findings.push(
      buildFinding(CHECKS.httpDirectoryListing, {
        ...observation,
        evidence:
          listings
            .slice(0, 5)
            .map((l) => `GET ${base}${l.path} returned a directory index: "${l.title}"`)
            .join('; ') + (listings.length > 5 ? `; and ${listings.length - 5} more paths` : ''),
      }),
    );
  }

  // A server that echoes our random marker back in a TRACE response really has TRACE enabled.
  const marker = randomBytes(8).toString('hex');
  const trace = await request(ctx, secure, 'TRACE', { 'X-CG-Trace-Probe': marker });
  if (trace && trace.status === 200 && trace.body.includes(marker)) {
    findings.push(
      buildFinding(CHECKS.httpTraceEnabled, {
        ...observation,
        evidence: `TRACE ${url} → HTTP 200 echoing the request (${trace.body.split(/\r?\n/)[0].slice(0, 100)})`,
      }),
    );
  }
  return { findings, software };
}
