import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppSetting } from './app-setting.entity';
import { AppSecrets } from './app-secrets.service';
import { createDataSource, DataDirLockedError, type DatabaseTarget } from './data-source';

export interface DatabaseModuleOptions {
  target: DatabaseTarget;
  /** Run pending migrations while starting (default true). */
  migrationsRun?: boolean;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          // A locked embedded database is not a transient failure: stop at once with the message instead of retrying.
          useFactory: () => ({
            type: 'postgres',
            autoLoadEntities: true,
            toRetry: (err: unknown) => !(err instanceof DataDirLockedError),
          }),
          dataSourceFactory: async (typeormOptions) => {
            const ds = await createDataSource(options.target, {
              entities: typeormOptions?.entities,
              migrationsRun: options.migrationsRun ?? true,
            });
            return ds.initialize();
          },
        }),
        TypeOrmModule.forFeature([AppSetting]),
      ],
      providers: [AppSecrets],
      exports: [AppSecrets],
    };
  }
}
