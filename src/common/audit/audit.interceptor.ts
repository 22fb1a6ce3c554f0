import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import type { FastifyRequest } from 'fastify';
import { type Observable, catchError, from, mergeMap, throwError } from 'rxjs';
import type { RequestWithAuth } from '../auth/auth-context';
import { clientInfo } from '../http/client-info';
import { AuditRecorder } from './audit-recorder';
import { AUDIT_METADATA, type AuditRouteOptions } from './audited.decorator';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Writes one audit event for every state-changing request, successful or not, before the answer leaves. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditRecorder,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithAuth>();
    if (!MUTATING.has(request.method)) return next.handle();
    const options =
      this.reflector.getAllAndOverride<AuditRouteOptions | undefined>(AUDIT_METADATA, [
        context.getHandler(),
        context.getClass(),
      ]) ?? {};
    if (options.auto === false) return next.handle();

    const record = (result: 'success' | 'failure', statusCode: number, body?: unknown) => {
      const auth = request.auth;
      const { ip, userAgent } = clientInfo(request);
      const params = (request.params ?? {}) as Record<string, string>;
      const dataId = (body as { data?: { id?: unknown } } | undefined)?.data?.id;
      return this.audit.record({
        action: options.action ?? `${request.method} ${request.routeOptions?.url ?? request.url.split('?')[0]}`,
        result,
        statusCode,
        actorId: auth?.user.id ?? null,
        actorUsername: auth?.user.username ?? null,
        impersonatorId: auth?.impersonatorId ?? null,
        organizationId: auth?.user.organizationId ?? null,
        resourceType: options.resource ?? null,
        resourceId: params.id ?? (typeof dataId === 'string' ? dataId : null),
        ip,
        userAgent,
      });
    };

    return next.handle().pipe(
      mergeMap((body) => {
        // The status is applied after interceptors run: take it from @HttpCode() or Nest's default.
        const declared = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined;
        const status = declared ?? (request.method === 'POST' ? 201 : 200);
        return from(record('success', status, body).then(() => body));
      }),
      catchError((err: unknown) => {
        const status = err instanceof HttpException ? err.getStatus() : 500;
        return from(record('failure', status)).pipe(mergeMap(() => throwError(() => err)));
      }),
    );
  }
}
