import { ApiProperty, type ApiPropertyOptions, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { FEATURE_CATALOGUE, FEATURE_NAMES } from '../features';
import { INTERVALS } from '../plan.entity';

const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const CODE_MESSAGE = 'must be 1-64 lower-case letters, digits, - or _';

/**
 * The features object of plans and subscriptions, property by property from the catalogue (features.ts), with what an
 * omitted feature means: a limit left out is unlimited, `{"limit": 0}` allows none; a flag left out is off.
 */
export const FEATURES_SCHEMA = {
  type: 'object',
  description:
    'Feature name → value. Limits `{"limit": n}` (an integer from 0; 0 allows none) or `{"limit": null}` ' +
    '(unlimited); **a limit left out is unlimited**. Flags `{"enabled": true|false}`; a flag left out is off. ' +
    'Unknown names are a 422.',
  properties: Object.fromEntries(
    FEATURE_NAMES.map((name) => [
      name,
      FEATURE_CATALOGUE[name] === 'limit'
        ? {
            type: 'object',
            required: ['limit'],
            additionalProperties: false,
            properties: { limit: { type: 'integer', minimum: 0, maximum: 1_000_000_000, nullable: true } },
          }
        : {
            type: 'object',
            required: ['enabled'],
            additionalProperties: false,
            properties: { enabled: { type: 'boolean' } },
          },
    ]),
  ),
  additionalProperties: false,
  example: { number_of_ips: { limit: 16 }, scans_per_month: { limit: 10 }, advanced_reports: { enabled: true } },
} as unknown as ApiPropertyOptions;

export class ProductAttributesDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'pci' }) code: string;
  @ApiProperty({ example: 'PCI ASV scanning' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class CreateProductDto {
  @ApiProperty({ example: 'pci' }) @IsString() @Matches(CODE, { message: `code ${CODE_MESSAGE}` }) code: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(255) name: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) description?: string;
}
export class UpdateProductDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(CODE, { message: `code ${CODE_MESSAGE}` }) code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(255) name?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?:
    string | null;
}
export class CreateProductBody extends WrappedBody('product', CreateProductDto) {}
export class UpdateProductBody extends WrappedBody('product', UpdateProductDto) {}

export class PlanAttributesDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'pci-open' }) code: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ example: 'pci' }) product: string;
  @ApiProperty({ format: 'uuid' }) product_id: string;
  @ApiProperty({ description: 'Features are given at subscription time' }) open: boolean;
  @ApiProperty({ description: 'New organizations are subscribed to it' }) default: boolean;
  @ApiProperty({ description: 'Admins may subscribe their own organization' }) self_service: boolean;
  @ApiProperty({ enum: INTERVALS }) interval: string;
  @ApiProperty({ example: '9.99' }) price: string;
  @ApiProperty(FEATURES_SCHEMA) features: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class CreatePlanDto {
  @ApiProperty({ example: 'pci-open' }) @IsString() @Matches(CODE, { message: `code ${CODE_MESSAGE}` }) code: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(255) name: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @ApiProperty({ example: 'pci', description: 'Product code' })
  @IsString()
  @Matches(CODE, { message: `product ${CODE_MESSAGE}` })
  product: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() open?: boolean;
  @ApiPropertyOptional({
    default: false,
    description: 'Make it the default plan (the previous default stops being one)',
  })
  @IsOptional()
  @IsBoolean()
  default?: boolean;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() self_service?: boolean;
  @ApiPropertyOptional({ enum: INTERVALS, default: 'monthly' })
  @IsOptional()
  @IsIn(INTERVALS)
  interval?: (typeof INTERVALS)[number];
  @ApiPropertyOptional({ example: '9.99' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,10}(\.\d{1,2})?$/, { message: 'price must be a non-negative amount with at most 2 decimals' })
  price?: string;
  @ApiPropertyOptional(FEATURES_SCHEMA) @IsOptional() @IsObject() features?: Record<string, unknown>;
}
export class UpdatePlanDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(255) name?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?:
    string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() open?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() default?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() self_service?: boolean;
  @ApiPropertyOptional({ enum: INTERVALS }) @IsOptional() @IsIn(INTERVALS) interval?: (typeof INTERVALS)[number];
  @ApiPropertyOptional({ example: '9.99' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,10}(\.\d{1,2})?$/, { message: 'price must be a non-negative amount with at most 2 decimals' })
  price?: string;
  @ApiPropertyOptional({
    ...FEATURES_SCHEMA,
    description: 'Replaces the plan features. Existing subscriptions follow at once.',
  })
  @IsOptional()
  @IsObject()
  features?: Record<string, unknown>;
}
export class CreatePlanBody extends WrappedBody('plan', CreatePlanDto) {}
export class UpdatePlanBody extends WrappedBody('plan', UpdatePlanDto) {}
