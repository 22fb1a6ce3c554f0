import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ScanEnginesModule } from '../scan-engines/scan-engines.module';
import { ScanProfile, Scanner, ScannerOrganization } from './scanner.entity';
import { ScannersController } from './scanners.controller';
import { ScannersService } from './scanners.service';
import { ScanProfilesController } from './scan-profiles.controller';
import { ScanProfilesService } from './scan-profiles.service';

/** Scanners (engines installed here) and scan profiles (what a scan runs). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Scanner, ScanProfile]),
    TenantRepositoryModule.forFeature([ScannerOrganization]),
    OrganizationsModule,
    ScanEnginesModule,
  ],
  controllers: [ScannersController, ScanProfilesController],
  providers: [ScannersService, ScanProfilesService],
  exports: [ScannersService, ScanProfilesService],
})
export class ScannersModule {}
