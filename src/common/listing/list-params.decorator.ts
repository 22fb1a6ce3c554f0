import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { SEVERITIES } from '../severity';
import { MAX_PER_PAGE, parseListQuery, type ListColumn, type ListSpec } from './list-query';

/** The values a filter column takes, for the spec (severity columns take the severity names, not their ranks). */
const enumValues = (c: ListColumn): string[] | undefined =>
  c.type === 'enum' ? [...(c.values ?? [])] : c.type === 'severity' ? [...SEVERITIES] : undefined;

const ParseList = createParamDecorator(({ spec, paged }: { spec: ListSpec; paged: boolean }, ctx: ExecutionContext) =>
  parseListQuery(ctx.switchToHttp().getRequest<FastifyRequest>().query as Record<string, unknown>, spec, new Date(), {
    paged,
  }),
);

/**
 * Injects the parsed `ListQuery` for a list endpoint and documents its grammar (filter columns, sort columns,
 * date ranges, paging) in the OpenAPI spec, from the same whitelist.
 */
export function ListParams(spec: ListSpec): ParameterDecorator {
  return listParams(spec, true);
}

/**
 * The same grammar for endpoints that answer one summary or one file (widgets, CSV exports): `q[...]` filters, date
 * ranges and `q` search, checked against the whitelist (422 for an unknown column); `page`, `per_page` and `sort_by`
 * are refused. The `ListQuery` has no paging or sort to apply.
 */
export function FilterParams(spec: ListSpec): ParameterDecorator {
  return listParams(spec, false);
}

function listParams(spec: ListSpec, paged: boolean): ParameterDecorator {
  return (target, key, index) => {
    ParseList({ spec, paged })(target, key, index);
    if (!key) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
    const sortable = Object.entries(spec.columns)
      .filter(([, c]) => c.sortable !== false)
      .map(([name]) => name);
    const paging = [
      ApiQuery({ name: 'page', required: false, schema: { type: 'integer', minimum: 1, default: 1 } }),
      ApiQuery({
        name: 'per_page',
        required: false,
        schema: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: 25 },
      }),
      ApiQuery({
        name: 'sort_by',
        required: false,
        description: `<column>:<asc|desc>, column one of: ${sortable.join(', ')}. Default ${spec.defaultSort}.`,
        schema: { type: 'string', example: spec.defaultSort },
      }),
    ];
    const decorators = [
      ...(paged ? paging : []),
      ApiQuery({
        name: 'date_range_start',
        required: false,
        description: `YYYY-MM-DD hh:mm:ss (UTC), on ${spec.dateColumn ?? 'created_at'}`,
        schema: { type: 'string' },
      }),
      ApiQuery({
        name: 'date_range_end',
        required: false,
        description: 'YYYY-MM-DD hh:mm:ss (UTC)',
        schema: { type: 'string' },
      }),
      ApiQuery({
        name: 'relative_date_range',
        required: false,
        description: '<n><unit>, unit s m h d M y q (10d); or 1q2020',
        schema: { type: 'string' },
      }),
      ...(spec.search?.length
        ? [
            ApiQuery({
              name: 'q',
              required: false,
              description: `Text searched in ${spec.search.join(', ')}`,
              schema: { type: 'string' },
            }),
          ]
        : []),
      ...Object.entries(spec.columns).map(([name, c]) =>
        ApiQuery({
          name: `q[${name}]`,
          required: false,
          description:
            c.type === 'string' || c.type === 'string[]'
              ? 'Match; * is a wildcard'
              : c.type === 'number' || c.type === 'date' || c.type === 'severity'
                ? `Exact ${c.type === 'severity' ? 'enum' : c.type}; q[${name}_gteq], q[${name}_lteq], q[${name}_gt], q[${name}_lt] compare`
                : `Exact ${c.type}`,
          schema: enumValues(c) ? { type: 'string', enum: enumValues(c) } : { type: 'string' },
        }),
      ),
    ];
    for (const decorate of decorators) decorate(target, key, descriptor);
  };
}
