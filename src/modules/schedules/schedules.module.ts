import { Module } from '@nestjs/common';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { ScansModule } from '../scans/scans.module';
import { ScheduleDispatcher } from './schedule-dispatcher.service';
import { userOwnedResource } from '../../common/ports/user-resources';
import { ScheduleRun } from './schedule-run.entity';
import { Schedule } from './schedule.entity';
import { SchedulesClock } from './schedules.clock';
import { SchedulesController } from './schedules.controller';
import { SchedulesService } from './schedules.service';
import { UpcomingScansController } from './upcoming-scans.controller';

/** Recurring scan runs. Starts them through the scans module's service, in the transaction that claims them. */
@Module({
  imports: [TenantRepositoryModule.forFeature([Schedule, ScheduleRun]), ScansModule],
  controllers: [SchedulesController, UpcomingScansController],
  providers: [SchedulesService, ScheduleDispatcher, userOwnedResource('schedules', Schedule), SchedulesClock],
  exports: [SchedulesService],
})
export class SchedulesModule {}
