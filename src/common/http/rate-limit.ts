import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { tap } from 'rxjs';

/**
 * Rate-limit and quota headers, in the form of draft-ietf-httpapi-ratelimit-headers-06
 * (https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers-06): `RateLimit-Limit` (the quota),
 * `RateLimit-Remaining` (what is left of it after this request), `RateLimit-Reset` (seconds until it frees up, for
 * quotas with a time window) and `RateLimit-Policy` (`<quota>;w=<window seconds>`). The three integer fields are the
 * form most clients and gateways read; the later drafts' combined `RateLimit` structured field is still changing.
 *
 * A service that applies a limit reports it with `reportRateLimit(cls, ...)`; `RateLimitHeadersInterceptor` writes
 * the headers on the answer, a success or an error (a 429 also carries `Retry-After`).
 */
export interface RateLimitReport {
  /** The quota, in the limit's own units (failed sign-ins, SMS codes, targets, scans...). */
  limit: number;
  /** What is left of it once this request is counted (0 when refused). */
  remaining: number;
  /** Seconds until (some of) the quota is available again; absent for quotas without a time window. */
  resetSeconds?: number;
  /** Length of the window, for `RateLimit-Policy`. */
  windowSeconds?: number;
}

const CLS_KEY = 'rateLimit';

/** Records a limit that applied to the current request; of several, the one closest to running out is shown. */
export function reportRateLimit(cls: ClsService, report: RateLimitReport): void {
  if (!cls.isActive() || report.limit < 0) return;
  const normalized = { ...report, remaining: Math.max(0, Math.min(report.limit, Math.floor(report.remaining))) };
  const current = cls.get<RateLimitReport | undefined>(CLS_KEY);
  const share = (r: RateLimitReport) => (r.limit ? r.remaining / r.limit : 0);
  if (!current || share(normalized) < share(current)) cls.set(CLS_KEY, normalized);
}

export function rateLimitHeaders(report: RateLimitReport): Record<string, string> {
  return {
    'RateLimit-Limit': String(report.limit),
    'RateLimit-Remaining': String(report.remaining),
    ...(report.resetSeconds !== undefined
      ? { 'RateLimit-Reset': String(Math.max(0, Math.ceil(report.resetSeconds))) }
      : {}),
    ...(report.windowSeconds !== undefined ? { 'RateLimit-Policy': `${report.limit};w=${report.windowSeconds}` } : {}),
  };
}

/** Writes the reported limit, if any, on the answer (before the exception filter renders an error). */
@Injectable()
export class RateLimitHeadersInterceptor implements NestInterceptor {
  constructor(private readonly cls: ClsService) {}

  intercept(context: ExecutionContext, next: CallHandler) {
    const write = () => {
      const report = this.cls.isActive() ? this.cls.get<RateLimitReport | undefined>(CLS_KEY) : undefined;
      if (report) void context.switchToHttp().getResponse<FastifyReply>().headers(rateLimitHeaders(report));
    };
    return next.handle().pipe(tap({ next: write, error: write }));
  }
}
