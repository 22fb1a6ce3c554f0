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
): Promise<HttpAnswer | null> {
  return new Promise((resolve) => {
    const options: https.RequestOptions = {
      host: ctx.address,
      port: ctx.port,
      method,
      path: '/',
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

  const listing = page.body.match(/<title>\s*(Index of \/[^<]*|Directory listing for \/[^<]*)<\/title>/i);
  if (page.status === 200 && listing) {
    findings.push(
      buildFinding(CHECKS.httpDirectoryListing, {
        ...observation,
        evidence: `GET ${url} returned a directory index: "${listing[1].trim()}"`,
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
