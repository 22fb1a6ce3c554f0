import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam } from '../../common/http/params';
import { ApiAction, ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { Audited } from '../../common/audit/audited.decorator';
import {
  AddPortRangeBody,
  AppTypeQueryDto,
  CreatePortListBody,
  PortListAttributesDto,
  SyncResultDto,
  UpdatePortListBody,
} from './dto/port-list.dto';
import { PORT_LIST_TYPE, presentPortList } from './port-list.presenter';
import { PORT_LIST_SPEC, PortListsService } from './port-lists.service';

const READ_ONLY = 'Built-in lists (builtin: true) can be changed by super admins only (403 otherwise).';

@ApiTags('Port lists')
@Controller('v2/port_lists')
export class PortListsController {
  constructor(private readonly portLists: PortListsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List port lists', description: 'Built-in lists and those of your organizations.' })
  @ApiCollection(PORT_LIST_TYPE, PortListAttributesDto)
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(PORT_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.portLists.list(auth.tenant, query);
    return collection(items.map(presentPortList), meta);
  }

  @Get('activated')
  @Authenticated()
  @ApiOperation({ summary: 'List activated port lists' })
  @ApiCollection(PORT_LIST_TYPE, PortListAttributesDto)
  @ApiErrors(422)
  async activated(@Auth() auth: AuthContext, @ListParams(PORT_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.portLists.list(auth.tenant, query, true);
    return collection(items.map(presentPortList), meta);
  }

  @Post('sync')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'port_list.sync', resource: 'port_list' })
  @ApiOperation({
    summary: 'Sync the built-in port lists',
    description:
      'Restores every built-in list from the data files shipped with the product (re-creating deleted ones).',
  })
  @ApiAction(SyncResultDto, 200)
  async sync(): Promise<SyncResultDto> {
    return { status: 'synced', ...(await this.portLists.syncBuiltins()) };
  }

  @Post()
  @Authenticated()
  @Audited({ action: 'port_list.create', resource: 'port_list' })
  @ApiOperation({
    summary: 'Create a port list',
    description: 'Ranges are TCP/UDP 1-65535; overlapping and adjacent ranges are merged.',
  })
  @ApiResource(PORT_LIST_TYPE, PortListAttributesDto, 201)
  @ApiErrors(422)
  async create(@Auth() auth: AuthContext, @Body() body: CreatePortListBody) {
    return { data: presentPortList(await this.portLists.create(auth, body.port_list)) };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Show a port list' })
  @ApiResource(PORT_LIST_TYPE, PortListAttributesDto)
  @ApiErrors(404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentPortList(await this.portLists.get(auth.tenant, id)) };
  }

  @Put(':id')
  @Authenticated()
  @Audited({ action: 'port_list.update', resource: 'port_list' })
  @ApiOperation({
    summary: 'Update a port list',
    description: `port_ranges, when given, replaces every range. ${READ_ONLY}`,
  })
  @ApiResource(PORT_LIST_TYPE, PortListAttributesDto)
  @ApiErrors(403, 404, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdatePortListBody) {
    return { data: presentPortList(await this.portLists.update(auth, id, body.port_list)) };
  }

  @Delete(':id')
  @Authenticated()
  @Audited({ action: 'port_list.delete', resource: 'port_list' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiOperation({
    summary: 'Delete a port list',
    description: `409 while a scan profile or scan uses it. ${READ_ONLY}`,
  })
  @ApiErrors(403, 404, 409, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.portLists.remove(auth, id);
  }

  @Post(':id/port_ranges')
  @Authenticated()
  @Audited({ action: 'port_list.add_range', resource: 'port_list' })
  @ApiOperation({
    summary: 'Add a port range to a port list',
    description: `Merged with the ranges it overlaps or touches (those get one new id). Answers the whole list. ${READ_ONLY}`,
  })
  @ApiResource(PORT_LIST_TYPE, PortListAttributesDto, 201)
  @ApiErrors(403, 404, 422)
  async addRange(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: AddPortRangeBody) {
    return { data: presentPortList(await this.portLists.addRange(auth, id, body.port_range)) };
  }

  @Delete(':id/port_ranges/:range_id')
  @Authenticated()
  @Audited({ action: 'port_list.delete_range', resource: 'port_list' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiOperation({ summary: 'Delete a port range from a port list', description: READ_ONLY })
  @ApiErrors(403, 404, 422)
  async removeRange(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @UuidParam('range_id') rangeId: string,
  ): Promise<void> {
    await this.portLists.removeRange(auth, id, rangeId);
  }

  @Put(':id/activate')
  @Authenticated()
  @Audited({ action: 'port_list.activate', resource: 'port_list' })
  @ApiOperation({ summary: 'Activate a port list', description: READ_ONLY })
  @ApiResource(PORT_LIST_TYPE, PortListAttributesDto)
  @ApiErrors(403, 404, 422)
  async activate(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentPortList(await this.portLists.setActive(auth, id, true)) };
  }

  @Put(':id/deactivate')
  @Authenticated()
  @Audited({ action: 'port_list.deactivate', resource: 'port_list' })
  @ApiOperation({ summary: 'Deactivate a port list', description: READ_ONLY })
  @ApiResource(PORT_LIST_TYPE, PortListAttributesDto)
  @ApiErrors(403, 404, 422)
  async deactivate(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentPortList(await this.portLists.setActive(auth, id, false)) };
  }

  @Put(':id/app_type')
  @Authenticated()
  @Audited({ action: 'port_list.app_type', resource: 'port_list' })
  @ApiOperation({
    summary: 'Update the app_type of a port list',
    description: `?app_type=all|builtin|nmap. ${READ_ONLY}`,
  })
  @ApiResource(PORT_LIST_TYPE, PortListAttributesDto)
  @ApiErrors(403, 404, 422)
  async appType(@Auth() auth: AuthContext, @UuidParam() id: string, @Query() query: AppTypeQueryDto) {
    return { data: presentPortList(await this.portLists.setAppType(auth, id, query.app_type)) };
  }
}
