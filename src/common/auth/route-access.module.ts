import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PermissionsCatalog } from './permissions';
import { RouteAuthCheck } from './route-auth.check';

/** The route table's access rules: the boot check, the contract snapshot and the permission catalogue read it. */
@Module({
  imports: [DiscoveryModule],
  providers: [RouteAuthCheck, PermissionsCatalog],
  exports: [RouteAuthCheck, PermissionsCatalog],
})
export class RouteAccessModule {}
