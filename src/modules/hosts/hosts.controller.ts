import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam } from '../../common/http/params';
import { ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ParameterError } from '../../common/errors/app-error';
import { parseLimit } from '../../common/listing/limit';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { HOST_TYPE, HostAttributesDto, presentHost } from './host.presenter';
import { HOST_LIST, HostsService, MOST_VULNERABLE_LIST } from './hosts.service';

@ApiTags('Hosts')
@Controller('v2/hosts')
export class HostsController {
  constructor(private readonly hosts: HostsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'List hosts',
    description:
      'Every host the organization scanned, one per address. `meta.total` is exact up to 10,000 (`meta.total_capped`), or an estimate when counting would be slow (`meta.total_estimated`).',
  })
  @ApiCollection(HOST_TYPE, HostAttributesDto)
  @ApiErrors(401, 422)
  async list(@Auth() auth: AuthContext, @ListParams(HOST_LIST) query: ListQuery) {
    const { items, meta } = await this.hosts.list(auth.tenant, query);
    return collection(items.map(presentHost), meta);
  }

  @Get('most_vulnerable')
  @Authenticated()
  @ApiOperation({
    summary: 'Most vulnerable hosts',
    description:
      'Hosts with open findings, highest risk score first (critical×1000 + high×100 + medium×10 + low): the hosts list ' +
      'with its filters, sorting and paging. `limit` (1-100) is kept as another name for `per_page`.',
  })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 100 } })
  @ApiCollection(HOST_TYPE, HostAttributesDto)
  @ApiErrors(401, 422)
  async mostVulnerable(
    @Auth() auth: AuthContext,
    @ListParams(MOST_VULNERABLE_LIST) query: ListQuery,
    @Query('limit') limit?: string,
    @Query('per_page') perPage?: string,
  ) {
    if (limit !== undefined) {
      if (perPage !== undefined) throw new ParameterError(['limit is another name for per_page: give only one']);
      query = { ...query, perPage: parseLimit(limit) };
    }
    const { items, meta } = await this.hosts.mostVulnerable(auth.tenant, query);
    return collection(items.map(presentHost), meta);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a host' })
  @ApiResource(HOST_TYPE, HostAttributesDto)
  @ApiErrors(401, 404, 422)
  async get(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentHost(await this.hosts.get(auth.tenant, id)) };
  }
}
