import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDefined,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { WrappedBody } from '../../../common/http/wrapped-body';

export class CreateScanDto {
  @ApiProperty({ example: 'Weekly perimeter' }) @IsString() @MinLength(1) @MaxLength(255) name: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') target_id: string;
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'Default: the default scanner usable by the organization',
  })
  @IsOptional()
  @IsUUID('all')
  scanner_id?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Default: the default scan profile' })
  @IsOptional()
  @IsUUID('all')
  scan_profile_id?: string | null;
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: "Ports to scan; default: the scan profile's port list",
  })
  @IsOptional()
  @IsUUID('all')
  port_list_id?: string | null;
}
export class CreateScanBody extends WrappedBody('scan', CreateScanDto) {}

export class UpdateScanDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(255) name?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') target_id?: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') scanner_id?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') scan_profile_id?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') port_list_id?: string | null;
}
export class UpdateScanBody extends WrappedBody('scan', UpdateScanDto) {}

/** The scan part of the wizard: like a create, without `target_id` (the wizard's target is used). */
export class WizardScanDto {
  @ApiProperty({ example: 'Weekly perimeter' }) @IsString() @MinLength(1) @MaxLength(255) name: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') scanner_id?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') scan_profile_id?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') port_list_id?: string | null;
}

export class WizardBody {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Same attributes as `POST /v2/targets` (`target`)',
  })
  @IsDefined({ message: 'target is required' })
  @IsObject({ message: 'target must be an object' })
  target: Record<string, unknown>;
  @ApiProperty({ type: WizardScanDto })
  @IsDefined({ message: 'scan is required' })
  @IsObject({ message: 'scan must be an object' })
  @ValidateNested()
  @Type(() => WizardScanDto)
  scan: WizardScanDto;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Same attributes as `POST /v2/schedules` (`schedule`), without scan_id',
  })
  @IsOptional()
  @IsObject({ message: 'schedule must be an object' })
  schedule?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'Start a first run right away' })
  @IsOptional()
  @IsBoolean()
  start_now?: boolean;
}
