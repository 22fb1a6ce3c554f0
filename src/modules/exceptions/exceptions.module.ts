import { Module } from '@nestjs/common';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ScansModule } from '../scans/scans.module';
import { TargetsModule } from '../targets/targets.module';
import { VulnerabilitiesModule } from '../vulnerabilities/vulnerabilities.module';
import { ExceptionCoverage } from './exception-coverage.service';
import { ExceptionFinding, FindingException } from './exception.entity';
import { ExceptionsController } from './exceptions.controller';
import { ExceptionsService } from './exceptions.service';

/**
 * Exceptions to findings (false positives, accepted risks, compensating controls, disputed severities), their review
 * and expiry (`exceptions.expire`), and the `exception.*` events of exceptions.events.ts. What a finding counts as is
 * written through `VulnerabilitiesService`; `ExceptionCoverage` is bound to the `FindingExceptions` port (see
 * app-ports.module.ts) so that runs storing findings apply the rules without the vulnerabilities module importing this one.
 */
@Module({
  imports: [
    TenantRepositoryModule.forFeature([FindingException, ExceptionFinding]),
    VulnerabilitiesModule,
    TargetsModule,
    ScansModule,
    OrganizationsModule,
  ],
  controllers: [ExceptionsController],
  providers: [ExceptionsService, ExceptionCoverage],
  exports: [ExceptionsService, ExceptionCoverage],
})
export class ExceptionsModule {}
