import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScanSchedules } from '../../common/ports/scan-schedules';
import { ScanLauncherAccess } from './scan-launcher.access';
import { ScheduleDispatcher } from './schedule-dispatcher.service';
import { ScheduleOwner } from './schedule-owner';
import { ScheduleRun } from './schedule-run.entity';
import { Schedule } from './schedule.entity';
import { SchedulesClock } from './schedules.clock';
import { SchedulesController } from './schedules.controller';
import { SchedulesService } from './schedules.service';
import { UpcomingScansController } from './upcoming-scans.controller';

/** Global so that the scans wizard gets `ScanSchedules` without importing this module (which would be a cycle). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Schedule, ScheduleRun])],
  controllers: [SchedulesController, UpcomingScansController],
  providers: [
    SchedulesService,
    { provide: ScanSchedules, useExisting: SchedulesService },
    ScheduleDispatcher,
    ScheduleOwner,
    ScanLauncherAccess,
    SchedulesClock,
  ],
  exports: [ScanSchedules, SchedulesService],
})
export class SchedulesModule {}
