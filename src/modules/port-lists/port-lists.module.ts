import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PortList, PortListRange } from './port-list.entity';
import { PortListsController } from './port-lists.controller';
import { PortListsService } from './port-lists.service';

@Module({
  imports: [
    TenantRepositoryModule.forFeature([PortList]),
    TypeOrmModule.forFeature([PortListRange]),
    OrganizationsModule,
  ],
  controllers: [PortListsController],
  providers: [PortListsService],
  exports: [PortListsService],
})
export class PortListsModule {}
