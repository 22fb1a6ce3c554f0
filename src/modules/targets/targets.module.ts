import { Module } from '@nestjs/common';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ScanDenyList } from './scan-deny-list';
import { userOwnedResource } from '../../common/ports/user-resources';
import { Target } from './target.entity';
import { TargetsController } from './targets.controller';
import { TargetsService } from './targets.service';

@Module({
  imports: [TenantRepositoryModule.forFeature([Target]), OrganizationsModule],
  controllers: [TargetsController],
  providers: [TargetsService, ScanDenyList, userOwnedResource('targets', Target)],
  exports: [TargetsService, ScanDenyList],
})
export class TargetsModule {}
