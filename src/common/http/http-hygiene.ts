import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { PortalOrigins } from '../ports/portal-origins';
import { REQUEST_ID_HEADER } from './framework-errors';

/** What the HTTP layer needs from the configuration (`Env`). */
export interface HttpHygieneConfig {
  /** Comma-separated exact origins allowed to call the API from a browser (`https://app.example.com`). */
  CORS_ORIGINS: string;
  /** How long the portal domains are cached for the CORS decision. */
  CORS_PORTAL_CACHE_SECONDS: number;
  /** `Strict-Transport-Security: max-age=` on answers to requests that came over TLS; 0 = never. */
  HSTS_MAX_AGE_SECONDS: number;
}

/**
 * CSP of the API's own answers: JSON and files, never rendered as pages (OWASP REST Security: `default-src 'none'`
 * and no framing).
 */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/**
 * CSP of the offline Swagger UI at /docs: its scripts and styles come from the API itself (the inline style attributes
 * it sets need 'unsafe-inline' for styles only), "Try it out" calls the API (connect-src 'self').
 */
const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Headers browsers on an allowed origin may read: the request id, rate limits, and the report and file headers. */
export const CORS_EXPOSED_HEADERS = [
  'X-Request-Id',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'RateLimit-Policy',
  'Retry-After',
  'Content-Disposition',
  'X-CG-Report-SHA256',
  'X-CG-Report-Signature',
];
const CORS_ALLOWED_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'x-api-key',
  'x-mfa-step-up-token',
  REQUEST_ID_HEADER,
];

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

/** `scheme://host[:port]` in lower case, or null for anything that is not an origin (`null`, paths, userinfo...). */
export function normalizeOrigin(value: string): string | null {
  const lower = value.trim().toLowerCase();
  return ORIGIN.test(lower) ? lower : null;
}

export function parseOrigins(list: string): string[] {
  return list
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
}

/**
 * Which browser origins may call the API: the configured `CORS_ORIGINS`, and `https://<portal domain>` of every
 * organization's whitelabel portal (read through the `PortalOrigins` port, cached for `CORS_PORTAL_CACHE_SECONDS`,
 * so that a preflight costs no query most of the time).
 */
export class CorsAllowlist {
  private readonly configured: Set<string>;
  private cached: { until: number; domains: Promise<Set<string>> } | null = null;

  constructor(
    origins: string[],
    private readonly portals: PortalOrigins,
    private readonly cacheMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.configured = new Set(origins.map((o) => normalizeOrigin(o)).filter((o): o is string => o !== null));
  }

  async allows(origin: string): Promise<boolean> {
    const normalized = normalizeOrigin(origin);
    if (!normalized) return false;
    if (this.configured.has(normalized)) return true;
    const url = new URL(normalized);
    if (url.protocol !== 'https:' || url.port) return false;
    return (await this.portalDomains()).has(url.hostname);
  }

  private portalDomains(): Promise<Set<string>> {
    if (!this.cached || this.cached.until <= this.now()) {
      const domains = this.portals.portalDomains().then((list) => new Set(list.map((d) => d.toLowerCase())));
      // A failed read is not cached: the next request asks again.
      domains.catch(() => (this.cached = null));
      this.cached = { until: this.now() + this.cacheMs, domains };
    }
    return this.cached.domains;
  }
}

const isDocs = (request: FastifyRequest) => request.url === '/docs' || request.url.startsWith('/docs/');

/**
 * `X-Request-Id`, security headers (helmet), CORS with an allowlist, `Cache-Control: no-store` and HSTS behind TLS,
 * for every answer. Call before `app.init()`.
 */
export async function installHttpHygiene(
  app: NestFastifyApplication,
  config: HttpHygieneConfig,
  portals: PortalOrigins,
): Promise<CorsAllowlist> {
  const allowlist = new CorsAllowlist(
    parseOrigins(config.CORS_ORIGINS),
    portals,
    config.CORS_PORTAL_CACHE_SECONDS * 1000,
  );
  const fastify = app.getHttpAdapter().getInstance();
  // First, so that answers given by later hooks (CORS preflights) carry it too.
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: false, // set per answer below: the API's, or the Swagger UI's
    frameguard: { action: 'deny' },
    // Only over TLS (below): a plain-HTTP answer must not pin HTTPS on a host that may not have it.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyCors, {
    origin: (origin, callback) => {
      if (!origin) return callback(null, false);
      allowlist.allows(origin).then(
        (allowed) => callback(null, allowed),
        () => callback(null, false),
      );
    },
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    // Credentials are headers (API key, token), never cookies.
    credentials: false,
    maxAge: 600,
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    // A route that renders a page of its own (the account pages) sets the policy that page needs; it stands.
    if (isDocs(request) || !reply.hasHeader('content-security-policy'))
      void reply.header('content-security-policy', isDocs(request) ? DOCS_CSP : API_CSP);
    // Answers carry tokens, secrets and tenant data: no cache keeps them, unless a route says otherwise.
    if (!reply.hasHeader('cache-control') && !isDocs(request)) void reply.header('cache-control', 'no-store');
    if (config.HSTS_MAX_AGE_SECONDS > 0 && request.protocol === 'https')
      void reply.header('strict-transport-security', `max-age=${config.HSTS_MAX_AGE_SECONDS}; includeSubDomains`);
    return payload;
  });
  return allowlist;
}
