import { Injectable } from '@nestjs/common';
import { type EventMeta, OnEvent } from '../../events/event.decorator';
import {
  EXCEPTION_APPROVED,
  EXCEPTION_CREATED,
  EXCEPTION_EXPIRED,
  EXCEPTION_EXPIRING,
  EXCEPTION_REJECTED,
  EXCEPTION_RESET,
  type ExceptionEvent,
} from '../exceptions/exceptions.events';
import { KIND_TITLES } from '../reports/report-kinds';
import {
  REPORT_FAILED,
  REPORT_GENERATED,
  type ReportFailedEvent,
  type ReportGeneratedEvent,
} from '../reports/reports.events';
import { SAQ_APPROVED, type SaqApprovedEvent } from '../saq/saq.events';
import {
  SCAN_COMPLETED,
  SCAN_FAILED,
  SCAN_STARTED,
  SCAN_STOPPED,
  type ScanCompletedEvent,
  type ScanFailedEvent,
  type ScanRunEvent,
  type ScanStoppedEvent,
} from '../scans/scans.events';
import { SCAN_SCHEDULED, type ScanScheduledEvent } from '../schedules/schedules.events';
import { UsersService } from '../users/users.service';
import { WEBHOOK_DISABLED, type WebhookDisabledEvent } from '../webhooks/webhooks.events';
import type { NotificationEvent } from '../preferences/notification-events';
import { NotificationsService } from './notifications.service';

const words = (s: string) => s.replace(/_/g, ' ');
/** An ISO-8601 UTC time to the minute, as people read it: `2031-01-06 08:00 UTC`. */
const utcMinute = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Domain events → notifications. Who is told: a scan's owner and the organization's Admins (scan events, and a new
 * schedule of a scan); a report's
 * requester (report events); the organization's Admins, who review exceptions (`PUT /v2/exceptions/activate` and
 * `reject` need Admin), when one is asked for; its requester when it is approved, rejected, expires or is reset, and
 * the requester and the Admins a week before an active one expires; the
 * organization's Admins when a SAQ is approved. The user who made the change is not told about it (except for their
 * own scans, which they follow). Each handler is its own subscriber (one pg-boss job per event, at least once);
 * `NotificationsService.notify` is idempotent by (event id, user).
 */
@Injectable()
export class NotificationSubscribers {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
  ) {}

  private async admins(organizationId: string, except: (string | null)[] = []): Promise<string[]> {
    return (await this.users.adminsOf(organizationId)).map((a) => a.id).filter((id) => !except.includes(id));
  }

  private async scan(event: ScanRunEvent, meta: EventMeta, kind: NotificationEvent, title: string, body: string) {
    const owner = event.ownerId ?? event.userId;
    await this.notifications.notify(
      meta.eventId,
      event.organizationId,
      [owner, ...(await this.admins(event.organizationId))],
      {
        event: kind,
        title: `${title}: ${event.scanName}`,
        body,
        resourceType: 'scan',
        resourceId: event.scanId,
      },
    );
  }

  /** The scan's owner and the organization's Admins, not the user who made the schedule (off by default). */
  @OnEvent(SCAN_SCHEDULED, { name: 'notifications.scan-scheduled' })
  async onScanScheduled(event: ScanScheduledEvent, meta: EventMeta) {
    const first = event.nextRunAt ? `; first run ${utcMinute(event.nextRunAt)}` : ' (disabled for now)';
    await this.notifications.notify(
      meta.eventId,
      event.organizationId,
      [event.scanOwnerId, ...(await this.admins(event.organizationId))].filter((id) => id !== event.userId),
      {
        event: 'scan_scheduled',
        title: `Scan scheduled: ${event.scanName}`,
        body: `The scan "${event.scanName}" was scheduled (${words(event.frequency)}, ${event.timeZone})${first}.`,
        resourceType: 'schedule',
        resourceId: event.scheduleId,
      },
    );
  }

  @OnEvent(SCAN_STARTED, { name: 'notifications.scan-started' })
  async onScanStarted(event: ScanRunEvent, meta: EventMeta) {
    const how = event.trigger === 'schedule' ? ' on its schedule' : '';
    await this.scan(event, meta, 'scan_started', 'Scan started', `The scan "${event.scanName}" started${how}.`);
  }

  @OnEvent(SCAN_COMPLETED, { name: 'notifications.scan-completed' })
  async onScanCompleted(event: ScanCompletedEvent, meta: EventMeta) {
    const c = event.counts;
    const body =
      `The scan "${event.scanName}" completed: ${plural(c.total, 'vulnerability', 'vulnerabilities')} ` +
      `(${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low), ` +
      `${event.changes.new} new, ${event.changes.fixed} fixed; ${plural(event.hosts.up, 'host')} up. ` +
      `PCI: ${event.pci.status}.`;
    await this.scan(event, meta, 'scan_completed', 'Scan completed', body);
  }

  @OnEvent(SCAN_STOPPED, { name: 'notifications.scan-stopped' })
  async onScanStopped(event: ScanStoppedEvent, meta: EventMeta) {
    const why = event.reason === 'recovered' ? ' (after a stop request, by recovery)' : '';
    await this.scan(event, meta, 'scan_stopped', 'Scan stopped', `The scan "${event.scanName}" was stopped${why}.`);
  }

  @OnEvent(SCAN_FAILED, { name: 'notifications.scan-failed' })
  async onScanFailed(event: ScanFailedEvent, meta: EventMeta) {
    await this.scan(event, meta, 'scan_failed', 'Scan failed', `The scan "${event.scanName}" failed: ${event.reason}`);
  }

  @OnEvent(REPORT_GENERATED, { name: 'notifications.report-generated' })
  async onReportGenerated(event: ReportGeneratedEvent, meta: EventMeta) {
    const what = `${KIND_TITLES[event.kind] ?? words(event.kind)} (${event.format.toUpperCase()})`;
    await this.notifications.notify(meta.eventId, event.organizationId, [event.requestedBy], {
      event: event.advancedReportId ? 'advanced_report_generated' : 'report_generated',
      title: `Report ready: ${what}`,
      body: `Your report ${what} is ready to download: ${event.fileName}, ${event.size.toLocaleString('en-US')} bytes, SHA-256 ${event.sha256}.`,
      resourceType: 'report',
      resourceId: event.reportId,
    });
  }

  @OnEvent(REPORT_FAILED, { name: 'notifications.report-failed' })
  async onReportFailed(event: ReportFailedEvent, meta: EventMeta) {
    const what = `${KIND_TITLES[event.kind] ?? words(event.kind)} (${event.format.toUpperCase()})`;
    await this.notifications.notify(meta.eventId, event.organizationId, [event.requestedBy], {
      event: 'report_failed',
      title: `Report failed: ${what}`,
      body: `Your report ${what} could not be generated: ${event.reason}`,
      resourceType: 'report',
      resourceId: event.reportId,
    });
  }

  @OnEvent(EXCEPTION_CREATED, { name: 'notifications.exception-created' })
  async onExceptionCreated(event: ExceptionEvent, meta: EventMeta) {
    const reviewers = await this.admins(event.organizationId, [event.actorId]);
    await this.notifications.notify(meta.eventId, event.organizationId, reviewers, {
      event: 'exception_created',
      title: `Exception to review: ${event.checkId}`,
      body: `${describe(event)} waits for review (PUT /v2/exceptions/activate or /v2/exceptions/reject).`,
      resourceType: 'exception',
      resourceId: event.exceptionId,
    });
  }

  private async toRequester(event: ExceptionEvent, meta: EventMeta, kind: NotificationEvent, verb: string) {
    if (!event.userId || event.userId === event.actorId) return;
    await this.notifications.notify(meta.eventId, event.organizationId, [event.userId], {
      event: kind,
      title: `Exception ${verb}: ${event.checkId}`,
      body: `${describe(event)} was ${verb}.`,
      resourceType: 'exception',
      resourceId: event.exceptionId,
    });
  }

  @OnEvent(EXCEPTION_APPROVED, { name: 'notifications.exception-approved' })
  async onExceptionApproved(event: ExceptionEvent, meta: EventMeta) {
    await this.toRequester(event, meta, 'exception_approved', 'approved');
  }

  @OnEvent(EXCEPTION_REJECTED, { name: 'notifications.exception-rejected' })
  async onExceptionRejected(event: ExceptionEvent, meta: EventMeta) {
    await this.toRequester(event, meta, 'exception_rejected', 'rejected');
  }

  @OnEvent(EXCEPTION_EXPIRED, { name: 'notifications.exception-expired' })
  async onExceptionExpired(event: ExceptionEvent, meta: EventMeta) {
    await this.toRequester(event, meta, 'exception_expired', 'expired');
  }

  /** Its requester and the Admins, who can ask for and approve a new one before the findings count again. */
  @OnEvent(EXCEPTION_EXPIRING, { name: 'notifications.exception-expiring' })
  async onExceptionExpiring(event: ExceptionEvent, meta: EventMeta) {
    const when = event.expiresAt ? `on ${utcMinute(event.expiresAt)}` : 'soon';
    await this.notifications.notify(
      meta.eventId,
      event.organizationId,
      [event.userId, ...(await this.admins(event.organizationId))],
      {
        event: 'exception_expiring',
        title: `Exception expiring: ${event.checkId}`,
        body:
          `${describe(event)} expires ${when}; the findings it covers count again from then. ` +
          `To keep it, reset it and ask for a new one before that date.`,
        resourceType: 'exception',
        resourceId: event.exceptionId,
      },
    );
  }

  @OnEvent(EXCEPTION_RESET, { name: 'notifications.exception-reset' })
  async onExceptionReset(event: ExceptionEvent, meta: EventMeta) {
    await this.toRequester(event, meta, 'exception_reset', 'reset');
  }

  @OnEvent(SAQ_APPROVED, { name: 'notifications.saq-approved' })
  async onSaqApproved(event: SaqApprovedEvent, meta: EventMeta) {
    await this.notifications.notify(
      meta.eventId,
      event.organizationId,
      await this.admins(event.organizationId, [event.approvedBy]),
      {
        event: 'saq_approved',
        title: `SAQ ${event.type} approved`,
        body: `The self-assessment questionnaire SAQ ${event.type} was approved (status: ${words(event.status)}).`,
        resourceType: 'saq',
        resourceId: event.saqId,
      },
    );
  }

  /** The webhook's creator and the organization's Admins (who may see and fix webhooks). */
  @OnEvent(WEBHOOK_DISABLED, { name: 'notifications.webhook-disabled' })
  async onWebhookDisabled(event: WebhookDisabledEvent, meta: EventMeta) {
    await this.notifications.notify(
      meta.eventId,
      event.organizationId,
      [event.createdByUserId, ...(await this.admins(event.organizationId))],
      {
        event: 'webhook_disabled',
        title: `Webhook disabled: ${event.name}`,
        body:
          `The webhook "${event.name}" (${event.url}) was disabled on ${event.disabledAt}: ${event.reason}. ` +
          `Events are no longer sent to it; its delivery log (GET /v2/webhooks/${event.webhookId}/deliveries) shows ` +
          `what the receiver answered. Once the receiver works again, activate it ` +
          `(PUT /v2/webhooks/${event.webhookId}/activate) and send a test (POST .../ping).`,
        resourceType: 'webhook',
        resourceId: event.webhookId,
      },
    );
  }
}

function describe(e: ExceptionEvent): string {
  const where =
    e.scope === 'vulnerability'
      ? 'one finding'
      : e.scope === 'organization'
        ? 'the whole organization'
        : `one ${e.scope}`;
  const reason = words(e.reason);
  const article = /^[aeiou]/.test(reason) ? 'An' : 'A';
  return `${article} ${reason} exception for ${e.checkId} (${where}, ${plural(e.coveredCount, 'finding')} covered)`;
}
