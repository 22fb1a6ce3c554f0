import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  Matches,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';

/** At most this many entries per target; a block or range counts as one entry. */
export const MAX_HOST_ENTRIES = 1000;

const HOSTS_DESCRIPTION =
  'IPv4/IPv6 addresses, CIDR blocks (10.0.0.0/24, 2001:db8::/64), ranges (10.0.0.1-10.0.0.20 or 10.0.0.1-20) and host ' +
  'names (RFC 1123). Stored normalized (lowercase, canonical IPv6, network address of a block).';
const HOSTS_EXAMPLE = ['192.168.1.10', '10.0.0.0/28', '10.0.1.1-10.0.1.20', 'www.example.com'];

export class TargetAttributesDto {
  @ApiProperty({ example: 'Office network' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ type: [String], example: HOSTS_EXAMPLE, description: HOSTS_DESCRIPTION }) hosts: string[];
  @ApiProperty({
    example: 37,
    description:
      'Distinct hosts named by the entries (overlaps counted once; each host name counts 1). IPv6 counts above 2^53 are approximate.',
  })
  host_count: number;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'Creator (owner)' }) user_id:
    string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class CreateTargetDto {
  @ApiProperty({ example: 'Office network', maxLength: 255 })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(255)
  name: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @ApiProperty({ type: [String], example: HOSTS_EXAMPLE, description: HOSTS_DESCRIPTION, maxItems: MAX_HOST_ENTRIES })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_HOST_ENTRIES)
  @IsString({ each: true })
  hosts: string[];
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Organization that owns the target (super admins, and partner admins for their customers). Default: your own.',
  })
  @IsOptional()
  @IsUUID()
  organization_id?: string;
}
export class CreateTargetBody extends WrappedBody('target', CreateTargetDto) {}

export class UpdateTargetDto {
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
  @ApiPropertyOptional({
    type: [String],
    example: HOSTS_EXAMPLE,
    description: HOSTS_DESCRIPTION,
    maxItems: MAX_HOST_ENTRIES,
  })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_HOST_ENTRIES)
  @IsString({ each: true })
  hosts?: string[];
}
export class UpdateTargetBody extends WrappedBody('target', UpdateTargetDto) {}

export class CalculateHostsDto {
  @ApiProperty({ type: [String], example: HOSTS_EXAMPLE, description: HOSTS_DESCRIPTION, maxItems: MAX_HOST_ENTRIES })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_HOST_ENTRIES)
  @IsString({ each: true })
  hosts: string[];
}
export class CalculateHostsBody extends WrappedBody('target', CalculateHostsDto) {}

export class CalculatedEntryDto {
  @ApiProperty({ example: '10.0.0.0/28', description: 'The entry, normalized' }) host: string;
  @ApiProperty({ enum: ['ipv4', 'ipv6', 'cidr', 'range', 'hostname'] }) kind: string;
  @ApiProperty({ example: 16 }) count: number;
}

export class CalculateHostsResultDto {
  @ApiProperty({ example: 37, description: 'Distinct hosts (overlapping entries counted once)' }) host_count: number;
  @ApiProperty({ type: [CalculatedEntryDto] }) entries: CalculatedEntryDto[];
  @ApiPropertyOptional({ nullable: true, type: Number, description: "The plan's number_of_ips limit; null: unlimited" })
  limit: number | null;
  @ApiProperty({ description: "Hosts already used by the organization's targets" }) used: number;
}
