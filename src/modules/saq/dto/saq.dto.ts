import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { CCW_FIELDS, SAQ_STATUSES } from '../saq-answers';
import { SAQ_CHANNELS, SAQ_RESPONSES, SAQ_TYPES } from '../saq-catalog';
import { CARD_PRESENT_METHODS, MOTO_METHODS, PAYMENT_PAGES } from '../saq-recommender';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = { message: '$property must be a date (YYYY-MM-DD)' };
const notBlank = { message: '$property must not be blank' };

export class AssessmentPeriodDto {
  @ApiProperty({ example: '2026-01-01', description: 'First day (YYYY-MM-DD)' })
  @Matches(DATE, dateMessage)
  start: string;
  @ApiProperty({ example: '2026-12-31', description: 'Last day (YYYY-MM-DD), not before start' })
  @Matches(DATE, dateMessage)
  end: string;
}

const text = (max = 255) => [IsOptional(), IsString(), MaxLength(max)];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

export class SaqPart1Dto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Acme Coffee Ltd' }) @apply(text()) company_name?:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Doing business as' }) @apply(text()) dba?:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @apply(text(1000)) mailing_address?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @apply(text()) website?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @apply(text()) contact_name?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @apply(text()) contact_title?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @apply(text(64)) contact_phone?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @apply(text()) contact_email?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'PCI SSC Internal Security Assessor(s)' })
  @apply(text(1000))
  isa_names?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Qualified Security Assessor company' })
  @apply(text())
  qsa_company?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @apply(text()) qsa_lead_assessor?: string | null;
}

export class SaqLocationDto {
  @ApiProperty({ example: 'Retail store' }) @IsString() @Matches(/\S/, notBlank) @MaxLength(255) facility_type: string;
  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(1_000_000) count: number;
  @ApiProperty({ example: 'Boston, MA, USA' }) @IsString() @Matches(/\S/, notBlank) @MaxLength(1000) location: string;
}

export class SaqServiceProviderDto {
  @ApiProperty({ example: 'Example Payments Inc.' }) @IsString() @Matches(/\S/, notBlank) @MaxLength(255) name: string;
  @ApiProperty({ example: 'Payment gateway and hosted payment fields' })
  @IsString()
  @Matches(/\S/, notBlank)
  @MaxLength(1000)
  services: string;
}

export class SaqPart2Dto {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 4000 }) @apply(text(4000)) business_description?:
    string | null;
  @ApiPropertyOptional({ enum: SAQ_CHANNELS, isArray: true, description: 'Channels included in this assessment' })
  @IsOptional()
  @IsArray()
  @IsIn(SAQ_CHANNELS, { each: true })
  payment_channels?: string[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Channels left out of this assessment, and why' })
  @apply(text(4000))
  excluded_channels_explanation?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'How each channel handles account data' })
  @apply(text(4000))
  channel_description?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'High-level description of the environment' })
  @apply(text(4000))
  environment_description?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Boolean }) @IsOptional() @IsBoolean() segmentation_used?: boolean | null;
  @ApiPropertyOptional({ type: [SaqLocationDto], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SaqLocationDto)
  locations?: SaqLocationDto[];
  @ApiPropertyOptional({ type: [SaqServiceProviderDto], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SaqServiceProviderDto)
  service_providers?: SaqServiceProviderDto[];
  @ApiPropertyOptional({ description: 'Part 2h: every eligibility criterion of the type is confirmed' })
  @IsOptional()
  @IsBoolean()
  eligibility_confirmed?: boolean;
}

const ANSWERS_DESCRIPTION =
  'Answers by PCI DSS requirement id: `{"6.4.3": {"response": "in_place"}}`. `response` is one of the options of the ' +
  'type (`not_tested` only in SAQ D). `in_place_ccw` needs `ccw` with ' +
  CCW_FIELDS.join(', ') +
  '; `not_applicable` and `not_tested` need `explanation`; `not_in_place` needs `remediation_date` (YYYY-MM-DD), or ' +
  '`legal_exception: true` with `explanation` describing the legal restriction. `null` clears an answer. Partial: ' +
  'requirements not named keep their answers. Any problem is a 422 naming the field, and nothing is saved.';

export class CreateSaqDto {
  @ApiProperty({ enum: SAQ_TYPES, example: 'A-EP' }) @IsIn(SAQ_TYPES) type: string;
  @ApiPropertyOptional({
    type: AssessmentPeriodDto,
    description: 'Default: today until a year later (or the next year after the previous SAQ)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AssessmentPeriodDto)
  assessment_period?: AssessmentPeriodDto;
  @ApiPropertyOptional({ type: SaqPart1Dto, description: 'Overrides the values prefilled from the organization' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SaqPart1Dto)
  part1?: SaqPart1Dto;
  @ApiPropertyOptional({ type: SaqPart2Dto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SaqPart2Dto)
  part2?: SaqPart2Dto;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: ANSWERS_DESCRIPTION })
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Owning organization (super admins, and partner admins for their customers). Default: your own.',
  })
  @IsOptional()
  @IsUUID('all')
  organization_id?: string;
}
export class CreateSaqBody extends WrappedBody('saq', CreateSaqDto) {}

export class UpdateSaqDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: ANSWERS_DESCRIPTION })
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
  @ApiPropertyOptional({ type: AssessmentPeriodDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AssessmentPeriodDto)
  assessment_period?: AssessmentPeriodDto;
  @ApiPropertyOptional({ type: SaqPart1Dto, description: 'Fields given replace the stored ones; null clears' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SaqPart1Dto)
  part1?: SaqPart1Dto;
  @ApiPropertyOptional({ type: SaqPart2Dto, description: 'Fields given replace the stored ones' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SaqPart2Dto)
  part2?: SaqPart2Dto;
}
export class UpdateSaqBody extends WrappedBody('saq', UpdateSaqDto) {}

export class CloneSaqDto {
  @ApiPropertyOptional({ type: AssessmentPeriodDto, description: 'Default: the year after the source period' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AssessmentPeriodDto)
  assessment_period?: AssessmentPeriodDto;
}
export class CloneSaqBody {
  @ApiPropertyOptional({ type: CloneSaqDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CloneSaqDto)
  saq?: CloneSaqDto;
}

export class AttestationDto {
  @ApiProperty({ example: 'Ada Lovelace', description: 'Name of the signing officer' })
  @IsString()
  @Matches(/\S/, notBlank)
  @MaxLength(255)
  name: string;
  @ApiProperty({ example: 'Chief Executive Officer' })
  @IsString()
  @Matches(/\S/, notBlank)
  @MaxLength(255)
  title: string;
  @ApiProperty({ example: '2026-11-30', description: 'Date of the signature (YYYY-MM-DD), not in the future' })
  @Matches(DATE, dateMessage)
  date: string;
  @ApiPropertyOptional({
    example: '2027-03-31',
    description: 'Required when the result is non_compliant: target date for compliance (YYYY-MM-DD)',
  })
  @IsOptional()
  @Matches(DATE, dateMessage)
  target_date?: string;
}
export class ApproveSaqBody extends WrappedBody('attestation', AttestationDto) {}

// ---------------------------------------------------------------- responses

export class CcwDto {
  @ApiProperty() constraints: string;
  @ApiProperty() objective: string;
  @ApiProperty() identified_risk: string;
  @ApiProperty({ description: 'Definition of the compensating controls' }) definition: string;
  @ApiProperty() validation: string;
  @ApiProperty() maintenance: string;
}

export class SaqAnswerDto {
  @ApiProperty({ enum: SAQ_RESPONSES }) response: string;
  @ApiProperty({ nullable: true, type: String }) explanation: string | null;
  @ApiProperty({ nullable: true, type: CcwDto }) ccw: CcwDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) remediation_date: string | null;
  @ApiProperty() legal_exception: boolean;
  @ApiProperty({ format: 'date-time' }) answered_at: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) answered_by: string | null;
}

export class SaqPart1AttributesDto extends SaqPart1Dto {}

export class SaqPart2AttributesDto {
  @ApiProperty({ nullable: true, type: String }) business_description: string | null;
  @ApiProperty({ enum: SAQ_CHANNELS, isArray: true }) payment_channels: string[];
  @ApiProperty({ nullable: true, type: String }) excluded_channels_explanation: string | null;
  @ApiProperty({ nullable: true, type: String }) channel_description: string | null;
  @ApiProperty({ nullable: true, type: String }) environment_description: string | null;
  @ApiProperty({ nullable: true, type: Boolean }) segmentation_used: boolean | null;
  @ApiProperty({ type: [SaqLocationDto] }) locations: SaqLocationDto[];
  @ApiProperty({ type: [SaqServiceProviderDto] }) service_providers: SaqServiceProviderDto[];
  @ApiProperty() eligibility_confirmed: boolean;
}

export class AsvEvidenceDto {
  @ApiProperty({ format: 'uuid' }) history_id: string;
  @ApiProperty({ format: 'uuid' }) scan_id: string;
  @ApiProperty() scan_name: string;
  @ApiProperty({ format: 'date-time' }) completed_at: string;
  @ApiProperty({ format: 'date-time', description: '90 days after completed_at' }) expires_at: string;
  @ApiProperty({ enum: ['pass'] }) status: string;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The pci_asv report of that run, when one exists',
  })
  report_id: string | null;
}

export class AttestationAttributesDto {
  @ApiProperty() name: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) target_date: string | null;
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty() username: string;
  @ApiProperty({ format: 'date-time' }) approved_at: string;
}

export class ResponseCountsDto {
  @ApiProperty() in_place: number;
  @ApiProperty() in_place_ccw: number;
  @ApiProperty() not_applicable: number;
  @ApiProperty() not_tested: number;
  @ApiProperty() not_in_place: number;
}

export class SaqAttributesDto {
  @ApiProperty({ enum: SAQ_TYPES }) type: string;
  @ApiProperty({ example: 'SAQ A-EP' }) type_name: string;
  @ApiProperty({ example: '4.0.1' }) pci_dss_version: string;
  @ApiProperty({ enum: ['draft', 'approved'] }) state: string;
  @ApiProperty({
    enum: SAQ_STATUSES,
    description:
      'AOC result from the answers: compliant (every requirement in place, in place with CCW or not applicable; SAQ D ' +
      'excepts not tested), compliant_with_legal_exception (the only not-in-place answers are legal restrictions), ' +
      'non_compliant (anything unanswered or not in place)',
  })
  status: string;
  @ApiProperty({ description: 'SAQ D with not_tested answers: a partial assessment' }) partial: boolean;
  @ApiProperty({ example: 40, description: 'Percent of requirements answered' }) progress: number;
  @ApiProperty() requirement_count: number;
  @ApiProperty() answered_count: number;
  @ApiProperty({ type: ResponseCountsDto }) response_counts: ResponseCountsDto;
  @ApiProperty({ type: AssessmentPeriodDto }) assessment_period: AssessmentPeriodDto;
  @ApiProperty({ type: SaqPart1AttributesDto }) part1: SaqPart1AttributesDto;
  @ApiProperty({ type: SaqPart2AttributesDto }) part2: SaqPart2AttributesDto;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/SaqAnswerDto' },
    description: 'Answers by requirement id (left out of list items: GET the SAQ for them)',
  })
  answers?: Record<string, SaqAnswerDto>;
  @ApiProperty({ description: 'The type contains 11.3.2: approval as compliant needs a passing ASV scan' })
  asv_scan_required: boolean;
  @ApiProperty({
    nullable: true,
    type: AsvEvidenceDto,
    description: 'Latest passing PCI ASV scan within 90 days (frozen at approval); null when none',
  })
  asv_evidence: AsvEvidenceDto | null;
  @ApiProperty({
    type: [String],
    example: ['unanswered_requirements', 'asv_scan_missing'],
    description:
      'What stops approval now: unanswered_requirements, eligibility_not_confirmed, asv_scan_missing, already_approved',
  })
  approval_blockers: string[];
  @ApiProperty({ nullable: true, type: AttestationAttributesDto }) attestation: AttestationAttributesDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) approved_at: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'A year after the attestation date' })
  expires_at: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) expiry_reminder_sent_at: string | null;
  @ApiProperty({ description: "The organization's template for this type" }) template: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) cloned_from_id: string | null;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) created_by: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

// ---------------------------------------------------------------- types and templates

export class SaqSourceDto {
  @ApiProperty() document: string;
  @ApiProperty() revision: string;
  @ApiProperty({ example: '2024-10-11' }) published: string;
  @ApiProperty() file: string;
  @ApiProperty() url: string;
}

export class SaqCriterionDto {
  @ApiProperty({ example: 'ecommerce_only' }) id: string;
  @ApiProperty() text: string;
}

export class SaqTypeAttributesDto {
  @ApiProperty({ enum: SAQ_TYPES }) type: string;
  @ApiProperty({ example: 'SAQ A-EP' }) name: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Who the type is for' }) audience: string;
  @ApiProperty({ enum: ['merchant', 'service_provider'] }) applies_to: string;
  @ApiProperty({ enum: SAQ_CHANNELS, isArray: true }) channels: string[];
  @ApiProperty({ example: '4.0.1' }) pci_dss_version: string;
  @ApiProperty({ type: SaqSourceDto }) source: SaqSourceDto;
  @ApiProperty({ enum: ['transcribed', 'derived'], description: 'How the requirement list was established' })
  provenance: string;
  @ApiProperty() provenance_note: string;
  @ApiProperty({ type: [SaqCriterionDto] }) eligibility: SaqCriterionDto[];
  @ApiProperty({ enum: SAQ_RESPONSES, isArray: true }) responses: string[];
  @ApiProperty({ example: 155, description: 'Number of requirements (questions)' }) question_count: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { '1': 18, '2': 9 } })
  questions_by_principal_requirement: Record<string, number>;
  @ApiProperty({ description: 'Contains 11.3.2 (quarterly ASV scans)' }) asv_scan_required: boolean;
}

export class SaqTemplateRequirementDto {
  @ApiProperty({ example: '11.3.2' }) id: string;
  @ApiProperty() text: string;
  @ApiProperty({ description: 'Needs the ASV scan' }) asv_scan: boolean;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

export class SaqTemplatePrincipalDto {
  @ApiProperty({ example: '11' }) number: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [SaqTemplateRequirementDto] }) requirements: SaqTemplateRequirementDto[];
}

export class SaqTemplateAttributesDto extends SaqTypeAttributesDto {
  @ApiProperty({ type: [String] }) scope_notes: string[];
  @ApiProperty({ type: [SaqTemplatePrincipalDto] }) principal_requirements: SaqTemplatePrincipalDto[];
}

// ---------------------------------------------------------------- recommender

export class RecommendEcommerceDto {
  @ApiProperty({
    enum: PAYMENT_PAGES,
    description:
      'redirect: customers go to the provider page; iframe: the provider form embedded in your page; direct_post / ' +
      'javascript_form: your page builds the form and sends card data straight to the provider; merchant_server: your ' +
      'servers receive card data',
  })
  payment_page: string;
  @ApiPropertyOptional({ description: 'iframe only: your page is protected against script attacks (FAQ 1588)' })
  scripts_protected?: boolean;
}
export class RecommendMethodDto {
  @ApiProperty({ enum: [...new Set([...MOTO_METHODS, ...CARD_PRESENT_METHODS])] }) method: string;
}
export class RecommendAnswersDto {
  @ApiProperty() service_provider: boolean;
  @ApiProperty({ enum: SAQ_CHANNELS, isArray: true }) channels: string[];
  @ApiProperty() stores_account_data_electronically: boolean;
  @ApiPropertyOptional({ type: RecommendEcommerceDto }) ecommerce?: RecommendEcommerceDto;
  @ApiPropertyOptional({ type: RecommendMethodDto, description: `method: ${MOTO_METHODS.join(', ')}` })
  moto?: RecommendMethodDto;
  @ApiPropertyOptional({ type: RecommendMethodDto, description: `method: ${CARD_PRESENT_METHODS.join(', ')}` })
  card_present?: RecommendMethodDto;
  @ApiPropertyOptional({
    description: 'Required for IP terminals, P2PE terminals, payment applications and virtual terminals',
  })
  isolated_from_other_systems?: boolean;
  @ApiPropertyOptional({ description: 'Required for P2PE terminals' }) p2pe_instruction_manual_followed?: boolean;
  @ApiPropertyOptional({ description: 'Required for e-commerce, fully outsourced MOTO and virtual terminals' })
  providers_pci_compliant?: boolean;
}
export class RecommendBody {
  @ApiProperty({ type: RecommendAnswersDto }) @IsObject() answers: Record<string, unknown>;
}

export class RecommendedChannelDto {
  @ApiProperty({ enum: SAQ_CHANNELS }) channel: string;
  @ApiProperty({ enum: SAQ_TYPES }) type: string;
  @ApiProperty() reason: string;
}
export class NotSuitableDto {
  @ApiProperty({ enum: SAQ_TYPES }) type: string;
  @ApiProperty() name: string;
  @ApiProperty() reason: string;
}
export class RecommendationDto {
  @ApiProperty({ enum: SAQ_TYPES, example: 'A-EP' }) type: string;
  @ApiProperty({ example: 'SAQ A-EP' }) name: string;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ type: [RecommendedChannelDto], description: 'The type each channel alone points to' })
  channels: RecommendedChannelDto[];
  @ApiProperty({ type: [NotSuitableDto], description: 'Why each other type does not fit' })
  not_suitable: NotSuitableDto[];
}

export class SaqFormatQuery {
  @ApiPropertyOptional({ enum: ['json', 'pdf'], description: 'pdf: the questionnaire and AOC as a PDF document' })
  @IsOptional()
  @IsIn(['json', 'pdf'])
  format?: 'json' | 'pdf';
}
