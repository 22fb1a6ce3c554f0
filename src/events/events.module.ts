import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainEventReceipt, DomainEventRow } from './domain-event.entity';
import { EventsService } from './events.service';

/** Domain events (outbox + relay). Global like jobs: any module publishes and subscribes without importing it. */
@Global()
@Module({
  imports: [DiscoveryModule, TypeOrmModule.forFeature([DomainEventRow, DomainEventReceipt])],
  providers: [EventsService],
  exports: [EventsService],
})
export class EventsModule {}
