import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam } from '../../common/http/params';
import {
  ApiAction,
  ApiCollection,
  ApiErrors,
  ApiResource,
  BulkDeleteResultDto,
  collection,
} from '../../common/http/resource';
import { BulkDeleteDto } from '../../common/http/wrapped-body';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { Audited } from '../../common/audit/audited.decorator';
import {
  CalculateHostsBody,
  CalculateHostsResultDto,
  CreateTargetBody,
  TargetAttributesDto,
  UpdateTargetBody,
} from './dto/target.dto';
import { presentTarget, TARGET_TYPE } from './target.presenter';
import { TARGET_LIST_SPEC, TargetsService } from './targets.service';

const HOST_RULES =
  'Each entry is validated (422 naming the bad entry, e.g. `target.hosts[2] ...`) and checked against the networks that ' +
  "may never be scanned (SCAN_DENY_NETWORKS); the host count is checked against the plan's number_of_ips (403 plan.limit_exceeded).";

@ApiTags('Targets')
@Controller('v2/targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List targets', description: 'Filter hosts with q[hosts]=192.168.* (matches any entry).' })
  @ApiCollection(TARGET_TYPE, TargetAttributesDto)
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(TARGET_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.targets.list(auth.tenant, query);
    return collection(items.map(presentTarget), meta);
  }

  @Post()
  @Authenticated()
  @Audited({ action: 'target.create', resource: 'target' })
  @ApiOperation({ summary: 'Create a target', description: HOST_RULES })
  @ApiResource(TARGET_TYPE, TargetAttributesDto, 201)
  @ApiErrors(403, 422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateTargetBody) {
    return { data: presentTarget(await this.targets.create(auth, body.target)) };
  }

  @Post('calculate_hosts')
  @Authenticated()
  @Audited({ auto: false })
  @ApiOperation({
    summary: 'Calculate hosts',
    description:
      'Validates host entries and counts distinct hosts without saving anything. Same rules and 422s as creating a target.',
  })
  @ApiAction(CalculateHostsResultDto, 200)
  @ApiErrors(422)
  calculate(@Auth() auth: AuthContext, @Body() body: CalculateHostsBody): Promise<CalculateHostsResultDto> {
    return this.targets.calculate(auth.tenant, body.target.hosts);
  }

  @Delete()
  @Authenticated()
  @Audited({ action: 'target.bulk_delete', resource: 'target' })
  @ApiOperation({
    summary: 'Delete targets',
    description: 'Deletes the given targets of your organizations; other ids are skipped.',
  })
  @ApiAction(BulkDeleteResultDto, 200)
  @ApiErrors(409, 422)
  async removeMany(@Auth() auth: AuthContext, @Body() body: BulkDeleteDto): Promise<BulkDeleteResultDto> {
    return { deleted: await this.targets.removeMany(auth.tenant, body.ids) };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Show a target' })
  @ApiResource(TARGET_TYPE, TargetAttributesDto)
  @ApiErrors(404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentTarget(await this.targets.get(auth.tenant, id)) };
  }

  @Put(':id')
  @Authenticated()
  @Audited({ action: 'target.update', resource: 'target' })
  @ApiOperation({ summary: 'Update a target', description: HOST_RULES })
  @ApiResource(TARGET_TYPE, TargetAttributesDto)
  @ApiErrors(403, 404, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdateTargetBody) {
    return { data: presentTarget(await this.targets.update(auth.tenant, id, body.target)) };
  }

  @Delete(':id')
  @Authenticated()
  @Audited({ action: 'target.delete', resource: 'target' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiOperation({ summary: 'Delete a target' })
  @ApiErrors(404, 409, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.targets.remove(auth.tenant, id);
  }
}
