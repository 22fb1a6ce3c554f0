import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The request id of every answer: a caller's own `X-Request-Id` when it is sane (1-128 characters of letters, digits
 * and `._:-`, starting with a letter or digit), otherwise a fresh UUID. Echoed in the `X-Request-Id` response
 * header, logged with every line of the request (pino's `reqId`) and named in error envelopes (`request_id`).
 */
export const REQUEST_ID_HEADER = 'x-request-id';
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdOf(raw: IncomingMessage): string {
  const given = raw.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
  // pino-http reuses `req.id` of the raw request, so the log lines carry the same id as the answer.
  (raw as IncomingMessage & { id?: string }).id = id;
  return id;
}

/** `type` of an error entry by HTTP status, for errors that carry no type of their own. */
export const ERROR_TYPE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  409: 'conflict',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  422: 'parameter_error',
  429: 'too_many_requests',
  431: 'request_header_fields_too_large',
  501: 'not_implemented',
};

/**
 * Messages for the errors Fastify raises before a route runs (body parsing, routing). Fixed texts: several of
 * Fastify's own messages quote the URL or the body (`'/v2/targets/aaaa…' is exceeding the max param length`).
 */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty but Content-Type says application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The request body does not match its Content-Length',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Unsupported Content-Type for this request',
  FST_ERR_CTP_EMPTY_TYPE: 'The Content-Type header is empty',
  FST_ERR_CTP_INVALID_TYPE: 'The Content-Type header is not valid',
  FST_ERR_BAD_URL: 'The URL is not valid (bad percent-encoding)',
  FST_ERR_MAX_PARAM_LENGTH: 'A path parameter is too long',
  FST_ERR_NOT_FOUND: 'Record Not Found',
};

const MESSAGE_BY_STATUS: Record<number, string> = {
  400: 'The request is malformed',
  404: 'Record Not Found',
  405: 'Method Not Allowed',
  408: 'The request took too long to arrive',
  413: 'The request body is too large',
  414: 'The URL is too long',
  415: 'Unsupported Content-Type for this request',
  431: 'The request line or headers are too large',
};

export interface DescribedError {
  status: number;
  type: string;
  message: string;
}

/**
 * A client error raised by Fastify or a plugin (an error with a 4xx `statusCode`: code `FST_*`, the JSON parser's
 * SyntaxError, ...), described without echoing any input; undefined for anything else.
 */
export function describeFrameworkError(error: unknown): DescribedError | undefined {
  const e = error as Partial<FastifyError> | null;
  const status = e?.statusCode;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status >= 500) return undefined;
  return {
    status,
    type: ERROR_TYPE_BY_STATUS[status] ?? 'error',
    message: (e?.code && FASTIFY_MESSAGES[e.code]) ?? MESSAGE_BY_STATUS[status] ?? 'The request was refused',
  };
}

/** The common envelope of API.md, plus the request id (kept out of the entries, which stay `{message,type,timestamp}`). */
export function errorBody(entries: { message: string; type: string }[], requestId: string | undefined) {
  const timestamp = new Date().toISOString();
  return {
    errors: entries.map((e) => ({ message: e.message, type: e.type, timestamp })),
    ...(requestId ? { request_id: requestId } : {}),
  };
}

/** Headers every error answer carries, also those written before any hook runs. */
export const ERROR_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

/** Fastify's `frameworkErrors`: a bad percent-encoding or an over-long path parameter, answered before routing. */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const described = describeFrameworkError(error) ?? {
    status: 400,
    type: 'bad_request',
    message: MESSAGE_BY_STATUS[400],
  };
  void reply
    .code(described.status)
    .headers({ ...ERROR_HEADERS, [REQUEST_ID_HEADER]: request.id })
    .send(errorBody([described], request.id));
}

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (request line or headers over the limit: 431;
 * unparsable requests: 400; a request that does not arrive in time: 408). Fastify's default answer is JSON outside
 * the envelope; this one writes the envelope, then closes the connection as Node does.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const requestId = randomUUID();
  const body = JSON.stringify(
    errorBody([{ type: ERROR_TYPE_BY_STATUS[status], message: MESSAGE_BY_STATUS[status] }], requestId),
  );
  if (socket.writable) {
    const reason = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[status];
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n' +
        `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
