import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** `{"data": {id, type, attributes, relationships}}`: the shape of every resource in API.md. */
export interface ResourceObject<A> {
  id: string;
  type: string;
  attributes: A;
  relationships: Record<string, unknown>;
}

export interface PageMeta {
  page: number;
  per_page: number;
  total: number;
  total_pages: number;
}

export function resource<A>(
  type: string,
  id: string,
  attributes: A,
  relationships: Record<string, unknown> = {},
): ResourceObject<A> {
  return { id, type, attributes, relationships };
}

export const single = <A>(data: ResourceObject<A>) => ({ data });
export const collection = <A>(data: ResourceObject<A>[], meta: PageMeta) => ({ data, meta });

export class PageMetaDto implements PageMeta {
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 25 }) per_page: number;
  @ApiProperty({ example: 1 }) total: number;
  @ApiProperty({ example: 1 }) total_pages: number;
}

export class ErrorEntryDto {
  @ApiProperty({ example: 'Record Not Found' }) message: string;
  @ApiProperty({ example: 'not_found' }) type: string;
  @ApiProperty({ example: '2026-01-01T00:00:00.000Z' }) timestamp: string;
}

export class ErrorEnvelopeDto {
  @ApiProperty({ type: [ErrorEntryDto] }) errors: ErrorEntryDto[];
}

function resourceSchema(type: string, attributes: Type<unknown>) {
  return {
    type: 'object',
    required: ['id', 'type', 'attributes', 'relationships'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      type: { type: 'string', example: type },
      attributes: { $ref: getSchemaPath(attributes) },
      relationships: { type: 'object', additionalProperties: true },
    },
  };
}

/** Documents a `{data: resource}` response whose attributes are described by the given class. */
export function ApiResource(type: string, attributes: Type<unknown>, status = 200, description?: string) {
  return applyDecorators(
    ApiExtraModels(attributes),
    ApiResponse({
      status,
      description,
      schema: { type: 'object', required: ['data'], properties: { data: resourceSchema(type, attributes) } },
    }),
  );
}

/** Documents a paged `{data: [...], meta}` list response. */
export function ApiCollection(type: string, attributes: Type<unknown>, description?: string) {
  return applyDecorators(
    ApiExtraModels(attributes, PageMetaDto),
    ApiResponse({
      status: 200,
      description,
      schema: {
        type: 'object',
        required: ['data', 'meta'],
        properties: {
          data: { type: 'array', items: resourceSchema(type, attributes) },
          meta: { $ref: getSchemaPath(PageMetaDto) },
        },
      },
    }),
  );
}

/** Documents a small flat action response (`{"status":"queued"}`) and sets its status code. */
export function ApiAction(dto: Type<unknown>, status = 200, description?: string) {
  return applyDecorators(HttpCode(status), ApiResponse({ status, type: dto, description }));
}

export function ApiErrors(...statuses: number[]) {
  const text: Record<number, string> = {
    401: 'Missing or invalid API key or credentials',
    403: 'Not allowed for this role',
    404: 'Record Not Found',
    409: 'Conflict',
    422: 'Parameter Error',
    429: 'Too many requests (see Retry-After)',
  };
  return applyDecorators(
    ApiExtraModels(ErrorEnvelopeDto),
    ...statuses.map((status) => ApiResponse({ status, description: text[status] ?? 'Error', type: ErrorEnvelopeDto })),
  );
}

/** Bulk deletes take `{"ids": [...]}` and answer how many went. */
export class BulkDeleteResultDto {
  @ApiProperty({ example: 2 }) deleted: number;
}
