import type { Type as ClassType } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsDefined, IsObject, IsUUID, ValidateNested } from 'class-validator';

/**
 * Request bodies wrap the attributes in the resource's name (`{"user": {...}}`). This builds the wrapper class,
 * validated and documented, so a DTO is written once: `class UpdateMeBody extends WrappedBody('user', UpdateMeDto) {}`.
 */
export function WrappedBody<K extends string, T>(key: K, dto: ClassType<T>): ClassType<Record<K, T>> {
  class Wrapper {}
  const proto = Wrapper.prototype;
  IsDefined({ message: `${key} is required` })(proto, key);
  IsObject({ message: `${key} must be an object` })(proto, key);
  ValidateNested()(proto, key);
  Type(() => dto)(proto, key);
  ApiProperty({ type: dto, required: true })(proto, key);
  Object.defineProperty(Wrapper, 'name', { value: `${dto.name}Body` });
  return Wrapper as ClassType<Record<K, T>>;
}

export class BulkDeleteDto {
  @ApiProperty({ type: [String], format: 'uuid', example: ['497f6eca-6276-4993-bfeb-53cbbbba6f08'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids: string[];
}
