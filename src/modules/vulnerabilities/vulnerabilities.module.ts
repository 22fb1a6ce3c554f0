import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { HostsModule } from '../hosts/hosts.module';
import { EpssScore, KevEntry } from './threat-intel.entity';
import { ThreatIntelService } from './threat-intel.service';
import { VulnerabilityCheckStat } from './vulnerability-check-stat.entity';
import { Vulnerability } from './vulnerability.entity';
import { VulnerabilitiesController } from './vulnerabilities.controller';
import { VulnerabilitiesService } from './vulnerabilities.service';

@Module({
  imports: [
    TenantRepositoryModule.forFeature([Vulnerability, VulnerabilityCheckStat]),
    TypeOrmModule.forFeature([KevEntry, EpssScore]),
    HostsModule,
  ],
  controllers: [VulnerabilitiesController],
  providers: [VulnerabilitiesService, ThreatIntelService],
  exports: [VulnerabilitiesService, ThreatIntelService, HostsModule],
})
export class VulnerabilitiesModule {}
