import type { ClsService } from 'nestjs-cls';

/** CLS key of the requesting client's IP (as Fastify resolves it, TRUST_PROXY aware); set by the global guard. */
export const CLIENT_IP = 'clientIp';

/** The current request's client IP, or null outside a request (jobs, CLI). */
export function clientIpOf(cls: ClsService): string | null {
  return cls.isActive() ? (cls.get<string | undefined>(CLIENT_IP) ?? null) : null;
}
