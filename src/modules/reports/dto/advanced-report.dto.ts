import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { FREQUENCIES, WEEKDAYS } from '../../schedules/recurrence';
import { ReportFiltersDto, ReportScopeDto, ReportSpecDto } from './report.dto';

/** When a definition runs by itself: the schedules' RFC 5545 recurrence (same fields, same rules). */
export class RecurrenceDto {
  @ApiProperty({ example: '2026-03-02T07:00:00', description: 'Local wall time of the first run in time_zone' })
  @IsString()
  start_at: string;
  @ApiPropertyOptional({ example: 'Europe/Berlin', default: 'UTC' }) @IsOptional() @IsString() time_zone?: string;
  @ApiProperty({ enum: FREQUENCIES }) @IsString() frequency: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @IsInt() interval?: number;
  @ApiPropertyOptional({ type: [String], enum: WEEKDAYS, description: 'weekly' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  weekdays?: string[];
  @ApiPropertyOptional({ description: 'monthly/quarterly: 1..31 or -1 (last day)' })
  @IsOptional()
  @IsInt()
  month_day?: number;
  @ApiPropertyOptional({ description: 'monthly/quarterly: 1..4 or -1 (last), with weekday' })
  @IsOptional()
  @IsInt()
  week_of_month?: number;
  @ApiPropertyOptional({ enum: WEEKDAYS }) @IsOptional() @IsString() weekday?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsString() end_date?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() count?: number;
}

export class CreateAdvancedReportDto extends ReportSpecDto {
  @ApiProperty({ maxLength: 255, example: 'Monthly PCI pack' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(255)
  name: string;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['secops@example.com'],
    description:
      'Told (with a download link) when a recurring run completes. Addresses outside the organization get it only ' +
      'once an Admin sets external_recipients_allowed.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsEmail({}, { each: true })
  recipients?: string[];

  @ApiPropertyOptional({
    description:
      'Admins only: allow links to recipients who are not members of the organization (reset when a User changes recipients)',
  })
  @IsOptional()
  @IsBoolean()
  external_recipients_allowed?: boolean;

  @ApiPropertyOptional({ type: RecurrenceDto, nullable: true, description: 'null: on demand only' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceDto)
  recurrence?: RecurrenceDto | null;

  @ApiPropertyOptional({ default: true, description: 'false pauses the recurrence' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
export class CreateAdvancedReportBody extends WrappedBody('advanced_report', CreateAdvancedReportDto) {}

export class UpdateAdvancedReportDto extends PartialType(CreateAdvancedReportDto) {}
export class UpdateAdvancedReportBody extends WrappedBody('advanced_report', UpdateAdvancedReportDto) {}

export class RecurrenceAttributesDto {
  @ApiProperty() start_at: string;
  @ApiProperty() time_zone: string;
  @ApiProperty({ enum: FREQUENCIES }) frequency: string;
  @ApiProperty() interval: number;
  @ApiProperty({ type: [String], nullable: true }) weekdays: string[] | null;
  @ApiProperty({ nullable: true, type: Number }) month_day: number | null;
  @ApiProperty({ nullable: true, type: Number }) week_of_month: number | null;
  @ApiProperty({ nullable: true, type: String }) weekday: string | null;
  @ApiProperty({ nullable: true, type: String }) end_date: string | null;
  @ApiProperty({ nullable: true, type: Number }) count: number | null;
}

export class AdvancedReportAttributesDto {
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() kind: string;
  @ApiProperty() format: string;
  @ApiProperty({ type: ReportScopeDto }) scope: ReportScopeDto;
  @ApiProperty({ type: ReportFiltersDto }) filters: ReportFiltersDto;
  @ApiProperty({ type: [String], nullable: true }) sections: string[] | null;
  @ApiProperty({ type: [String] }) recipients: string[];
  @ApiProperty() external_recipients_allowed: boolean;
  @ApiProperty({ type: RecurrenceAttributesDto, nullable: true }) recurrence: RecurrenceAttributesDto | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'DTSTART;TZID=Europe/Berlin:20260302T070000\nRRULE:FREQ=MONTHLY',
  })
  rrule: string | null;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) next_run_at: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) last_run_at: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) last_report_id: string | null;
  @ApiProperty({ format: 'uuid', description: 'Owner: recurring runs are requested in their name' }) user_id: string;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}
