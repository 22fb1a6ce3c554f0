import type { FastifyRequest } from 'fastify';

/** Caller address as Fastify resolved it (X-Forwarded-For only when TRUST_PROXY is set), and user agent. */
export function clientInfo(request: FastifyRequest): { ip: string; userAgent: string | null } {
  const ua = request.headers['user-agent'];
  return { ip: request.ip ?? 'unknown', userAgent: typeof ua === 'string' ? ua.slice(0, 512) : null };
}
