import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { OnEvent } from '../../events/event.decorator';
import { EventsService } from '../../events/events.service';
import { Periodic } from '../../jobs/periodic.decorator';
import { MailService } from '../mail/mail.service';
import { UsersService } from '../users/users.service';
import { saqCatalog } from './saq-catalog';
import { SAQ_EXPIRING, type SaqExpiringEvent } from './saq.events';
import { Saq } from './saq.entity';

/** The reminder goes this long before an approved SAQ is a year old. */
export const REMINDER_DAYS_BEFORE_EXPIRY = 30;
export const REMINDER_TASK = 'saq.expiry-reminders';
const BATCH = 100;

/**
 * Reminds organizations that their next SAQ is due. The periodic task claims approved SAQs whose expiry (a year after
 * the attestation date) is 30 days away or less, that were not reminded yet and that no later approved SAQ of the same
 * type replaces: rows are locked with FOR UPDATE SKIP LOCKED, marked reminded and `saq.expiring` is published in the
 * same transaction, so with any number of instances each SAQ is reminded once. The subscriber below emails the
 * organization's Admins (in-app notifications can subscribe to the same event).
 */
@Injectable()
export class SaqRemindersService {
  private readonly logger = new Logger('SaqReminders');

  constructor(
    @InjectTenantRepository(Saq) private readonly saqs: TenantRepository<Saq>,
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly users: UsersService,
    private readonly mail: MailService,
  ) {}

  @Periodic({ name: REMINDER_TASK, everyMs: 15 * 60_000 })
  async remindDue(now = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.claimBatch(now);
      total += claimed;
      if (claimed < BATCH) break;
    }
    if (total) this.logger.log(`${total} SAQ expiry reminder(s) published`);
    return total;
  }

  private claimBatch(now: Date): Promise<number> {
    const dueBy = new Date(now.getTime() + REMINDER_DAYS_BEFORE_EXPIRY * 86_400_000);
    return this.dataSource.transaction(async (tx) => {
      // Installation-wide work that no caller asked for: every organization's SAQs.
      const everywhere = TenantScope.everywhere();
      const saqs = this.saqs.in(tx);
      const due = await saqs
        .query(everywhere, 's')
        .andWhere(`s.state = 'approved'`)
        .andWhere('s.expiry_reminder_sent_at IS NULL')
        .andWhere('s.expires_at <= :dueBy', { dueBy })
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM saqs n WHERE n.organization_id = s.organization_id AND n.type = s.type
             AND n.state = 'approved' AND n.approved_at > s.approved_at)`,
        )
        .orderBy('s.expires_at', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (!due.length) return 0;
      await saqs.update(everywhere, { id: In(due.map((s) => s.id)) }, { expiryReminderSentAt: now });
      for (const saq of due) {
        await this.events.publish(tx, SAQ_EXPIRING, {
          organizationId: saq.organizationId,
          saqId: saq.id,
          type: saq.type,
          status: saq.status,
          approvedAt: saq.approvedAt!.toISOString(),
          expiresAt: saq.expiresAt!.toISOString(),
        });
      }
      return due.length;
    });
  }

  /** Emails every Admin of the organization. A redelivery of the same event can repeat the mail; nothing else. */
  @OnEvent(SAQ_EXPIRING, { name: 'saq.expiry-mail' })
  async mailAdmins(event: SaqExpiringEvent): Promise<void> {
    const saq = await this.saqs.findOne(TenantScope.ofPayload(event), { id: event.saqId });
    if (!saq) return; // deleted meanwhile
    const name = saqCatalog.get(saq.type).definition.name;
    const expires = event.expiresAt.slice(0, 10);
    const days = Math.max(0, Math.ceil((Date.parse(event.expiresAt) - Date.now()) / 86_400_000));
    const company = saq.part1.company_name ?? 'your organization';
    for (const admin of await this.users.adminsOf(event.organizationId)) {
      await this.mail.send({
        to: admin.email,
        subject: `Your PCI DSS ${name} is due for renewal on ${expires}`,
        template: 'saq.expiring',
        organizationId: event.organizationId,
        text:
          `Hello ${admin.firstName ?? admin.username},\n\n` +
          `The ${name} that ${company} attested on ${saq.attestation?.date ?? event.approvedAt.slice(0, 10)} ` +
          `(assessment period ${saq.periodStart} to ${saq.periodEnd}) is a year old on ${expires}, ` +
          `${days === 0 ? 'today' : `in ${days} day(s)`}. Acquirers expect a new self-assessment every year.\n\n` +
          `Start next year's questionnaire from this one with POST /v2/saqs/${saq.id}/clone, review the answers, ` +
          'make sure a passing ASV scan from the last 90 days is on record where the SAQ includes requirement 11.3.2, ' +
          'and approve it before that date.\n',
      });
    }
  }
}
