import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AppError, type ErrorEntry } from './app-error';

const TYPE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'parameter_error',
  429: 'too_many_requests',
  501: 'not_implemented',
};

/** Renders every error, expected or not, in the envelope of API.md; a 500 never carries internals. */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, entries, headers } = this.describe(exception);
    const timestamp = new Date().toISOString();
    for (const [name, value] of Object.entries(headers)) void reply.header(name, value);
    void reply.status(status).send({ errors: entries.map((e) => ({ message: e.message, type: e.type, timestamp })) });
  }

  describe(exception: unknown): { status: number; entries: ErrorEntry[]; headers: Record<string, string> } {
    if (exception instanceof AppError) {
      return { status: exception.getStatus(), entries: exception.entries, headers: exception.headers };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const type = TYPE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'error');
      if (status >= 500) return this.internal(exception);
      let message = status === 404 ? 'Record Not Found' : exception.message;
      // Fastify's own errors (bad JSON, body too large, wrong content type) arrive as HttpExceptions with a clear text.
      const body = exception.getResponse();
      if (status !== 404 && typeof body === 'object' && body && 'message' in body) {
        const m = (body as { message: unknown }).message;
        message = Array.isArray(m) ? m.join('; ') : String(m);
      }
      return {
        status: status === 400 ? 422 : status,
        entries: [{ type: status === 400 ? 'parameter_error' : type, message }],
        headers: {},
      };
    }
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      const status = fastifyStatus === 400 ? 422 : fastifyStatus;
      return {
        status,
        entries: [{ type: TYPE_BY_STATUS[status] ?? 'error', message: String((exception as Error).message) }],
        headers: {},
      };
    }
    if (exception instanceof QueryFailedError) {
      const { code, detail } = exception as { code?: string; detail?: string };
      if (code === '23505')
        return {
          status: HttpStatus.CONFLICT,
          entries: [{ type: 'conflict', message: 'Record already exists' }],
          headers: {},
        };
      if (code === '23503' && /still referenced/.test(detail ?? '')) {
        return {
          status: HttpStatus.CONFLICT,
          entries: [{ type: 'conflict', message: 'Record is still in use by other records' }],
          headers: {},
        };
      }
      if (code === '23503') {
        return {
          status: 422,
          entries: [{ type: 'parameter_error', message: 'A referenced record does not exist' }],
          headers: {},
        };
      }
    }
    return this.internal(exception);
  }

  private internal(exception: unknown) {
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      entries: [{ type: 'internal_error', message: 'Internal Server Error' }],
      headers: {},
    };
  }
}
