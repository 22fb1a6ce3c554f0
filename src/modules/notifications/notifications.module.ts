import { Module } from '@nestjs/common';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { PreferencesModule } from '../preferences/preferences.module';
import { UsersModule } from '../users/users.module';
import { NotificationSubscribers } from './notification-subscribers';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/**
 * In-app and email notifications: domain events (scans, reports, exceptions, SAQ) become notifications of the users
 * who should see them, as their preferences say (`PreferencesModule`).
 */
@Module({
  imports: [TenantRepositoryModule.forFeature([Notification]), PreferencesModule, UsersModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationSubscribers],
  exports: [NotificationsService],
})
export class NotificationsModule {}
