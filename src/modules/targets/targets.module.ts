import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ScanDenyList } from './scan-deny-list';
import { TargetResourceOwner } from './target-resource-owner';
import { Target } from './target.entity';
import { TargetsController } from './targets.controller';
import { TargetsService } from './targets.service';

@Module({
  imports: [TypeOrmModule.forFeature([Target]), OrganizationsModule],
  controllers: [TargetsController],
  providers: [TargetsService, ScanDenyList, TargetResourceOwner],
  exports: [TargetsService, ScanDenyList],
})
export class TargetsModule {}
