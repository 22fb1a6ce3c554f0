import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AuditEventAttributesDto {
  @ApiProperty({ format: 'date-time' }) occurred_at: string;
  @ApiProperty({ example: 'PUT /v2/user/me' }) action: string;
  @ApiProperty({ enum: ['success', 'failure'] }) result: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) status_code: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) actor_id: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) actor_username: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'Admin acting by impersonation' })
  impersonator_id: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) organization_id: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) resource_type: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) resource_id: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) ip: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) user_agent: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}
