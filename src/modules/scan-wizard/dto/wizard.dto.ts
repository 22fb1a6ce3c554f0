import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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

/** The scan part of the wizard: like a create, without `target_id` (the wizard's target is used). */
export class WizardScanDto {
  @ApiProperty({ example: 'Weekly perimeter' }) @IsString() @MinLength(1) @MaxLength(255) name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?:
    string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') scanner_id?:
    string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') scan_profile_id?:
    string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') port_list_id?:
    string | null;
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

export class WizardResultDto {
  @ApiProperty({ format: 'uuid' }) target_id: string;
  @ApiProperty({ format: 'uuid' }) scan_id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) schedule_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The first run when start_now was true' })
  history_id: string | null;
}
