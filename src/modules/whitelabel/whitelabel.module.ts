import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { WhitelabelController } from './whitelabel.controller';
import { WhitelabelSettings } from './whitelabel-settings.entity';
import { WhitelabelService } from './whitelabel.service';

/** Portal branding. Exports WhitelabelService.brandingFor() for emails and report PDFs. */
@Module({
  imports: [TypeOrmModule.forFeature([WhitelabelSettings]), OrganizationsModule],
  controllers: [WhitelabelController],
  providers: [WhitelabelService],
  exports: [WhitelabelService],
})
export class WhitelabelModule {}
