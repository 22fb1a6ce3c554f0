import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobsService } from './jobs.service';
import { PeriodicTasks } from './periodic-tasks.service';

/** pg-boss jobs and periodic tasks, for every module (global: infrastructure, like events and audit). */
@Global()
@Module({ imports: [DiscoveryModule], providers: [JobsService, PeriodicTasks], exports: [JobsService, PeriodicTasks] })
export class JobsModule {}
