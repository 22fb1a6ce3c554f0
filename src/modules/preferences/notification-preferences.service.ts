import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { ParameterError } from '../../common/errors/app-error';
import {
  isNotificationEvent,
  NOTIFICATION_EVENT_NAMES,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
} from './notification-events';
import { NotificationPreference } from './notification-preference.entity';

export interface PreferenceView {
  event: NotificationEvent;
  description: string;
  enabled: boolean;
  enabled_by_default: boolean;
  email: boolean;
}

@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectRepository(NotificationPreference) private readonly preferences: Repository<NotificationPreference>,
  ) {}

  /** For whoever sends notifications: the user's choice, or the event's default when the user has not chosen. */
  async isEnabled(userId: string, event: NotificationEvent): Promise<boolean> {
    if (!isNotificationEvent(event)) throw new Error(`Unknown notification event ${event}`);
    const row = await this.preferences.findOneBy({ userId, event });
    return row ? row.enabled : NOTIFICATION_EVENTS[event].enabledByDefault;
  }

  /** Of these users, those for whom the event is on (one query: for senders fanning out to many users). */
  async enabledAmong(userIds: string[], event: NotificationEvent): Promise<Set<string>> {
    if (!isNotificationEvent(event)) throw new Error(`Unknown notification event ${event}`);
    const unique = [...new Set(userIds)];
    if (!unique.length) return new Set();
    const rows = await this.preferences.findBy({ userId: In(unique), event });
    const chosen = new Map(rows.map((r) => [r.userId, r.enabled]));
    const byDefault = NOTIFICATION_EVENTS[event].enabledByDefault;
    return new Set(unique.filter((id) => chosen.get(id) ?? byDefault));
  }

  /** Every event of the catalogue with the user's current setting. */
  async list(userId: string): Promise<PreferenceView[]> {
    const rows = await this.preferences.findBy({ userId });
    const chosen = new Map(rows.map((r) => [r.event, r.enabled]));
    return NOTIFICATION_EVENT_NAMES.map((event) => this.view(event, chosen.get(event)));
  }

  async set(userId: string, event: string, enabled: boolean): Promise<PreferenceView> {
    if (!isNotificationEvent(event))
      throw new ParameterError([`event must be one of ${NOTIFICATION_EVENT_NAMES.join(', ')}`]);
    await this.preferences.upsert({ userId, event, enabled }, ['userId', 'event']);
    return this.view(event, enabled);
  }

  private view(event: NotificationEvent, chosen: boolean | undefined): PreferenceView {
    const def = NOTIFICATION_EVENTS[event];
    return {
      event,
      description: def.description,
      enabled: chosen ?? def.enabledByDefault,
      enabled_by_default: def.enabledByDefault,
      email: def.email,
    };
  }
}
