import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';

export class CreateScanDto {
  @ApiProperty({ example: 'Weekly perimeter' }) @IsString() @MinLength(1) @MaxLength(255) name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?:
    string | null;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') target_id: string;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Default: the default scanner usable by the organization',
  })
  @IsOptional()
  @IsUUID('all')
  scanner_id?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Default: the default scan profile',
  })
  @IsOptional()
  @IsUUID('all')
  scan_profile_id?: string | null;
  @ApiPropertyOptional({
    type: String,
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
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?:
    string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') target_id?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') scanner_id?:
    string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') scan_profile_id?:
    string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all') port_list_id?:
    string | null;
}
export class UpdateScanBody extends WrappedBody('scan', UpdateScanDto) {}
