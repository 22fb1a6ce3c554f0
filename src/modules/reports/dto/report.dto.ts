import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SEVERITIES } from '../../../common/severity';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { REPORT_FORMATS, REPORT_KINDS, REPORT_STATUSES } from '../report-kinds';

export const FINDING_STATUSES = ['open', 'fixed', 'reopened'] as const;

export class ReportFiltersDto {
  @ApiPropertyOptional({ type: [String], enum: SEVERITIES, example: ['critical', 'high'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(SEVERITIES, { each: true })
  severity?: string[];

  @ApiPropertyOptional({
    type: [String],
    enum: FINDING_STATUSES,
    description:
      'Finding statuses. Default: all, except executive, remediation and pci_asv reports over the whole organization, which show open and reopened findings.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(FINDING_STATUSES, { each: true })
  status?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'Findings last seen at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  date_range_start?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Findings last seen at or before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  date_range_end?: string;
}

/** The report's subject and form, shared by `POST /v2/reports/generate` and saved definitions. */
export class ReportSpecDto {
  @ApiProperty({ enum: REPORT_KINDS }) @IsIn(REPORT_KINDS) kind: string;

  @ApiProperty({
    enum: REPORT_FORMATS,
    description: 'pdf for every kind; csv and json for detailed and delta; sarif (2.1.0) for detailed.',
  })
  @IsIn(REPORT_FORMATS)
  format: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A scan: its latest completed run' })
  @IsOptional()
  @IsUUID()
  scan_id?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One run (a scan history). Delta: the run to compare.' })
  @IsOptional()
  @IsUUID()
  history_id?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Several scans: their latest completed runs' })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  scan_ids?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'A target: the latest completed runs of its scans' })
  @IsOptional()
  @IsUUID()
  target_id?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Delta only: the run compared against (the older one)' })
  @IsOptional()
  @IsUUID()
  base_history_id?: string;

  @ApiPropertyOptional({ type: ReportFiltersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportFiltersDto)
  filters?: ReportFiltersDto;

  @ApiPropertyOptional({
    type: [String],
    description:
      'Sections to include (default: all of the kind). executive: summary, severity_chart, trend, top_hosts, top_issues, pci_status; ' +
      'detailed: summary, hosts, findings, exceptions; remediation: summary, chart, actions; pci_asv: attestation, components, ' +
      'vulnerabilities, special_notes, exceptions; delta: summary, new, reopened, fixed, persisting.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  sections?: string[];
}

export class GenerateReportDto extends ReportSpecDto {
  @ApiPropertyOptional({
    maxLength: 255,
    description: 'Shown on the cover and in the file name (default: from kind and scope)',
  })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(255)
  name?: string;
}
export class GenerateReportBody extends WrappedBody('report', GenerateReportDto) {}

export class ReportScopeDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) scan_id: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) history_id: string | null;
  @ApiPropertyOptional({ type: [String], format: 'uuid', nullable: true }) scan_ids: string[] | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) target_id: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) base_history_id: string | null;
}

export class ReportAttributesDto {
  @ApiProperty({ example: 'Weekly web — Executive Summary' }) name: string;
  @ApiProperty({ enum: REPORT_KINDS }) kind: string;
  @ApiProperty({ enum: REPORT_FORMATS }) format: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status: string;
  @ApiProperty({ enum: ['manual', 'schedule'], description: "schedule: made by an advanced report's recurrence" })
  trigger: string;
  @ApiProperty({ example: 42, description: 'Percent done, 100 when completed' }) progress: number;
  @ApiProperty({ nullable: true, type: String, description: 'Why it failed' }) error_message: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'weekly-web-executive-20261202-1405.pdf' }) file_name:
    string | null;
  @ApiProperty({ nullable: true, type: String, example: 'application/pdf' }) content_type: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Bytes' }) size: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 of the file, hex' }) sha256: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "base64 Ed25519 signature of the file's 32-byte SHA-256 digest (public key: GET /reports/signing_key)",
  })
  signature: string | null;
  @ApiProperty({ type: ReportScopeDto }) scope: ReportScopeDto;
  @ApiProperty({ type: ReportFiltersDto }) filters: ReportFiltersDto;
  @ApiProperty({ type: [String], nullable: true, description: 'Chosen sections (null: all)' }) sections:
    string[] | null;
  @ApiProperty({ example: 'Europe/Paris', description: 'Time zone of the dates in the PDF (the requester’s)' })
  time_zone: string;
  @ApiProperty({ description: 'The file can be downloaded (completed and not removed by retention)' })
  file_available: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) started_at: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) generated_at: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When retention removes the file' })
  expires_at: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) advanced_report_id: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Who asked for it' }) user_id:
    string | null;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class ReportExistsDto {
  @ApiProperty({ description: 'The file is ready for download' }) exists: boolean;
  @ApiProperty({ enum: REPORT_STATUSES }) status: string;
  @ApiProperty({ example: 100 }) progress: number;
}

export class VerifyHashDto {
  @ApiProperty({
    example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    description: 'SHA-256, hex',
  })
  sha256: string;
}

export class VerifyResultDto {
  @ApiProperty({ description: 'The hash (or the file sent) is exactly this report’s file' }) match: boolean;
  @ApiProperty({ format: 'uuid' }) report_id: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) generated_at: string | null;
  @ApiProperty({ description: 'SHA-256 of what was checked (of the uploaded file, or the hash given)' }) sha256: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Bytes received when a file was sent' }) size:
    number | null;
}

export class SigningKeyJwkDto {
  @ApiProperty({ example: 'OKP' }) kty: string;
  @ApiProperty({ example: 'Ed25519' }) crv: string;
  @ApiProperty({ description: 'Public key, base64url' }) x: string;
  @ApiProperty() kid: string;
  @ApiProperty({ example: 'sig' }) use: string;
  @ApiProperty({ example: 'EdDSA' }) alg: string;
}

export class SigningKeyDto {
  @ApiProperty({ example: 'Ed25519' }) algorithm: string;
  @ApiProperty({ description: 'RFC 7638 thumbprint of the JWK' }) key_id: string;
  @ApiProperty({ description: 'SubjectPublicKeyInfo, PEM' }) pem: string;
  @ApiProperty({ type: SigningKeyJwkDto }) jwk: SigningKeyJwkDto;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({
    description: 'What is signed: the 32 raw bytes of the SHA-256 digest of the report file',
    example: 'Ed25519(SHA-256(file))',
  })
  signs: string;
}
