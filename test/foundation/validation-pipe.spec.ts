import 'reflect-metadata';
import type { ArgumentMetadata } from '@nestjs/common';
import { Expose, Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ParameterError } from '../../src/common/errors/app-error';
import { createValidationPipe } from '../../src/common/http/validation';

class PlainQuery {
  @IsOptional() @IsIn(['true', 'false']) details?: string;
}
class DefaultingQuery {
  @Expose() @IsOptional() @IsString() @Transform(({ value }) => value ?? 'name:asc') sort_by?: string;
}
class RequiredQuery {
  @IsString() needed: string;
}
class Base {
  @IsOptional() @IsIn(['a']) inherited?: string;
}
class Derived extends Base {
  @IsOptional() @IsIn(['b']) own?: string;
}

const query = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({
  type: 'query',
  metatype,
  data: undefined,
});

describe('validation pipe', () => {
  const pipe = createValidationPipe();

  it('answers an empty query with a fresh DTO instance, every time', async () => {
    for (let i = 0; i < 3; i++) {
      const first = await pipe.transform({}, query(PlainQuery));
      const second = await pipe.transform({}, query(PlainQuery));
      expect(first).toBeInstanceOf(PlainQuery);
      expect(first).not.toBe(second);
    }
  });

  it('still applies class-transformer defaults to an empty query', async () => {
    for (let i = 0; i < 3; i++)
      expect(await pipe.transform({}, query(DefaultingQuery))).toMatchObject({ sort_by: 'name:asc' });
  });

  it('still refuses an empty query that lacks a required field, every time', async () => {
    for (let i = 0; i < 3; i++)
      await expect(pipe.transform({}, query(RequiredQuery))).rejects.toBeInstanceOf(ParameterError);
  });

  it('validates non-empty queries, unknown fields and inherited rules as before', async () => {
    await pipe.transform({}, query(PlainQuery));
    await expect(pipe.transform({ details: 'maybe' }, query(PlainQuery))).rejects.toBeInstanceOf(ParameterError);
    await expect(pipe.transform({ other: '1' }, query(PlainQuery))).rejects.toBeInstanceOf(ParameterError);
    expect(await pipe.transform({ details: 'true' }, query(PlainQuery))).toMatchObject({ details: 'true' });
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({ inherited: 'x' }, query(Derived))).rejects.toBeInstanceOf(ParameterError);
      await expect(pipe.transform({ own: 'x' }, query(Derived))).rejects.toBeInstanceOf(ParameterError);
      expect(await pipe.transform({ inherited: 'a', own: 'b' }, query(Derived))).toMatchObject({
        inherited: 'a',
        own: 'b',
      });
    }
  });
});
