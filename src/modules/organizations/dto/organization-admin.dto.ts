import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsAccountEmail } from '../../../common/http/account-email';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { SubscribeDto } from '../../subscriptions/dto/subscription.dto';
import { UpdateOrganizationDto } from './organization.dto';

export class UpdateOrganizationAdminDto extends UpdateOrganizationDto {
  @ApiPropertyOptional({
    description: 'Super admins only: the organization is a partner that owns customer organizations',
  })
  @IsOptional()
  @IsBoolean()
  partner?: boolean;
}
export class UpdateOrganizationAdminBody extends WrappedBody('organization', UpdateOrganizationAdminDto) {}

export class CreateOrganizationDto extends UpdateOrganizationAdminDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "Super admins: the partner organization that owns it. A partner Admin's new organizations always become its customers.",
  })
  @IsOptional()
  @IsUUID()
  parent_id?: string;
  @ApiPropertyOptional({
    default: false,
    description: 'true: do not subscribe to the default plan; `plans` is then required',
  })
  @IsOptional()
  @IsBoolean()
  skip_default_subscription?: boolean;
  @ApiPropertyOptional({
    type: [SubscribeDto],
    description: 'Plans to subscribe; of several plans of one product only the first is applied',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SubscribeDto)
  plans?: SubscribeDto[];
}
export class CreateOrganizationBody extends WrappedBody('organization', CreateOrganizationDto) {}

export class CustomerUserDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z0-9._@-]{3,150}$/, { message: 'username must be 3-150 letters, digits, . _ @ or -' })
  username: string;
  @ApiProperty() @IsAccountEmail() @MaxLength(255) email: string;
  @ApiPropertyOptional({ description: 'Omit it to let the user set one (confirmation or invitation)' })
  @IsOptional()
  @IsString()
  password?: string;
  @ApiPropertyOptional({ enum: ['User', 'Admin'], default: 'User' }) @IsOptional() @IsIn(['User', 'Admin']) role?:
    'User' | 'Admin';
  @ApiPropertyOptional({ default: false, description: 'true: the account is confirmed at once' })
  @IsOptional()
  @IsBoolean()
  confirmed?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) first_name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) last_name?: string;
}

export class CreateCustomerDto {
  @ApiProperty({ type: CreateOrganizationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CreateOrganizationDto)
  organization: CreateOrganizationDto;
  @ApiPropertyOptional({ type: SubscribeDto, description: 'Default: the default plan, if there is one' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SubscribeDto)
  subscription?: SubscribeDto;
  @ApiProperty({ type: [CustomerUserDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CustomerUserDto)
  users: CustomerUserDto[];
}
export class CreateCustomerBody extends WrappedBody('customer', CreateCustomerDto) {}

export class CustomerAttributesDto {
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ type: [String], format: 'uuid' }) user_ids: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) subscription_ids: string[];
}

export class MoveUserQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() @IsNotEmpty() user_id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() @IsNotEmpty() organization_id: string;
}
