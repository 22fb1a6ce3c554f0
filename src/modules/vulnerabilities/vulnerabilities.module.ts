import { Module } from '@nestjs/common';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { HostsModule } from '../hosts/hosts.module';
import { VulnerabilityCheckStat } from './vulnerability-check-stat.entity';
import { Vulnerability } from './vulnerability.entity';
import { VulnerabilitiesController } from './vulnerabilities.controller';
import { VulnerabilitiesService } from './vulnerabilities.service';

@Module({
  imports: [TenantRepositoryModule.forFeature([Vulnerability, VulnerabilityCheckStat]), HostsModule],
  controllers: [VulnerabilitiesController],
  providers: [VulnerabilitiesService],
  exports: [VulnerabilitiesService, HostsModule],
})
export class VulnerabilitiesModule {}
