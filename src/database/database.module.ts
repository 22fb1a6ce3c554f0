import { setTimeout as sleep } from 'node:timers/promises';
import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppSetting } from './app-setting.entity';
import { AppSecrets } from './app-secrets.service';
import {
  classifyConnectionError,
  CONNECT_RETRY_ATTEMPTS,
  CONNECT_RETRY_DELAY_MS,
  DatabaseConnectionError,
} from './connection-errors';
import { createDataSource, type DatabaseTarget } from './data-source';

export interface DatabaseModuleOptions {
  target: DatabaseTarget;
  /** Run pending migrations while starting (default true). */
  migrationsRun?: boolean;
  /** CLI and worker: an embedded database in use by the API is reached through its bridge socket. */
  shareEmbedded?: boolean;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          // Retries are ours (below): only a server that is not answering yet is worth waiting for; a missing
          // database, a refused password or a locked embedded database stop at once with the fix in the message.
          useFactory: () => ({ type: 'postgres', autoLoadEntities: true, toRetry: () => false }),
          dataSourceFactory: async (typeormOptions) => {
            const logger = new Logger('Database');
            for (let attempt = 1; ; attempt++) {
              const ds = await createDataSource(
                options.target,
                { entities: typeormOptions?.entities, migrationsRun: options.migrationsRun ?? true },
                { shareEmbedded: options.shareEmbedded },
              );
              try {
                return await ds.initialize();
              } catch (err) {
                await ds.destroy().catch(() => undefined);
                if (options.target.kind !== 'postgres') throw err;
                const known = classifyConnectionError(err, options.target.url);
                if (!known) throw err;
                if (!known.transient || attempt >= CONNECT_RETRY_ATTEMPTS)
                  throw new DatabaseConnectionError(known.message, known.transient);
                logger.warn(`${known.message} Retrying (${attempt}/${CONNECT_RETRY_ATTEMPTS - 1})...`);
                await sleep(CONNECT_RETRY_DELAY_MS);
              }
            }
          },
        }),
        TypeOrmModule.forFeature([AppSetting]),
      ],
      providers: [AppSecrets],
      exports: [AppSecrets],
    };
  }
}
