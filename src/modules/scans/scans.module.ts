import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScanLauncher } from '../../common/ports/scan-launcher';
import { PortListsModule } from '../port-lists/port-lists.module';
import { ScanEnginesModule } from '../scan-engines/scan-engines.module';
import { ScannersModule } from '../scanners/scanners.module';
import { TargetsModule } from '../targets/targets.module';
import { VulnerabilitiesModule } from '../vulnerabilities/vulnerabilities.module';
import { ScanFinding } from './scan-finding.entity';
import { ScanHistory } from './scan-history.entity';
import { ScanHost } from './scan-host.entity';
import { ScanInputs } from './scan-inputs';
import { ScansLauncher } from './scan-launcher.binding';
import { ScanRecoveryService } from './scan-recovery.service';
import { ScanResourceOwner } from './scan-resource-owner';
import { ScanResultsController } from './scan-results.controller';
import { ScanResultsService } from './scan-results.service';
import { ScanRunner } from './scan-runner.service';
import { Scan } from './scan.entity';
import { ScansController } from './scans.controller';
import { ScansService } from './scans.service';

/** Scans, their runs (pg-boss jobs with heartbeat and recovery) and per-run results. Global: binds ScanLauncher. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([Scan, ScanHistory, ScanHost, ScanFinding]),
    TargetsModule,
    PortListsModule,
    ScannersModule,
    ScanEnginesModule,
    VulnerabilitiesModule,
  ],
  controllers: [ScansController, ScanResultsController],
  providers: [
    ScansService,
    ScanResultsService,
    ScanInputs,
    ScanRunner,
    ScanRecoveryService,
    ScanResourceOwner,
    { provide: ScanLauncher, useClass: ScansLauncher },
  ],
  exports: [ScanLauncher, ScansService],
})
export class ScansModule {}
