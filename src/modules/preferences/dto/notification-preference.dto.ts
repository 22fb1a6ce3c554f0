import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_EVENT_NAMES } from '../notification-events';

export class NotificationPreferenceAttributesDto {
  @ApiProperty({ enum: NOTIFICATION_EVENT_NAMES }) event: string;
  @ApiProperty({ example: 'A scan completed' }) description: string;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ description: 'What applies while the user has not chosen' }) enabled_by_default: boolean;
  @ApiProperty({
    description:
      'Whether this event is also emailed while enabled (otherwise it is an in-app notification only). Fixed per event.',
  })
  email: boolean;
}
