import { Module } from '@nestjs/common';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReportsModule } from '../reports/reports.module';
import { ScansModule } from '../scans/scans.module';
import { UsersModule } from '../users/users.module';
import { WhitelabelModule } from '../whitelabel/whitelabel.module';
import { SaqPdfService } from './saq-pdf.service';
import { SaqRemindersService } from './saq-reminders.service';
import { SaqTypesController } from './saq-types.controller';
import { Saq } from './saq.entity';
import { SaqsController } from './saqs.controller';
import { SaqsService } from './saqs.service';

/**
 * PCI DSS v4.0.1 self-assessment questionnaires: the SAQ types as data files (data/), the recommender, the
 * organization's SAQs with answers, ASV scan evidence from the scans module, attestation, PDF, and the yearly renewal
 * reminder. Publishes `saq.approved` and `saq.expiring` (saq.events.ts).
 */
@Module({
  imports: [
    TenantRepositoryModule.forFeature([Saq]),
    OrganizationsModule,
    ReportsModule,
    ScansModule,
    UsersModule,
    WhitelabelModule,
  ],
  controllers: [SaqTypesController, SaqsController],
  providers: [SaqsService, SaqPdfService, SaqRemindersService],
  exports: [SaqsService],
})
export class SaqModule {}
