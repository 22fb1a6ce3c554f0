import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { DescriptionField, NameField } from '../../../common/http/common-fields';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { SCANNER_APP_TYPES } from '../scanner.entity';

export class ScannerVerificationDto {
  @ApiPropertyOptional({ nullable: true, type: Boolean, description: 'null: never verified' }) ok: boolean | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '7.93' }) engine_version: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) message: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) verified_at: string | null;
}

export class ScannerAttributesDto {
  @ApiProperty({ example: 'Built-in scanner' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ enum: SCANNER_APP_TYPES }) app_type: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Used by scans that name no scanner' }) default: boolean;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'Organizations the scanner is assigned to (only they may use it); empty: every organization. Shown to super admins only.',
  })
  organization_ids: string[];
  @ApiProperty({ type: ScannerVerificationDto }) last_verification: ScannerVerificationDto;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class CreateScannerDto {
  @NameField({ example: 'Nmap on worker 1' }) name: string;
  @DescriptionField() description?: string;
  @ApiProperty({ enum: SCANNER_APP_TYPES }) @IsIn(SCANNER_APP_TYPES) app_type: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ description: 'Make this the default scanner (the previous default stops being one)' })
  @IsOptional()
  @IsBoolean()
  default?: boolean;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Restrict the scanner to these organizations' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  organization_ids?: string[];
}
export class CreateScannerBody extends WrappedBody('scanner', CreateScannerDto) {}

export class UpdateScannerDto {
  @NameField({ optional: true }) name?: string;
  @DescriptionField({ nullable: true }) description?: string | null;
  @ApiPropertyOptional({ enum: SCANNER_APP_TYPES }) @IsOptional() @IsIn(SCANNER_APP_TYPES) app_type?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({
    description:
      'true makes this the default scanner; false is refused on the default (make another one default instead)',
  })
  @IsOptional()
  @IsBoolean()
  default?: boolean;
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Replaces the assignments; [] makes the scanner usable by everyone',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  organization_ids?: string[];
}
export class UpdateScannerBody extends WrappedBody('scanner', UpdateScannerDto) {}

export class ScannerAppTypeQueryDto {
  @ApiProperty({ enum: SCANNER_APP_TYPES }) @IsIn(SCANNER_APP_TYPES) app_type: string;
}

export class AssignScannerQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'organization_id must be a UUID' })
  organization_id: string;
}

export class VerifyResultDto {
  @ApiProperty({ description: 'Whether the engine can run here' }) ok: boolean;
  @ApiProperty({ enum: SCANNER_APP_TYPES }) app_type: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '7.93',
    description: 'Engine version (nmap -V for nmap)',
  })
  version: string | null;
  @ApiProperty({ example: 'nmap 7.93 found at /usr/bin/nmap' }) message: string;
  @ApiProperty({ format: 'date-time' }) verified_at: string;
}

export class ScanProfileAttributesDto {
  @ApiProperty({ example: 'Full and fast' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ format: 'uuid' }) port_list_id: string;
  @ApiProperty({
    type: [String],
    example: ['banner', 'tls', 'http', 'rules'],
    description: 'Check families the engine runs',
  })
  checks: string[];
  @ApiProperty({
    type: [String],
    example: ['http.missing-hsts', 'tls.weak-protocol-tls10'],
    description:
      'The check ids these families stand for (what the builtin engine runs; nmap runs the exposed-database check and ' +
      "the service version rules of them). A run closes only findings of the check ids its engine really ran (the run's coverage)",
  })
  check_ids: string[];
  @ApiProperty({ example: 2000, description: 'Per-connection timeout in milliseconds' }) timeout_ms: number;
  @ApiProperty({ example: 200, description: 'Connections in flight at once' }) concurrency: number;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Used by scans that name no profile' }) default: boolean;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}
