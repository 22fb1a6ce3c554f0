import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsAccountEmail } from '../../../common/http/account-email';
import { ROLES, type Role } from '../../../common/auth/roles';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { UpdateMeDto } from './user.dto';

/** Usernames: letters, digits and `._@+-`, so that they are safe in CSV files, logs and URLs. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@+-]{2,149}$/;
export const USERNAME_RULE =
  'must be 3-150 characters: letters, digits and . _ @ + - (starting with a letter or digit)';

/**
 * A user created by an admin. There is no password: the user chooses one when confirming the email
 * (admins never choose a user's password, mfa.md 50).
 */
export class CreateUserDto {
  @ApiProperty({ example: 'jdoe' })
  @IsString()
  @Matches(USERNAME_PATTERN, { message: `username ${USERNAME_RULE}` })
  username: string;
  @ApiProperty({ example: 'jdoe@example.com' }) @IsAccountEmail() @MaxLength(255) email: string;
  @ApiPropertyOptional({ enum: ROLES, default: 'User' }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Default: the caller’s organization. Partner admins may name a customer organization.',
  })
  @IsOptional()
  @IsUUID()
  organization_id?: string;
  @ApiPropertyOptional({
    description: 'true: no confirmation email; the user sets a password with "forgot password"',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  confirmed?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) first_name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) last_name?: string;
  @ApiPropertyOptional({ example: 'en' }) @IsOptional() @IsString() @Length(2, 10) locale?: string;
  @ApiPropertyOptional({ example: 'UTC' }) @IsOptional() @IsTimeZone() timezone?: string;
}
export class CreateUserBody extends WrappedBody('user', CreateUserDto) {}

export class InviteUserDto {
  @ApiProperty({ example: 'jdoe@example.com' }) @IsAccountEmail() @MaxLength(255) email: string;
  @ApiPropertyOptional({ description: 'Default: the email address' })
  @IsOptional()
  @IsString()
  @Matches(USERNAME_PATTERN, { message: `username ${USERNAME_RULE}` })
  username?: string;
  @ApiPropertyOptional({ enum: ROLES, default: 'User' }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organization_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) first_name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) last_name?: string;
}
export class InviteUserBody extends WrappedBody('user', InviteUserDto) {}

/** What an admin may change about a user. Not the password: admins start a reset instead. */
export class UpdateUserDto extends UpdateMeDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(USERNAME_PATTERN, { message: `username ${USERNAME_RULE}` })
  username?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ description: 'true blocks the user (sessions and access token stop working at once)' })
  @IsOptional()
  @IsBoolean()
  blocked?: boolean;
}
export class UpdateUserBody extends WrappedBody('user', UpdateUserDto) {}

export class DeletionBlockerDto {
  @ApiProperty({ example: 'targets' }) kind: string;
  @ApiProperty({ example: 3 }) count: number;
  @ApiProperty({ example: 'The user owns 3 targets' }) message: string;
}

export class CanBeDeletedDto {
  @ApiProperty() can_be_deleted: boolean;
  @ApiProperty({ type: [DeletionBlockerDto] }) reasons: DeletionBlockerDto[];
}

export class TransferResultDto {
  @ApiProperty({ format: 'uuid' }) from_user_id: string;
  @ApiProperty({ format: 'uuid' }) to_user_id: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { targets: 3, scans: 1 },
    description: 'Moved resources per kind',
  })
  transferred: Record<string, number>;
  @ApiProperty({ example: 4 }) total: number;
}

export class ImportRowDto {
  @ApiProperty({ example: 2, description: 'Row number as a spreadsheet shows it (the header is row 1)' }) row: number;
  @ApiProperty({ example: 'jdoe' }) username: string;
  @ApiProperty({ enum: ['created', 'skipped'] }) status: 'created' | 'skipped';
  @ApiProperty({ format: 'uuid', description: 'The created user, or the existing one a skipped row names' })
  id: string;
  @ApiPropertyOptional({ enum: ['exists'], description: 'Why a row was skipped' }) reason?: 'exists';
  @ApiPropertyOptional({
    type: [String],
    example: ['first_name'],
    description: 'Skipped rows: columns whose values differ from the stored user (an import does not change them)',
  })
  differs?: string[];
}

export class ImportResultDto {
  @ApiProperty({ example: 12, description: 'Users created' }) imported: number;
  @ApiProperty({ example: 1, description: 'Rows naming a user who already exists (same username and email)' })
  skipped: number;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Ids of the users created' }) ids: string[];
  @ApiProperty({ type: [ImportRowDto] }) rows: ImportRowDto[];
}

export class ConfirmationSentDto {
  @ApiProperty({ example: 'Confirmation email sent' }) message: string;
}

export class SsoLinkDto {
  @ApiProperty({ description: 'One-time token; give it to the user’s browser, it is shown once' }) token: string;
  @ApiProperty({ description: 'Login link built from APP_BASE_URL' }) url: string;
  @ApiProperty({ format: 'date-time' }) expires_at: string;
}

export class TransferQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsNotEmpty() @IsUUID() from_user_id: string;
  @ApiProperty({ format: 'uuid' }) @IsNotEmpty() @IsUUID() to_user_id: string;
}
