import { Inject, Injectable, type LoggerService } from '@nestjs/common';
import { Logger, type Params, PARAMS_PROVIDER_TOKEN, PinoLogger } from 'nestjs-pino';
import type { Env } from './env';

/**
 * Nest's own start-up chatter (one line per module, controller and route: ~300 lines here) is debug, not info: at
 * the default level the log shows what an operator needs (warnings, the listening address, first-start notice).
 */
const CHATTY_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

const contextOf = (params: unknown[]) => {
  const last = params[params.length - 1];
  return typeof last === 'string' ? last : undefined;
};

/** The application logger: nestjs-pino (request-bound, redacted) with Nest's wiring messages demoted to debug. */
@Injectable()
export class AppLogger extends Logger {
  constructor(logger: PinoLogger, @Inject(PARAMS_PROVIDER_TOKEN) params: Params) {
    super(logger, params);
  }

  override log(message: unknown, ...params: unknown[]) {
    if (CHATTY_CONTEXTS.has(contextOf(params) ?? '')) return super.debug(message, ...params);
    super.log(message, ...params);
  }
}

/**
 * Receives Nest's messages until the application logger is attached (and, when start-up fails, the buffered ones):
 * wiring chatter is dropped, warnings and errors go to stderr as plain lines. The error that stops the start is
 * printed by the entry point (main/worker/cli) once, with the fix where we know it, so it is not repeated here.
 */
export class BootLogger implements LoggerService {
  log() {}
  debug() {}
  verbose() {}
  warn(message: unknown, ...params: unknown[]) {
    process.stderr.write(`${contextOf(params) ? `[${contextOf(params)}] ` : ''}${String(message)}\n`);
  }
  error(message: unknown, ...params: unknown[]) {
    if (contextOf(params) === 'ExceptionHandler') return;
    this.warn(message instanceof Error ? message.message : message, ...params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.error(message, ...params);
  }
}

/** `LOG_FORMAT=auto` (default): human-readable lines on a terminal, JSON (one object a line) otherwise. */
export function prettyLogs(env: Pick<Env, 'LOG_FORMAT'>, stream: { isTTY?: boolean } = process.stdout): boolean {
  return env.LOG_FORMAT === 'pretty' || (env.LOG_FORMAT === 'auto' && stream.isTTY === true);
}

/** pino-http options for nestjs-pino: level, redaction, and the output stream (pino-pretty in this thread or JSON). */
export function pinoHttpParams(env: Pick<Env, 'LOG_LEVEL' | 'LOG_FORMAT'>): Params['pinoHttp'] {
  const options = {
    level: env.LOG_LEVEL,
    // Secrets never reach the log: credentials in headers are redacted, bodies are not logged.
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-api-key"]',
        'req.headers["x-mfa-step-up-token"]',
        'req.headers.cookie',
      ],
      censor: '[redacted]',
    },
    autoLogging: { ignore: (req: { url?: string }) => req.url === '/health' || req.url === '/metrics' },
    quietReqLogger: true,
  };
  if (!prettyLogs(env)) return options;
  // A stream in this thread rather than a `transport` (which would start a worker thread of ~10 MB for it).
  // Loaded only when used (it is not needed for JSON logs).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  const stream = pretty({
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat:
      '{if context}[{context}] {end}{msg}{if req.method} {req.method} {req.url} → {res.statusCode} ({responseTime} ms){end}',
    sync: true,
  });
  return [options, stream] as unknown as Params['pinoHttp'];
}
