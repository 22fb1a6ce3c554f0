import 'reflect-metadata';
import path from 'node:path';
import { type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ClsService } from 'nestjs-cls';
import { AppModule } from './app.module';
import { ErrorEnvelopeFilter } from './common/errors/error.filter';
import { clientErrorHandler, frameworkErrorHandler, requestIdOf } from './common/http/framework-errors';
import { installHttpHygiene } from './common/http/http-hygiene';
import { RateLimitHeadersInterceptor } from './common/http/rate-limit';
import { createValidationPipe } from './common/http/validation';
import { PortalOrigins } from './common/ports/portal-origins';
import { type Env, loadEnv } from './config/env';
import { AppLogger, BootLogger } from './config/logging';
import type { DatabaseTarget } from './database/data-source';
import { MetricsService } from './modules/health/metrics.service';

export interface CreateAppOptions {
  /** Values that take precedence over process.env (tests). */
  envOverrides?: Record<string, string>;
  database?: DatabaseTarget;
  /** Use Nest's console logger instead of pino (quiet tests). */
  logger?: false;
  /** Modules added to the application (tests: subscribers of test-only events). */
  extraModules?: Type[];
}

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('CG Scanning API V2')
    .setDescription(
      'Multi-tenant vulnerability scanning platform. Every request carries `x-api-key`; user routes also need ' +
        '`Authorization: Bearer <JWT>` (from POST /auth/sign_in) or `Authorization: Basic <access-token>` (each security ' +
        'requirement below is the API key AND one credential). ' +
        'Errors: `{"errors":[{"message","type","timestamp"}]}`. Lists: `q[column]=value` (* wildcard), `sort_by=column:asc|desc`, ' +
        '`page`, `per_page` (≤100), `date_range_start`/`date_range_end`, `relative_date_range`.',
    )
    .setVersion('2')
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'Client API key (every request)' },
      'api-key',
    )
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Long-lived access token: `Basic <token>`' },
      'access-token',
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'x-mfa-step-up-token',
        description:
          'A fresh second factor (POST /v1/identity/auth/mfa/step-up, 5 minutes). On /v2 routes a session that proved ' +
          'a second factor within STEP_UP_WINDOW_SECONDS (default 10 minutes) needs none.',
      },
      'mfa-step-up',
    )
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
}

/** Builds the whole HTTP application; shared by main.ts, the tests and the benchmarks. */
export async function createApp(options: CreateAppOptions = {}): Promise<{ app: NestFastifyApplication; env: Env }> {
  const env = loadEnv({ ...process.env, ...options.envOverrides });
  const adapter = new FastifyAdapter({
    trustProxy: env.TRUST_PROXY,
    bodyLimit: 10 * 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    // Every answer is in the error envelope, also those Fastify and Node's HTTP parser give before a route runs.
    genReqId: requestIdOf,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ env, database: options.database, extraModules: options.extraModules }),
    adapter,
    {
      bufferLogs: options.logger !== false,
      logger: options.logger === false ? false : new BootLogger(),
      abortOnError: false,
    },
  );
  if (options.logger !== false) app.useLogger(app.get(AppLogger));
  app.enableShutdownHooks();
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorEnvelopeFilter());
  app.useGlobalInterceptors(new RateLimitHeadersInterceptor(app.get(ClsService)));
  await installHttpHygiene(app, env, app.get(PortalOrigins));

  const metrics = app.get(MetricsService);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions?.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  // Built on the first request to /docs or /docs-json, not at every start (it is the largest object the process
  // would otherwise keep: tens of MB of heap for an idle server).
  SwaggerModule.setup('docs', app, () => buildOpenApi(app), {
    jsonDocumentUrl: 'docs-json',
    customSiteTitle: 'CG Scanning API V2',
    swaggerOptions: { persistAuthorization: true },
  });
  await app.init();
  return { app, env };
}

export const projectRoot = path.resolve(__dirname, '..', '..');
