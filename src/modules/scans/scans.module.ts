import { Module } from '@nestjs/common';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { PortListsModule } from '../port-lists/port-lists.module';
import { ScanEnginesModule } from '../scan-engines/scan-engines.module';
import { ScannersModule } from '../scanners/scanners.module';
import { TargetsModule } from '../targets/targets.module';
import { VulnerabilitiesModule } from '../vulnerabilities/vulnerabilities.module';
import { ScanFinding } from './scan-finding.entity';
import { ScanHistory } from './scan-history.entity';
import { ScanHost } from './scan-host.entity';
import { ScanInputs } from './scan-inputs';
import { ScanRecoveryService } from './scan-recovery.service';
import { userOwnedResource } from '../../common/ports/user-resources';
import { ScanResultsController } from './scan-results.controller';
import { ScanResultsService } from './scan-results.service';
import { RunTransitions } from './scan-run-transitions';
import { ScanRunner } from './scan-runner.service';
import { Scan } from './scan.entity';
import { ScansController } from './scans.controller';
import { ScansService } from './scans.service';

/**
 * Scans, their runs (pg-boss jobs with heartbeat and recovery, state changes in `RunTransitions`, which publishes the
 * `scan.*` events of scans.events.ts) and per-run results.
 */
@Module({
  imports: [
    TenantRepositoryModule.forFeature([Scan, ScanHistory, ScanHost, ScanFinding]),
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
    RunTransitions,
    ScanRecoveryService,
    userOwnedResource('scans', Scan),
  ],
  exports: [ScansService, ScanResultsService],
})
export class ScansModule {}
