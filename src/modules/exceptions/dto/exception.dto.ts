import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { BulkDeleteDto, WrappedBody } from '../../../common/http/wrapped-body';
import { EXCEPTION_REASONS } from '../../../common/ports/finding-exceptions';
import { SEVERITIES } from '../../../common/severity';
import { EXCEPTION_SCOPES, EXCEPTION_STATUSES } from '../exception.entity';

const REASONS_TEXT =
  '`false_positive`, `compensating_control` and `disputed_severity` are the PCI ASV dispute reasons; ' +
  '`accepted_risk` is a business decision (it still fails PCI).';

export class ExceptionAttributesDto {
  @ApiProperty({ enum: EXCEPTION_REASONS, description: REASONS_TEXT }) reason: string;
  @ApiProperty() justification: string;
  @ApiProperty({ nullable: true, type: String }) evidence: string | null;
  @ApiProperty({ nullable: true, enum: SEVERITIES, description: 'disputed_severity only' }) recast_severity:
    string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) expires_at: string | null;
  @ApiProperty({ enum: EXCEPTION_STATUSES }) status: string;
  @ApiProperty({
    enum: EXCEPTION_SCOPES,
    description: 'One finding (`vulnerability`), or a rule on `check_id` for one host, one target or the organization',
  })
  scope: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) vulnerability_id: string | null;
  @ApiProperty({
    example: 'http.trace-enabled',
    description: "The rule's check id (a one-finding exception: its check)",
  })
  check_id: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) host_id: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) target_id: string | null;
  @ApiProperty({ description: 'Findings it covers, including those later runs added to a rule' }) covered_count: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Who asked for it' }) user_id:
    string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Who last changed its terms' })
  updated_by_id: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Who approved or rejected it' })
  reviewed_by_id: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reviewed_at: string | null;
  @ApiProperty({ nullable: true, type: String }) review_comment: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Who reset it' }) ended_by_id:
    string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When it was reset or expired' })
  ended_at: string | null;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

const JUSTIFICATION = { maxLength: 5000, description: 'Why the finding does not apply or is accepted (required)' };
const EVIDENCE = { maxLength: 20000, description: 'Proof for the reviewer: a ticket, a configuration excerpt ...' };
const EXPIRES = {
  format: 'date-time',
  description: 'Required for accepted_risk; in the future and at most one year ahead. The exception expires then.',
};

export class CreateExceptionDto {
  @ApiProperty({ enum: EXCEPTION_REASONS, description: REASONS_TEXT })
  @IsIn(EXCEPTION_REASONS)
  reason: (typeof EXCEPTION_REASONS)[number];
  @ApiProperty(JUSTIFICATION)
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(5000)
  justification: string;
  @ApiPropertyOptional({ ...EVIDENCE, type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  evidence?: string | null;
  @ApiPropertyOptional({ enum: SEVERITIES, description: 'Required for disputed_severity, refused otherwise' })
  @IsOptional()
  @IsIn(SEVERITIES)
  recast_severity?: string;
  @ApiPropertyOptional(EXPIRES) @IsOptional() @IsISO8601({ strict: true }) expires_at?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'One finding. Or give check_id (a rule) instead.' })
  @IsOptional()
  @IsUUID('all')
  vulnerability_id?: string;
  @ApiPropertyOptional({
    example: 'http.trace-enabled',
    description: 'A rule on this check id: on host_id, on target_id, or (neither) the whole organization',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[^\s]+$/, { message: '$property must be a check id (no spaces)' })
  @MaxLength(200)
  check_id?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'With check_id: findings on this host (/v2/hosts)' })
  @IsOptional()
  @IsUUID('all')
  host_id?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: "With check_id: findings reported by runs of this target's scans",
  })
  @IsOptional()
  @IsUUID('all')
  target_id?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'An organization-wide rule for a customer organization (partner admins) or any (super admins). Default: yours.',
  })
  @IsOptional()
  @IsUUID('all')
  organization_id?: string;
}
export class CreateExceptionBody extends WrappedBody('exception', CreateExceptionDto) {}

/** The terms of a pending exception; its reason and what it covers cannot change (create another one). */
export class UpdateExceptionDto {
  @ApiPropertyOptional(JUSTIFICATION)
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(5000)
  justification?: string;
  @ApiPropertyOptional({ ...EVIDENCE, type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  evidence?: string | null;
  @ApiPropertyOptional({ enum: SEVERITIES, description: 'disputed_severity only' })
  @IsOptional()
  @IsIn(SEVERITIES)
  recast_severity?: string;
  @ApiPropertyOptional({
    ...EXPIRES,
    type: String,
    nullable: true,
    description: `${EXPIRES.description} null: no expiry.`,
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  expires_at?: string | null;
}
export class UpdateExceptionBody extends WrappedBody('exception', UpdateExceptionDto) {}

/** `PUT /v2/exceptions/activate`, `/reject`, `/reset`: `{"ids": [...]}`, optionally a comment for the review. */
export class ExceptionIdsDto extends BulkDeleteDto {
  @ApiPropertyOptional({ maxLength: 2000, description: "The reviewer's note (activate and reject)" })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ExceptionStatusCountsDto {
  @ApiProperty() pending: number;
  @ApiProperty() active: number;
  @ApiProperty() rejected: number;
  @ApiProperty() expired: number;
  @ApiProperty() reset: number;
}

export class ExceptionReasonCountsDto {
  @ApiProperty() false_positive: number;
  @ApiProperty() accepted_risk: number;
  @ApiProperty() compensating_control: number;
  @ApiProperty() disputed_severity: number;
}

export class CoveredFindingsDto {
  @ApiProperty() total: number;
  @ApiProperty() critical: number;
  @ApiProperty() high: number;
  @ApiProperty() medium: number;
  @ApiProperty() low: number;
  @ApiProperty() info: number;
}

export class ExceptionStatisticsDto {
  @ApiProperty({ description: 'Every exception, by status' }) total: number;
  @ApiProperty({ type: ExceptionStatusCountsDto }) by_status: ExceptionStatusCountsDto;
  @ApiProperty({ type: ExceptionReasonCountsDto, description: 'Every exception, by reason' })
  by_reason: ExceptionReasonCountsDto;
  @ApiProperty({ type: ExceptionReasonCountsDto, description: 'Active exceptions, by reason' })
  active_by_reason: ExceptionReasonCountsDto;
  @ApiProperty({ description: 'Active exceptions whose expires_at is within the next 30 days' })
  expiring_within_30_days: number;
  @ApiProperty({
    type: CoveredFindingsDto,
    description: 'Findings an active exception covers now, by the severity the check reported',
  })
  covered_findings: CoveredFindingsDto;
}
