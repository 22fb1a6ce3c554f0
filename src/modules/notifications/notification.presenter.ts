import { resource } from '../../common/http/resource';
import type { NotificationAttributesDto } from './dto/notification.dto';
import type { Notification } from './notification.entity';

export const NOTIFICATION_TYPE = 'notification';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentNotification(n: Notification) {
  return resource<NotificationAttributesDto>(
    NOTIFICATION_TYPE,
    n.id,
    {
      event: n.event,
      title: n.title,
      body: n.body,
      resource_type: n.resourceType,
      resource_id: n.resourceId,
      read_at: iso(n.readAt),
      seen_at: iso(n.seenAt),
      created_at: n.createdAt.toISOString(),
    },
    {
      user: { data: { id: n.userId, type: 'user' } },
      organization: { data: { id: n.organizationId, type: 'organization' } },
      ...(n.resourceType && n.resourceId ? { resource: { data: { id: n.resourceId, type: n.resourceType } } } : {}),
    },
  );
}
