import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { FREQUENCIES, WEEKDAYS, WEEKS_OF_MONTH, type Frequency, type WeekdayCode } from '../recurrence';
import { RUN_OUTCOMES, type RunOutcome } from '../schedule.entity';

/**
 * When a schedule runs. Types are checked here; combinations (which options go with which frequency, end_date vs
 * count, the time zone) are checked by `parseRecurrence`, which names the field in its 422 messages.
 */
export class RecurrenceDto {
  @ApiProperty({
    example: '2026-03-02T09:00:00',
    description:
      'First run, as a local date-time in time_zone. A value with an offset (Z, +02:00) is converted to time_zone.',
  })
  @IsString()
  @MaxLength(40)
  start_at: string;

  @ApiPropertyOptional({
    example: 'Europe/Berlin',
    default: 'UTC',
    description: 'IANA time zone the schedule follows (daylight-saving aware)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  time_zone?: string;

  @ApiProperty({ enum: FREQUENCIES, example: 'weekly' })
  @IsIn(FREQUENCIES)
  frequency: Frequency;

  @ApiPropertyOptional({
    example: 1,
    default: 1,
    minimum: 1,
    maximum: 1000,
    description: 'Every n-th hour/day/week/month/quarter/year',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  interval?: number;

  @ApiPropertyOptional({
    enum: WEEKDAYS,
    isArray: true,
    example: ['MO', 'TH'],
    description: 'weekly only; default: the weekday of start_at',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsIn(WEEKDAYS, { each: true })
  weekdays?: WeekdayCode[];

  @ApiPropertyOptional({
    example: 31,
    description:
      'monthly/quarterly: day of the month (1-31; a day a month lacks falls on its last day), or -1 for the last day. Default: the day of start_at',
  })
  @IsOptional()
  @IsInt()
  @Min(-1)
  @Max(31)
  month_day?: number;

  @ApiPropertyOptional({
    enum: WEEKS_OF_MONTH,
    example: 2,
    description: 'monthly/quarterly: n-th weekday of the month (with weekday); -1 = last',
  })
  @IsOptional()
  @IsIn(WEEKS_OF_MONTH)
  week_of_month?: number;

  @ApiPropertyOptional({
    enum: WEEKDAYS,
    example: 'TU',
    description: 'monthly/quarterly: the weekday for week_of_month',
  })
  @IsOptional()
  @IsIn(WEEKDAYS)
  weekday?: WeekdayCode;

  @ApiPropertyOptional({
    type: String,
    example: '2026-12-31',
    nullable: true,
    description: 'Last local day a run may happen (inclusive); not with count',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  end_date?: string | null;

  @ApiPropertyOptional({
    type: Number,
    example: 10,
    nullable: true,
    minimum: 1,
    maximum: 100000,
    description: 'Total number of runs from start_at; not with end_date',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  count?: number | null;
}

/** A schedule as created inside another module's transaction (the scans wizard): the scan is given separately. */
export class ScheduleFieldsDto extends RecurrenceDto {
  @ApiPropertyOptional({ example: 'Weekly external scan', maxLength: 255 })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  name?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class CreateScheduleDto extends ScheduleFieldsDto {
  @ApiProperty({ format: 'uuid', description: 'The scan to run' })
  @IsUUID('all')
  scan_id: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Admins of partner organizations and super admins: create in this organization',
  })
  @IsOptional()
  @IsUUID('all')
  organization_id?: string;
}

/** Every field optional; `null` clears end_date or count. The recurrence is checked again as a whole. */
export class UpdateScheduleDto extends PartialType(OmitType(CreateScheduleDto, ['organization_id'] as const)) {}

export class CreateScheduleBody extends WrappedBody('schedule', CreateScheduleDto) {}
export class UpdateScheduleBody extends WrappedBody('schedule', UpdateScheduleDto) {}
export class FirstDateBody extends WrappedBody('schedule', RecurrenceDto) {}

export class NextDatesBody extends WrappedBody('schedule', RecurrenceDto) {
  @ApiPropertyOptional({ example: 5, default: 5, minimum: 1, maximum: 100, description: 'How many dates' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  count?: number;
}

export class ScheduleAttributesDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty({ format: 'uuid' }) scan_id: string;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ example: '2026-03-02T09:00:00', description: 'Local date-time in time_zone' }) start_at: string;
  @ApiProperty({ example: 'Europe/Berlin' }) time_zone: string;
  @ApiProperty({ enum: FREQUENCIES }) frequency: Frequency;
  @ApiProperty({ example: 1 }) interval: number;
  @ApiProperty({ enum: WEEKDAYS, isArray: true, nullable: true }) weekdays: WeekdayCode[] | null;
  @ApiProperty({ nullable: true, type: Number }) month_day: number | null;
  @ApiProperty({ nullable: true, type: Number }) week_of_month: number | null;
  @ApiProperty({ enum: WEEKDAYS, nullable: true }) weekday: WeekdayCode | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-12-31' }) end_date: string | null;
  @ApiProperty({ nullable: true, type: Number }) count: number | null;
  @ApiProperty() enabled: boolean;
  @ApiProperty({
    example: 'DTSTART;TZID=Europe/Berlin:20260302T090000\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO',
    description: 'RFC 5545',
  })
  rrule: string;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Next run (UTC); null when the recurrence has ended',
  })
  next_run_at: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Due time of the last dispatched run',
  })
  last_run_at: string | null;
  @ApiProperty({
    enum: RUN_OUTCOMES,
    nullable: true,
    description: 'skipped_already_running: the scan was still running at the slot',
  })
  last_run_outcome: RunOutcome | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class FirstDateResultDto {
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'First run at or after now (UTC); null if none',
  })
  first_date: string | null;
  @ApiProperty({ example: 'Europe/Berlin' }) time_zone: string;
  @ApiProperty({ description: 'RFC 5545 text of the recurrence' }) rrule: string;
}

export class NextDatesResultDto {
  @ApiProperty({
    type: [String],
    format: 'date-time',
    description: 'Next runs from now (UTC), ascending; fewer when the recurrence ends',
  })
  dates: string[];
  @ApiProperty({ example: 'Europe/Berlin' }) time_zone: string;
  @ApiProperty({ description: 'RFC 5545 text of the recurrence' }) rrule: string;
}

export class UpcomingScanAttributesDto {
  @ApiProperty({ format: 'uuid' }) schedule_id: string;
  @ApiProperty({ nullable: true, type: String }) schedule_name: string | null;
  @ApiProperty({ format: 'uuid' }) scan_id: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Null until the scans module exposes scan names to schedules',
  })
  scan_name: string | null;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ type: String, format: 'date-time' }) next_run_at: string;
  @ApiProperty({ example: 'Europe/Berlin' }) time_zone: string;
  @ApiProperty({ enum: FREQUENCIES }) frequency: Frequency;
}
