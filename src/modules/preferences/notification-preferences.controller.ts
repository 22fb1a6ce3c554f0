import { Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse, ApiTags, getSchemaPath, ApiExtraModels } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { ApiErrors, ApiResource, resource } from '../../common/http/resource';
import { Audited } from '../../common/audit/audited.decorator';
import { NotificationPreferenceAttributesDto } from './dto/notification-preference.dto';
import { NOTIFICATION_EVENT_NAMES } from './notification-events';
import { NotificationPreferencesService, type PreferenceView } from './notification-preferences.service';

const TYPE = 'notification_preference';
const present = (userId: string, p: PreferenceView) => resource(TYPE, `${userId}:${p.event}`, p);

@ApiTags('User Preferences')
@Controller('v2/user/preferences/notifications')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "The current user's notification preferences, one per event" })
  @ApiExtraModels(NotificationPreferenceAttributesDto)
  @ApiResponse({
    status: 200,
    schema: {
      type: 'object',
      properties: {
        data: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string', example: '<user id>:scan_completed' },
              type: { type: 'string', example: TYPE },
              attributes: { $ref: getSchemaPath(NotificationPreferenceAttributesDto) },
              relationships: { type: 'object', additionalProperties: true },
            },
          },
        },
      },
    },
  })
  async list(@Auth() auth: AuthContext) {
    return { data: (await this.preferences.list(auth.user.id)).map((p) => present(auth.user.id, p)) };
  }

  @Put(':event/enable')
  @HttpCode(200)
  @Authenticated()
  @Audited({ action: 'notification_preference.enable', resource: TYPE })
  @ApiOperation({ summary: 'Enable notifications for an event' })
  @ApiParam({ name: 'event', enum: NOTIFICATION_EVENT_NAMES })
  @ApiResource(TYPE, NotificationPreferenceAttributesDto)
  @ApiErrors(422)
  async enable(@Auth() auth: AuthContext, @Param('event') event: string) {
    return { data: present(auth.user.id, await this.preferences.set(auth.user.id, event, true)) };
  }

  @Put(':event/disable')
  @HttpCode(200)
  @Authenticated()
  @Audited({ action: 'notification_preference.disable', resource: TYPE })
  @ApiOperation({ summary: 'Disable notifications for an event' })
  @ApiParam({ name: 'event', enum: NOTIFICATION_EVENT_NAMES })
  @ApiResource(TYPE, NotificationPreferenceAttributesDto)
  @ApiErrors(422)
  async disable(@Auth() auth: AuthContext, @Param('event') event: string) {
    return { data: present(auth.user.id, await this.preferences.set(auth.user.id, event, false)) };
  }
}
