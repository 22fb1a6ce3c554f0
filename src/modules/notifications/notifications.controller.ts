import { Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Audited } from '../../common/audit/audited.decorator';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam } from '../../common/http/params';
import { ApiAction, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { NotificationAttributesDto, NotificationListMetaDto, NotificationsChangedDto } from './dto/notification.dto';
import { NOTIFICATION_TYPE, presentNotification } from './notification.presenter';
import { NOTIFICATION_LIST_SPEC, NotificationsService } from './notifications.service';

const MINE = "The caller's own notifications in their organization; another user's notification is a 404.";

@ApiTags('Notifications')
@Controller('v2/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'List notifications',
    description: `${MINE} Newest first. Filters: q[event], q[read]=true|false, q[seen]=true|false, q[resource_type], q[resource_id], q=<text in title or body>, dates on created_at. meta adds unread and unseen (all of the caller's, whatever the filters).`,
  })
  @ApiExtraModels(NotificationAttributesDto, NotificationListMetaDto)
  @ApiResponse({
    status: 200,
    schema: {
      type: 'object',
      required: ['data', 'meta'],
      properties: {
        data: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'type', 'attributes', 'relationships'],
            properties: {
              id: { type: 'string', format: 'uuid' },
              type: { type: 'string', example: NOTIFICATION_TYPE },
              attributes: { $ref: getSchemaPath(NotificationAttributesDto) },
              relationships: { type: 'object', additionalProperties: true },
            },
          },
        },
        meta: { $ref: getSchemaPath(NotificationListMetaDto) },
      },
    },
  })
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(NOTIFICATION_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.notifications.list(auth, query);
    return collection(items.map(presentNotification), meta);
  }

  // The *_all routes come before `:id` ones.
  @Put('read_all')
  @Authenticated()
  @Audited({ action: 'notification.read_all', resource: NOTIFICATION_TYPE })
  @ApiOperation({ summary: 'Mark all notifications read', description: `${MINE} Read implies seen.` })
  @ApiAction(NotificationsChangedDto, 200)
  markAllRead(@Auth() auth: AuthContext): Promise<NotificationsChangedDto> {
    return this.notifications.markAllRead(auth);
  }

  @Put('seen_all')
  @Authenticated()
  @Audited({ action: 'notification.seen_all', resource: NOTIFICATION_TYPE })
  @ApiOperation({ summary: 'Mark all notifications seen', description: MINE })
  @ApiAction(NotificationsChangedDto, 200)
  markAllSeen(@Auth() auth: AuthContext): Promise<NotificationsChangedDto> {
    return this.notifications.markAllSeen(auth);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Show a notification', description: MINE })
  @ApiResource(NOTIFICATION_TYPE, NotificationAttributesDto)
  @ApiErrors(404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentNotification(await this.notifications.get(auth, id)) };
  }

  @Put(':id/read')
  @HttpCode(200)
  @Authenticated()
  @Audited({ action: 'notification.read', resource: NOTIFICATION_TYPE })
  @ApiOperation({ summary: 'Mark a notification read', description: `${MINE} Read implies seen; idempotent.` })
  @ApiResource(NOTIFICATION_TYPE, NotificationAttributesDto)
  @ApiErrors(404, 422)
  async read(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentNotification(await this.notifications.markRead(auth, id)) };
  }

  @Put(':id/seen')
  @HttpCode(200)
  @Authenticated()
  @Audited({ action: 'notification.seen', resource: NOTIFICATION_TYPE })
  @ApiOperation({ summary: 'Mark a notification seen', description: `${MINE} Idempotent.` })
  @ApiResource(NOTIFICATION_TYPE, NotificationAttributesDto)
  @ApiErrors(404, 422)
  async seen(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentNotification(await this.notifications.markSeen(auth, id)) };
  }

  @Delete(':id')
  @Authenticated()
  @Audited({ action: 'notification.delete', resource: NOTIFICATION_TYPE })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiOperation({ summary: 'Delete a notification', description: MINE })
  @ApiErrors(404, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.notifications.remove(auth, id);
  }
}
