import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** `name` of a named resource: 1-255 characters, not blank. Optional on updates. */
export function NameField(options: { optional?: boolean; example?: string } = {}): PropertyDecorator {
  const rules = [IsString(), Matches(/\S/, { message: '$property must not be blank' }), MaxLength(255)];
  return options.optional
    ? applyDecorators(ApiPropertyOptional({ maxLength: 255 }), IsOptional(), ...rules)
    : applyDecorators(ApiProperty({ example: options.example, maxLength: 255 }), ...rules);
}

/** `description`: free text up to 2,000 characters; `nullable` (updates) lets a client clear it with null. */
export function DescriptionField(options: { nullable?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: 2000, ...(options.nullable ? { nullable: true } : {}) }),
    IsOptional(),
    IsString(),
    MaxLength(2000),
  );
}

/**
 * `organization_id` of a create: the organization that will own the record, for super admins and for partner
 * admins acting for a customer. Default: the caller's own. The service checks it is in the caller's scope.
 */
export function OwningOrganizationField(resource: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      format: 'uuid',
      description: `Organization that owns the ${resource} (super admins, and partner admins for their customers). Default: your own.`,
    }),
    IsOptional(),
    IsUUID(),
  );
}
