import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  ValidateNested,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { NameField, OwningOrganizationField } from '../../../common/http/common-fields';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { SUBSCRIBABLE_EVENTS } from '../webhook-catalog';
import { DELIVERY_KINDS, DELIVERY_STATUSES } from '../webhook-delivery.entity';

const EVENTS_DESCRIPTION =
  'Events to receive: any of the catalogue (see the Webhooks section of the README for each payload) or `*` for all.';
const URL_DESCRIPTION =
  'Receiver URL: https (http only with WEBHOOK_ALLOW_HTTP=true). Refused (422) when it names or resolves to a ' +
  'loopback, private, link-local, metadata or otherwise non-public address, unless WEBHOOK_ALLOW_PRIVATE=true; ' +
  'checked again at every connection (DNS rebinding). No credentials in the URL; redirects are not followed.';
const SECRET_DESCRIPTION =
  'HMAC-SHA256 key of X-CG-Hook-Signature (16-256 printable characters, used as UTF-8 bytes). ' +
  'Generated (`whsec_` + 43 characters) when not given. Stored encrypted, shown only in the create and rotate answers.';

const UrlField = (optional: boolean) => [
  optional
    ? ApiPropertyOptional({ maxLength: 2048, description: URL_DESCRIPTION })
    : ApiProperty({ maxLength: 2048, description: URL_DESCRIPTION, example: 'https://hooks.example.com/cg' }),
  ...(optional ? [IsOptional()] : []),
  IsString(),
  MaxLength(2048),
];

const EventsField = (optional: boolean) => [
  (optional ? ApiPropertyOptional : ApiProperty)({
    type: [String],
    enum: SUBSCRIBABLE_EVENTS,
    description: EVENTS_DESCRIPTION,
    example: ['scan_completed', 'scan_failed'],
  }),
  ...(optional ? [IsOptional()] : []),
  IsArray(),
  ArrayNotEmpty(),
  ArrayMaxSize(SUBSCRIBABLE_EVENTS.length),
  IsIn(SUBSCRIBABLE_EVENTS, { each: true, message: `each value must be one of ${SUBSCRIBABLE_EVENTS.join(', ')}` }),
];

const SecretField = () => [
  ApiPropertyOptional({ minLength: 16, maxLength: 256, description: SECRET_DESCRIPTION }),
  IsOptional(),
  IsString(),
  MinLength(16),
  MaxLength(256),
  Matches(/^[\x21-\x7e]+$/, { message: '$property must be printable ASCII without spaces' }),
];

const apply = (decorators: PropertyDecorator[]) => applyDecorators(...decorators);

export class WebhookAttributesDto {
  @ApiProperty({ example: 'SIEM' }) name: string;
  @ApiProperty({ example: 'https://hooks.example.com/cg' }) url: string;
  @ApiProperty({ type: [String], enum: SUBSCRIBABLE_EVENTS, example: ['scan_completed'] }) events: string[];
  @ApiProperty({ description: 'Events are delivered only while active' }) active: boolean;
  @ApiPropertyOptional({
    description: 'The signing secret: present only in the answers of create and rotate_secret (shown once)',
    example: 'whsec_3q2-7wW1k4cQm8j0yX9r6pLd5nVbZt2aUe1oHs4fGi0',
  })
  secret?: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Until then deliveries also carry X-CG-Hook-Signature-Previous (the secret before the last rotation)',
  })
  previous_secret_expires_at: string | null;
  @ApiProperty({ description: 'Deliveries in a row that failed every try' }) consecutive_failures: number;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'First failed try since the last success',
  })
  failing_since: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When it was disabled for failing',
  })
  disabled_at: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) disabled_reason: string | null;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'Creator (owner)' }) user_id:
    string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class CreateWebhookDto {
  @NameField({ example: 'SIEM' }) name: string;
  @apply(UrlField(false)) url: string;
  @apply(EventsField(false)) events: string[];
  @apply(SecretField()) secret?: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
  @OwningOrganizationField('webhook') organization_id?: string;
}
export class CreateWebhookBody extends WrappedBody('webhook', CreateWebhookDto) {}

export class UpdateWebhookDto {
  @NameField({ optional: true }) name?: string;
  @apply(UrlField(true)) url?: string;
  @apply(EventsField(true)) events?: string[];
  @ApiPropertyOptional({
    minLength: 16,
    maxLength: 256,
    description:
      'A new secret: replaces the current one like rotate_secret (the old one stays valid for the grace period)',
  })
  @IsOptional()
  @IsString()
  @MinLength(16)
  @MaxLength(256)
  @Matches(/^[\x21-\x7e]+$/, { message: '$property must be printable ASCII without spaces' })
  secret?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}
export class UpdateWebhookBody extends WrappedBody('webhook', UpdateWebhookDto) {}

export class RotateSecretDto {
  @apply(SecretField()) secret?: string;
}
/** The body is optional here: no body (or `{}`) generates the new secret. */
export class RotateSecretBody {
  @ApiPropertyOptional({ type: RotateSecretDto })
  @IsOptional()
  @IsObject({ message: 'webhook must be an object' })
  @ValidateNested()
  @Type(() => RotateSecretDto)
  webhook?: RotateSecretDto;
}

export class DeliveryAttributesDto {
  @ApiProperty({ format: 'uuid' }) webhook_id: string;
  @ApiProperty({ example: 'scan_completed', description: 'Webhook event name, or `ping`' }) event: string;
  @ApiProperty({ format: 'uuid', description: 'The payload `id` (the event; kept by a redelivery)' }) event_id: string;
  @ApiProperty({ enum: DELIVERY_KINDS }) kind: string;
  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description: 'pending (tries left), succeeded (a 2xx), failed (every try failed), cancelled (webhook deactivated)',
  })
  status: string;
  @ApiProperty({ description: 'Tries made so far' }) attempt_count: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'HTTP status of the last try (null: no answer)' })
  response_status: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) redelivery_of: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) last_attempt_at: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) next_attempt_at: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) completed_at: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class AttemptRequestDto {
  @ApiProperty() url: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) headers: Record<string, string>;
  @ApiProperty({ description: 'The raw JSON body, as signed' }) body: string;
}

export class AttemptResponseDto {
  @ApiProperty() status: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) headers: Record<string, string>;
  @ApiProperty({ description: 'The first 4 KB of the body' }) body: string;
}

export class DeliveryAttemptDto {
  @ApiProperty({ example: 1 }) number: number;
  @ApiProperty({ format: 'date-time' }) started_at: string;
  @ApiProperty() duration_ms: number;
  @ApiProperty({ type: AttemptRequestDto }) request: AttemptRequestDto;
  @ApiPropertyOptional({ nullable: true, type: AttemptResponseDto, description: 'null: no answer (see error)' })
  response: AttemptResponseDto | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'timeout after 10000 ms' }) error: string | null;
}

export class DeliveryDetailAttributesDto extends DeliveryAttributesDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The payload (the parsed body)' })
  payload: Record<string, unknown>;
  @ApiProperty({ type: [DeliveryAttemptDto], description: 'Every try, oldest first' }) attempts: DeliveryAttemptDto[];
}

export class QueuedDeliveryDto {
  @ApiProperty({ example: 'queued' }) status: string;
  @ApiProperty({ format: 'uuid', description: 'The new delivery (see GET .../deliveries/{delivery_id})' })
  delivery_id: string;
}
