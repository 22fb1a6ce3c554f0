import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditController } from './audit.controller';
import { AuditRecorder } from '../../common/audit/audit-recorder';
import { AuditService } from './audit.service';

/** The audit trail. Global: every module records into it, and the interceptor in src/common writes through it. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditController],
  providers: [AuditService, { provide: AuditRecorder, useExisting: AuditService }],
  exports: [AuditService, AuditRecorder],
})
export class AuditModule {}
