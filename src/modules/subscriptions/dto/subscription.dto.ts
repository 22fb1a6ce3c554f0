import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  ValidateIf,
} from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { FEATURE_NAMES } from '../features';
import { INTERVALS } from '../plan.entity';
import { SUBSCRIPTION_STATUSES } from '../subscription.entity';
import { FEATURES_SCHEMA, ProductAttributesDto } from './catalog.dto';

const PRICE = /^\d{1,10}(\.\d{1,2})?$/;
const PRICE_MESSAGE = 'price must be a non-negative amount with at most 2 decimals';

export class SubscriptionAttributesDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ example: 'pci-open', description: 'Plan code' }) plan: string;
  @ApiProperty({ format: 'uuid' }) plan_id: string;
  @ApiProperty() plan_name: string;
  @ApiProperty({ example: 'pci', description: 'Product code' }) product: string;
  @ApiProperty({ enum: SUBSCRIPTION_STATUSES }) status: string;
  @ApiProperty({ enum: INTERVALS }) interval: string;
  @ApiProperty({ format: 'date-time' }) start_date: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) end_date: string | null;
  @ApiProperty({ example: '9.99' }) price: string;
  @ApiProperty() trial_enabled: boolean;
  @ApiProperty({ ...FEATURES_SCHEMA, description: 'Features assigned to this subscription (override the plan)' })
  assigned_features: Record<string, unknown>;
  @ApiProperty({ ...FEATURES_SCHEMA, description: 'Plan features with the assigned ones applied' }) features: Record<
    string,
    unknown
  >;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) canceled_at: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class SubscribeDto {
  @ApiProperty({ example: 'pci-open', description: 'Plan code' }) @IsString() plan: string;
  @ApiPropertyOptional({
    enum: INTERVALS,
    description: "Default: the plan's. monthly/yearly end one month/year after start_date unless end_date is given",
  })
  @IsOptional()
  @IsIn(INTERVALS)
  interval?: (typeof INTERVALS)[number];
  @ApiPropertyOptional({ format: 'date-time', description: 'Default: now' })
  @IsOptional()
  @IsDateString()
  start_date?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDateString()
  end_date?: string | null;
  @ApiPropertyOptional({
    ...FEATURES_SCHEMA,
    description: 'Features of an open plan (also allowed on others: they override the plan)',
  })
  @IsOptional()
  @IsObject()
  features?: Record<string, unknown>;
  @ApiPropertyOptional({ example: '9.99', description: "Default: the plan's price" })
  @IsOptional()
  @IsString()
  @Matches(PRICE, { message: PRICE_MESSAGE })
  price?: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() trial_enabled?: boolean;
}
export class SubscribeBody extends WrappedBody('subscription', SubscribeDto) {}

export class UnsubscribeDto {
  @ApiProperty({ example: 'pci-open', description: 'Plan code of the active subscription to cancel' })
  @IsString()
  plan: string;
}
export class UnsubscribeBody extends WrappedBody('subscription', UnsubscribeDto) {}

export class UpdateSubscriptionDto {
  @ApiPropertyOptional({ enum: SUBSCRIPTION_STATUSES })
  @IsOptional()
  @IsIn(SUBSCRIPTION_STATUSES)
  status?: (typeof SUBSCRIPTION_STATUSES)[number];
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDateString()
  end_date?: string | null;
  @ApiPropertyOptional({ example: '14.33' })
  @IsOptional()
  @IsString()
  @Matches(PRICE, { message: PRICE_MESSAGE })
  price?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() trial_enabled?: boolean;
}
export class UpdateSubscriptionBody extends WrappedBody('subscription', UpdateSubscriptionDto) {}

export class AssignFeaturesDto {
  @ApiProperty(FEATURES_SCHEMA) @IsObject() features: Record<string, unknown>;
}
export class AssignFeaturesBody extends WrappedBody('subscription', AssignFeaturesDto) {}

export class RevokeFeaturesDto {
  @ApiProperty({
    type: [String],
    enum: FEATURE_NAMES,
    description: 'Assigned features to remove (the plan value applies again)',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @IsIn(FEATURE_NAMES, { each: true })
  features: string[];
}
export class RevokeFeaturesBody extends WrappedBody('subscription', RevokeFeaturesDto) {}

export class EntitlementsDto {
  @ApiProperty({
    additionalProperties: { type: 'integer', nullable: true },
    example: { number_of_ips: 16, scans_per_month: null },
  })
  limits: Record<string, number | null>;
  @ApiProperty({ additionalProperties: { type: 'boolean' }, example: { advanced_reports: true } }) flags: Record<
    string,
    boolean
  >;
}

/** A product as the signed-in user sees it (`GET /v2/user/products`, `PUT /v2/user/product`). */
export class UserProductAttributesDto extends ProductAttributesDto {
  @ApiProperty({ description: 'The organization has a subscription in force for it' }) subscribed: boolean;
  @ApiProperty({ description: "It is the user's active product" }) active: boolean;
}
