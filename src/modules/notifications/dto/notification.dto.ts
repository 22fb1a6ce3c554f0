import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_EVENT_NAMES } from '../../preferences/notification-events';

export class NotificationAttributesDto {
  @ApiProperty({ enum: NOTIFICATION_EVENT_NAMES, example: 'scan_completed' }) event: string;
  @ApiProperty({ example: 'Scan completed: Weekly perimeter' }) title: string;
  @ApiProperty({ example: 'The scan found 3 vulnerabilities (0 critical, 1 high). PCI: fail.' }) body: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'scan',
    description: 'What it is about: scan, report, exception, saq, webhook',
  })
  resource_type: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) resource_id: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) read_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) seen_at: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class NotificationListMetaDto {
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 25 }) per_page: number;
  @ApiProperty({ example: 1 }) total: number;
  @ApiProperty({ example: 1 }) total_pages: number;
  @ApiProperty({ example: 2, description: "The caller's unread notifications (all of them, whatever the filters)" })
  unread: number;
  @ApiProperty({ example: 1, description: "The caller's unseen notifications (all of them, whatever the filters)" })
  unseen: number;
}

export class NotificationsChangedDto {
  @ApiProperty({ example: 3, description: 'How many notifications changed' }) updated: number;
  @ApiProperty({ example: 0 }) unread: number;
  @ApiProperty({ example: 0 }) unseen: number;
}
