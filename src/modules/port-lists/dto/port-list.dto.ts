import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  Matches,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { PORT_LIST_APP_TYPES } from '../port-list.entity';
import { MAX_PORT, MIN_PORT } from '../port-ranges';

export const MAX_RANGES_PER_REQUEST = 5000;

export class PortRangeInputDto {
  @ApiProperty({ enum: ['tcp', 'udp'] }) @IsIn(['tcp', 'udp']) protocol: 'tcp' | 'udp';
  @ApiProperty({ minimum: MIN_PORT, maximum: MAX_PORT, example: 8000 })
  @IsInt()
  @Min(MIN_PORT)
  @Max(MAX_PORT)
  start: number;
  @ApiPropertyOptional({
    minimum: MIN_PORT,
    maximum: MAX_PORT,
    example: 8100,
    description: 'Default: start (one port)',
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_PORT)
  @Max(MAX_PORT)
  end?: number;
}
export class AddPortRangeBody extends WrappedBody('port_range', PortRangeInputDto) {}

export class PortRangeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['tcp', 'udp'] }) protocol: 'tcp' | 'udp';
  @ApiProperty({ example: 8000 }) start: number;
  @ApiProperty({ example: 8100 }) end: number;
}

export class PortListAttributesDto {
  @ApiProperty({ example: 'Web servers' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ enum: PORT_LIST_APP_TYPES, description: 'Engine the list is meant for; all: any engine' })
  app_type: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Installation-wide built-in list (read-only except for super admins; restored by sync)' })
  builtin: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'null for built-in lists' })
  organization_id: string | null;
  @ApiProperty({ type: [PortRangeDto], description: 'Sorted by protocol and port; never overlapping' })
  port_ranges: PortRangeDto[];
  @ApiProperty({ example: 'T:80,443,8000-8100,U:53', description: 'The same ranges as text (T: TCP, U: UDP)' })
  ports: string;
  @ApiProperty({ example: 103 }) tcp_port_count: number;
  @ApiProperty({ example: 1 }) udp_port_count: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class CreatePortListDto {
  @ApiProperty({ example: 'Web servers', maxLength: 255 })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(255)
  name: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @ApiPropertyOptional({ enum: PORT_LIST_APP_TYPES, default: 'all' })
  @IsOptional()
  @IsIn(PORT_LIST_APP_TYPES)
  app_type?: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ type: [PortRangeInputDto], description: 'Overlapping and adjacent ranges are merged' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RANGES_PER_REQUEST)
  @ValidateNested({ each: true })
  @Type(() => PortRangeInputDto)
  port_ranges?: PortRangeInputDto[];
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Owning organization (super admins, partner admins for customers). Default: your own.',
  })
  @IsOptional()
  @IsUUID()
  organization_id?: string;
}
export class CreatePortListBody extends WrappedBody('port_list', CreatePortListDto) {}

export class UpdatePortListDto {
  @ApiPropertyOptional({ maxLength: 255 })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(255)
  name?: string;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
  @ApiPropertyOptional({ enum: PORT_LIST_APP_TYPES }) @IsOptional() @IsIn(PORT_LIST_APP_TYPES) app_type?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ type: [PortRangeInputDto], description: 'Replaces every range (merged as on create)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RANGES_PER_REQUEST)
  @ValidateNested({ each: true })
  @Type(() => PortRangeInputDto)
  port_ranges?: PortRangeInputDto[];
}
export class UpdatePortListBody extends WrappedBody('port_list', UpdatePortListDto) {}

export class AppTypeQueryDto {
  @ApiProperty({ enum: PORT_LIST_APP_TYPES }) @IsIn(PORT_LIST_APP_TYPES) app_type: string;
}

export class SyncResultDto {
  @ApiProperty({ example: 'synced' }) status: string;
  @ApiProperty({ example: 6, description: 'Built-in lists restored from the data files' }) port_lists: number;
  @ApiProperty({ example: 1, description: 'Of those, how many were missing and re-created' }) created: number;
}
