import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import {
  describeFrameworkError,
  ERROR_HEADERS,
  ERROR_TYPE_BY_STATUS as TYPE_BY_STATUS,
  errorBody,
} from '../http/framework-errors';
import { AppError, type ErrorEntry } from './app-error';

/**
 * Renders every error, expected or not, in the envelope of API.md (plus `request_id`, the `X-Request-Id` of the
 * answer); a 500 never carries internals, and no message quotes the request.
 */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest | undefined>();
    const { status, entries, headers } = this.describe(exception);
    void reply.headers({ ...ERROR_HEADERS, ...headers });
    void reply.status(status).send(errorBody(entries, request?.id));
  }

  describe(exception: unknown): { status: number; entries: ErrorEntry[]; headers: Record<string, string> } {
    if (exception instanceof AppError) {
      return { status: exception.getStatus(), entries: exception.entries, headers: exception.headers };
    }
    // Fastify's own client errors (malformed JSON, body too large, wrong content type) keep their status; Nest hands
    // them over wrapped in an HttpException.
    const framework = describeFrameworkError(
      exception instanceof HttpException && exception.cause ? exception.cause : exception,
    );
    if (framework) return { status: framework.status, entries: [framework], headers: {} };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const type = TYPE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'error');
      if (status >= 500) return this.internal(exception);
      let message = status === 404 ? 'Record Not Found' : exception.message;
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
