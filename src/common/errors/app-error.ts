import { HttpException, HttpStatus } from '@nestjs/common';

/** One problem in the common error envelope: `{"errors": [{message, type, timestamp}]}`. */
export interface ErrorEntry {
  message: string;
  type: string;
}

/**
 * The one exception type the API throws on purpose. `type` is a stable machine-readable code
 * (`not_found`, `parameter_error`, `mfa.step_up_required`, ...); `message` is safe to show to the caller.
 */
export class AppError extends HttpException {
  constructor(
    status: number,
    readonly entries: ErrorEntry[],
    readonly headers: Record<string, string> = {},
  ) {
    super(entries.map((e) => e.message).join('; '), status);
  }

  static of(status: number, type: string, message: string, headers?: Record<string, string>): AppError {
    return new AppError(status, [{ type, message }], headers);
  }
}

/**
 * "Missing" and "not yours" are the same answer, so that ids of other organizations cannot be probed. The message is
 * always API.md's "Record Not Found" (clients match it), whatever kind of record was looked for.
 */
export class RecordNotFound extends AppError {
  constructor() {
    super(HttpStatus.NOT_FOUND, [{ type: 'not_found', message: 'Record Not Found' }]);
  }
}

export class ParameterError extends AppError {
  constructor(messages: string[]) {
    super(
      HttpStatus.UNPROCESSABLE_ENTITY,
      messages.map((message) => ({ type: 'parameter_error', message })),
    );
  }
}

export const Unauthorized = (message = 'Unauthorized', type = 'unauthorized') =>
  AppError.of(HttpStatus.UNAUTHORIZED, type, message);
export const Forbidden = (message = 'Forbidden', type = 'forbidden') =>
  AppError.of(HttpStatus.FORBIDDEN, type, message);
export const Conflict = (message: string, type = 'conflict') => AppError.of(HttpStatus.CONFLICT, type, message);
export const TooManyRequests = (retryAfterSeconds: number, message = 'Too many requests, try again later') =>
  AppError.of(HttpStatus.TOO_MANY_REQUESTS, 'too_many_requests', message, {
    'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  });
export const NotImplementedYet = (message: string) =>
  AppError.of(HttpStatus.NOT_IMPLEMENTED, 'not_implemented', message);
