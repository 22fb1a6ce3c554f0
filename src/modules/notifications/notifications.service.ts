import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { RecordNotFound } from '../../common/errors/app-error';
import type { ListQuery, ListSpec } from '../../common/listing/list-query';
import { paginate } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { Env } from '../../config/env';
import { Periodic } from '../../jobs/periodic.decorator';
import { MailService } from '../mail/mail.service';
import {
  NOTIFICATION_EVENT_NAMES,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
} from '../preferences/notification-events';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';
import { type UserContact, UsersService } from '../users/users.service';
import { Notification } from './notification.entity';

export const NOTIFICATION_LIST_SPEC: ListSpec = {
  columns: {
    event: { sql: 'n.event', type: 'enum', values: NOTIFICATION_EVENT_NAMES },
    title: { sql: 'n.title', type: 'string' },
    body: { sql: 'n.body', type: 'string', sortable: false },
    resource_type: { sql: 'n.resource_type', type: 'string' },
    resource_id: { sql: 'n.resource_id', type: 'uuid' },
    read: { sql: '(n.read_at IS NOT NULL)', type: 'boolean', sortable: false },
    seen: { sql: '(n.seen_at IS NOT NULL)', type: 'boolean', sortable: false },
    read_at: { sql: 'n.read_at', type: 'date' },
    seen_at: { sql: 'n.seen_at', type: 'date' },
    created_at: { sql: 'n.created_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['title', 'body'],
  tieBreaker: 'n.id',
};

/** What one domain event tells its recipients. */
export interface NotificationDraft {
  event: NotificationEvent;
  title: string;
  body: string;
  resourceType: string | null;
  resourceId: string | null;
}

export interface NotificationCounts {
  unread: number;
  unseen: number;
}

const PRUNE_BATCH = 5_000;

/**
 * In-app notifications, per user: a user reads, marks and deletes only their own, in their current organization
 * (anything else is a 404). Created from domain events by `NotificationSubscribers` through `notify()`, which honours
 * each recipient's preference for the event and emails those the catalogue marks `email` (in the same transaction as
 * the notification, so that a redelivered event neither repeats nor loses the email).
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectTenantRepository(Notification) private readonly notifications: TenantRepository<Notification>,
    private readonly preferences: NotificationPreferencesService,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly dataSource: DataSource,
    private readonly env: Env,
  ) {}

  /** Deletes notifications older than NOTIFICATIONS_RETENTION_DAYS, in batches (a bell of years is of no use). */
  @Periodic({ name: 'notifications.prune', everyMs: 60 * 60_000 })
  async prune(): Promise<number> {
    const cutoff = new Date(Date.now() - this.env.NOTIFICATIONS_RETENTION_DAYS * 86_400_000);
    let deleted = 0;
    for (;;) {
      // Installation-wide on purpose (every organization's old notifications), as the other retention tasks.
      const [, count] = (await this.dataSource.query(
        `DELETE FROM notifications WHERE id IN (SELECT id FROM notifications WHERE created_at < $1 LIMIT ${PRUNE_BATCH})`,
        [cutoff],
      )) as [unknown, number];
      deleted += Number(count ?? 0);
      if (Number(count ?? 0) < PRUNE_BATCH) return deleted;
    }
  }

  /** The caller's own organization only: notifications are personal, not part of the organizations they manage. */
  private scopeOf(auth: AuthContext) {
    return TenantScope.of(auth.user.organizationId);
  }

  async list(auth: AuthContext, query: ListQuery) {
    const scope = this.scopeOf(auth);
    const qb = this.notifications.query(scope, 'n').where('n.user_id = :userId', { userId: auth.user.id });
    const { items, meta } = await paginate(qb, query, NOTIFICATION_LIST_SPEC);
    return { items, meta: { ...meta, ...(await this.counts(auth)) } };
  }

  async counts(auth: AuthContext): Promise<NotificationCounts> {
    const scope = this.scopeOf(auth);
    const [unread, unseen] = await Promise.all([
      this.notifications.count(scope, { userId: auth.user.id, readAt: IsNull() }),
      this.notifications.count(scope, { userId: auth.user.id, seenAt: IsNull() }),
    ]);
    return { unread, unseen };
  }

  async get(auth: AuthContext, id: string): Promise<Notification> {
    const found = await this.notifications.get(this.scopeOf(auth), id);
    // Another user's notification is as missing as one that does not exist.
    if (found.userId !== auth.user.id) throw new RecordNotFound();
    return found;
  }

  /** Read implies seen. */
  async markRead(auth: AuthContext, id: string): Promise<Notification> {
    await this.get(auth, id);
    await this.notifications.update(
      this.scopeOf(auth),
      { id, userId: auth.user.id, readAt: IsNull() },
      { readAt: () => 'now()', seenAt: () => 'COALESCE(seen_at, now())' },
    );
    return this.get(auth, id);
  }

  async markSeen(auth: AuthContext, id: string): Promise<Notification> {
    await this.get(auth, id);
    await this.notifications.update(
      this.scopeOf(auth),
      { id, userId: auth.user.id, seenAt: IsNull() },
      { seenAt: () => 'now()' },
    );
    return this.get(auth, id);
  }

  async markAllRead(auth: AuthContext): Promise<NotificationCounts & { updated: number }> {
    const updated = await this.notifications.update(
      this.scopeOf(auth),
      { userId: auth.user.id, readAt: IsNull() },
      { readAt: () => 'now()', seenAt: () => 'COALESCE(seen_at, now())' },
    );
    return { updated, ...(await this.counts(auth)) };
  }

  async markAllSeen(auth: AuthContext): Promise<NotificationCounts & { updated: number }> {
    const updated = await this.notifications.update(
      this.scopeOf(auth),
      { userId: auth.user.id, seenAt: IsNull() },
      { seenAt: () => 'now()' },
    );
    return { updated, ...(await this.counts(auth)) };
  }

  async remove(auth: AuthContext, id: string): Promise<void> {
    await this.get(auth, id);
    await this.notifications.delete(this.scopeOf(auth), { id, userId: auth.user.id });
  }

  /**
   * Creates the notification of one domain event for each recipient whose preference for the event is on (once per
   * (user, event), whatever the redeliveries), in the recipient's own organization, and queues its email where the
   * catalogue says the event is emailed and the user can be reached. `recipients`: user ids (unknown ones skipped).
   * Answers how many notifications it created.
   */
  async notify(
    eventId: string,
    eventOrganizationId: string,
    recipientIds: (string | null | undefined)[],
    draft: NotificationDraft,
  ): Promise<number> {
    const contacts = await this.users.contactsOf(recipientIds);
    if (!contacts.length) return 0;
    const enabled = await this.preferences.enabledAmong(
      contacts.map((c) => c.id),
      draft.event,
    );
    const wanted = contacts.filter((c) => enabled.has(c.id));
    if (!wanted.length) return 0;
    const scope = TenantScope.of(eventOrganizationId, [...new Set(wanted.map((c) => c.organizationId))]);
    const already = new Set(
      (await this.notifications.find(scope, { eventId, userId: In(wanted.map((c) => c.id)) })).map((n) => n.userId),
    );
    const fresh = wanted.filter((c) => !already.has(c.id));
    if (!fresh.length) return 0;
    await this.dataSource.transaction(async (tx) => {
      await this.notifications.in(tx).insert(
        scope,
        fresh.map((c) => ({
          organizationId: c.organizationId,
          userId: c.id,
          eventId,
          event: draft.event,
          title: draft.title.slice(0, 255),
          body: draft.body,
          resourceType: draft.resourceType,
          resourceId: draft.resourceId,
        })),
      );
      if (!NOTIFICATION_EVENTS[draft.event].email) return;
      for (const c of fresh.filter((r) => r.reachable && r.email))
        await this.mail.sendInTransaction(tx, this.emailOf(c, draft));
    });
    return fresh.length;
  }

  private emailOf(contact: UserContact, draft: NotificationDraft) {
    const description = NOTIFICATION_EVENTS[draft.event].description;
    return {
      to: contact.email,
      subject: draft.title,
      template: `notifications.${draft.event}`,
      // The recipient's organization: its whitelabel branding (sender name, reply-to, signature).
      organizationId: contact.organizationId,
      text: [
        `Hello ${contact.username},`,
        '',
        draft.body,
        '',
        `You receive this email because notifications for "${description}" (${draft.event}) are on in your preferences.`,
        `To stop them: PUT /v2/user/preferences/notifications/${draft.event}/disable`,
        '',
      ].join('\n'),
    };
  }
}
