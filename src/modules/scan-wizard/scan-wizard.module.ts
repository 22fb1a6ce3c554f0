import { Module } from '@nestjs/common';
import { ScansModule } from '../scans/scans.module';
import { SchedulesModule } from '../schedules/schedules.module';
import { TargetsModule } from '../targets/targets.module';
import { ScanWizardController } from './scan-wizard.controller';
import { ScanWizardService } from './scan-wizard.service';

/** `POST /v2/scans/wizard`: composes targets, scans and schedules (which do not know each other's flows). */
@Module({
  imports: [TargetsModule, ScansModule, SchedulesModule],
  controllers: [ScanWizardController],
  providers: [ScanWizardService],
})
export class ScanWizardModule {}
