import { Injectable, Logger } from '@nestjs/common';
import { randomToken, sha256 } from '../../common/crypto';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { Env } from '../../config/env';
import { OnEvent } from '../../events/event.decorator';
import { MailService } from '../mail/mail.service';
import { UsersService } from '../users/users.service';
import { AdvancedReport } from './advanced-report.entity';
import { KIND_TITLES } from './report-kinds';
import { ReportLink } from './report-link.entity';
import { Report } from './report.entity';
import { REPORT_GENERATED, type ReportGeneratedEvent } from './reports.events';

/**
 * Emails the recipients of a recurring definition when its scheduled report is generated: each gets its own
 * download link (a 256-bit token, stored hashed, valid REPORTS_LINK_TTL_HOURS). Members of the organization always;
 * other addresses only when an Admin allowed it on the definition. Never the file itself. One link and one email per
 * (report, recipient), so a redelivered event sends nothing twice.
 */
@Injectable()
export class ReportDelivery {
  private readonly logger = new Logger(ReportDelivery.name);

  constructor(
    @InjectTenantRepository(Report) private readonly reports: TenantRepository<Report>,
    @InjectTenantRepository(AdvancedReport) private readonly definitions: TenantRepository<AdvancedReport>,
    @InjectTenantRepository(ReportLink) private readonly links: TenantRepository<ReportLink>,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly env: Env,
  ) {}

  @OnEvent(REPORT_GENERATED, { name: 'reports.deliver' })
  async onGenerated(event: ReportGeneratedEvent): Promise<void> {
    if (!event.advancedReportId) return;
    const scope = TenantScope.ofPayload(event);
    const report = await this.reports.findOne(scope, { id: event.reportId });
    if (!report || report.trigger !== 'schedule') return;
    const definition = await this.definitions.findOne(scope, { id: event.advancedReportId });
    if (!definition?.recipients.length) return;
    for (const recipient of definition.recipients) {
      const member = await this.users.findByEmail(recipient).catch(() => null);
      const internal = member?.organizationId === report.organizationId;
      if (!internal && !definition.externalRecipientsApprovedBy) {
        this.logger.warn(
          `Report ${report.id}: not sent to ${recipient.replace(/^[^@]*/, '***')} (outside the organization, not allowed)`,
        );
        continue;
      }
      await this.send(scope, report, definition, recipient);
    }
  }

  private async send(scope: TenantScope, report: Report, definition: AdvancedReport, recipient: string) {
    const token = randomToken(32);
    const expiresAt = new Date(Date.now() + this.env.REPORTS_LINK_TTL_HOURS * 3_600_000);
    try {
      await this.links.insert(scope, [
        { organizationId: report.organizationId, reportId: report.id, recipient, tokenHash: sha256(token), expiresAt },
      ]);
    } catch (err) {
      if (isUniqueViolation(err)) return; // already sent for this report
      throw err;
    }
    const base = this.env.APP_BASE_URL.replace(/\/$/, '');
    const link = `${base}/reports/links/${token}`;
    const text = [
      `The report "${definition.name}" (${KIND_TITLES[report.kind]}, ${report.format.toUpperCase()}) is ready.`,
      '',
      `Download it: ${link}`,
      `The link works until ${expiresAt.toUTCString()}.`,
      '',
      `File: ${report.fileName} (${Number(report.size ?? 0).toLocaleString('en-US')} bytes)`,
      `SHA-256: ${report.sha256}`,
      `Generated: ${report.generatedAt?.toUTCString()}`,
      '',
      'The file is signed: check a copy with POST /v2/reports/{id}/verify or offline with the public key at',
      `${base}/reports/signing_key.`,
    ].join('\n');
    try {
      await this.mail.send({
        to: recipient,
        subject: `Report ready: ${definition.name}`,
        text,
        template: 'reports.scheduled_report_ready',
        organizationId: report.organizationId,
      });
    } catch (err) {
      await this.links.delete(scope, { reportId: report.id, recipient });
      throw err;
    }
  }
}
