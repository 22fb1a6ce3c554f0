import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Env } from './env';

/**
 * Validated configuration (see `loadEnv`). `Env` is injectable and typed; `ConfigService` works too.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: () => ({ ...env }) })],
      providers: [{ provide: Env, useValue: env }],
      exports: [Env],
    };
  }
}
