import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { DiscoveryModule } from '@nestjs/core';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { FirstStartService } from './bootstrap/first-start.service';
import { AuthGuard } from './common/auth/auth.guard';
import { RouteAccessModule } from './common/auth/route-access.module';
import { AppPortsModule } from './app-ports.module';
import { AuditInterceptor } from './common/audit/audit.interceptor';
import { FeatureGuard } from './common/auth/feature.guard';
import { AppConfigModule } from './config/config.module';
import type { Env } from './config/env';
import { AppLogger, pinoHttpParams } from './config/logging';
import { DatabaseModule } from './database/database.module';
import type { DatabaseTarget } from './database/data-source';
import { databaseTargetFromEnv } from './database/data-source';
import { EventsModule } from './events/events.module';
import { JobsModule } from './jobs/jobs.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { MailModule } from './modules/mail/mail.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { PortListsModule } from './modules/port-lists/port-lists.module';
import { ScanEnginesModule } from './modules/scan-engines/scan-engines.module';
import { ScannersModule } from './modules/scanners/scanners.module';
import { TargetsModule } from './modules/targets/targets.module';
import { OrganizationsAdminModule } from './modules/organizations/organizations-admin.module';
import { SubscriptionsModule } from './modules/subscriptions/subscriptions.module';
import { WhitelabelModule } from './modules/whitelabel/whitelabel.module';
import { PreferencesModule } from './modules/preferences/preferences.module';
import { SchedulesModule } from './modules/schedules/schedules.module';
import { ScansModule } from './modules/scans/scans.module';
import { VulnerabilitiesModule } from './modules/vulnerabilities/vulnerabilities.module';
import { HostsModule } from './modules/hosts/hosts.module';
import { ScanWizardModule } from './modules/scan-wizard/scan-wizard.module';
import { ExceptionsModule } from './modules/exceptions/exceptions.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { AssistantModule } from './modules/assistant/assistant.module';
import { UsersModule } from './modules/users/users.module';
import { SaqModule } from './modules/saq/saq.module';
import { ReportsModule } from './modules/reports/reports.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

/** Domain modules, in no particular order. A new domain adds its module here. */
export const DOMAIN_MODULES = [
  UsersModule,
  AccountsModule,
  OrganizationsModule,
  OrganizationsAdminModule,
  SubscriptionsModule,
  WhitelabelModule,
  PreferencesModule,
  AuthModule,
  ApiKeysModule,
  AuditModule,
  HealthModule,
  MailModule,
  TargetsModule,
  PortListsModule,
  ScanEnginesModule,
  ScannersModule,
  SchedulesModule,
  ScansModule,
  VulnerabilitiesModule,
  HostsModule,
  ScanWizardModule,
  SaqModule,
  ReportsModule,
  ExceptionsModule,
  AssistantModule,
  NotificationsModule,
  WebhooksModule,
];

export interface AppModuleOptions {
  env: Env;
  database?: DatabaseTarget;
  /** Modules added after the domain modules (tests: subscribers of test events). */
  extraModules?: Type[];
  /** CLI and worker: use the running API's embedded database through its bridge socket. */
  shareEmbedded?: boolean;
}

@Module({})
export class AppModule {
  static forRoot({ env, database, extraModules, shareEmbedded }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(env),
        LoggerModule.forRoot({ pinoHttp: pinoHttpParams(env) }),
        ClsModule.forRoot({ global: true, middleware: { mount: true } }),
        DiscoveryModule,
        DatabaseModule.forRoot({ target: database ?? databaseTargetFromEnv(env), shareEmbedded }),
        JobsModule,
        EventsModule,
        AppPortsModule,
        RouteAccessModule,
        ...DOMAIN_MODULES,
        ...(extraModules ?? []),
      ],
      providers: [
        AppLogger,
        FeatureGuard,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        FirstStartService,
      ],
    };
  }
}
