import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Conflict } from '../../common/errors/app-error';
import { UuidParam } from '../../common/http/params';
import {
  ApiAction,
  ApiCollection,
  ApiErrors,
  ApiResource,
  BulkDeleteResultDto,
  collection,
  type PageMeta,
} from '../../common/http/resource';
import { BulkDeleteDto } from '../../common/http/wrapped-body';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { Audited } from '../../common/audit/audited.decorator';
import { CreateScanBody, UpdateScanBody } from './dto/scan.dto';
import type { Scan } from './scan.entity';
import {
  HISTORY_TYPE,
  HistoryAttributesDto,
  presentHistory,
  presentScan,
  SCAN_TYPE,
  ScanAttributesDto,
} from './scans.presenter';
import { SCAN_LIST, ScansService } from './scans.service';

class StopResultDto {
  @ApiProperty({
    enum: ['stopped', 'stopping'],
    description: 'stopping: the worker aborts the engine within about a second',
  })
  status: string;
  @ApiProperty({ format: 'uuid' }) history_id: string;
}

const RUN_RULES =
  'A run goes queued → running → completed | stopped | failed. Progress (0-100) and heartbeat are updated every second; ' +
  'a run whose worker stops sending heartbeats for 60 s is retried once, then failed.';

@ApiTags('Scans')
@Controller('v2/scans')
export class ScansController {
  constructor(private readonly scans: ScansService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List scans' })
  @ApiCollection(SCAN_TYPE, ScanAttributesDto)
  @ApiErrors(401, 422)
  async list(@Auth() auth: AuthContext, @ListParams(SCAN_LIST) query: ListQuery) {
    const { items, meta } = await this.scans.list(auth.tenant, query);
    return this.page(auth, items, meta);
  }

  @Get('completed')
  @Authenticated()
  @ApiOperation({ summary: 'List completed scans', description: 'Scans whose latest run completed.' })
  @ApiCollection(SCAN_TYPE, ScanAttributesDto)
  @ApiErrors(401, 422)
  async completed(@Auth() auth: AuthContext, @ListParams(SCAN_LIST) query: ListQuery) {
    const { items, meta } = await this.scans.list(auth.tenant, query, 'completed');
    return this.page(auth, items, meta);
  }

  @Get('running')
  @Authenticated()
  @ApiOperation({
    summary: 'List running scans',
    description: 'Scans with a run queued or running, with its progress.',
  })
  @ApiCollection(SCAN_TYPE, ScanAttributesDto)
  @ApiErrors(401, 422)
  async running(@Auth() auth: AuthContext, @ListParams(SCAN_LIST) query: ListQuery) {
    const { items, meta } = await this.scans.list(auth.tenant, query, 'running');
    return this.page(auth, items, meta);
  }

  @Post()
  @Authenticated()
  @Audited({ action: 'scan.create', resource: 'scan' })
  @ApiOperation({
    summary: 'Create a scan',
    description: 'The target must be one of your organizations’; scanner and profile default when omitted.',
  })
  @ApiResource(SCAN_TYPE, ScanAttributesDto, 201)
  @ApiErrors(401, 422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateScanBody) {
    return { data: presentScan(await this.scans.create(auth, body.scan)) };
  }

  @Delete()
  @Authenticated()
  @Audited({ action: 'scan.bulk_delete', resource: 'scan' })
  @ApiOperation({
    summary: 'Delete scans',
    description: 'Deletes the given scans of your organizations that are not running; other ids are skipped.',
  })
  @ApiAction(BulkDeleteResultDto, 200)
  @ApiErrors(401, 422)
  async bulkDelete(@Auth() auth: AuthContext, @Body() body: BulkDeleteDto): Promise<BulkDeleteResultDto> {
    return { deleted: await this.scans.bulkRemove(auth.tenant, body.ids) };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a scan', description: 'With the status and progress of its latest run.' })
  @ApiResource(SCAN_TYPE, ScanAttributesDto)
  @ApiErrors(401, 404, 422)
  async get(@Auth() auth: AuthContext, @UuidParam() id: string) {
    const scan = await this.scans.get(auth.tenant, id);
    return { data: presentScan(scan, await this.scans.heartbeats(auth.tenant, [scan])) };
  }

  @Put(':id')
  @Authenticated()
  @Audited({ action: 'scan.update', resource: 'scan' })
  @ApiOperation({ summary: 'Update a scan', description: 'Changes apply to the next run.' })
  @ApiResource(SCAN_TYPE, ScanAttributesDto)
  @ApiErrors(401, 404, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdateScanBody) {
    return { data: presentScan(await this.scans.update(auth, id, body.scan)) };
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated()
  @Audited({ action: 'scan.delete', resource: 'scan' })
  @ApiOperation({
    summary: 'Delete a scan',
    description: 'With its runs and their results. 409 while a run is queued or running.',
  })
  @ApiErrors(401, 404, 409, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.scans.remove(auth.tenant, id);
  }

  @Post(':id/start')
  @Authenticated()
  @Audited({ action: 'scan.start', resource: 'scan' })
  @ApiOperation({
    summary: 'Start a scan',
    description: `Queues a run (202). 409 when a run is already queued or running. ${RUN_RULES}`,
  })
  @ApiResource(HISTORY_TYPE, HistoryAttributesDto, 202)
  @HttpCode(202)
  @ApiErrors(401, 403, 404, 409, 422)
  async start(@Auth() auth: AuthContext, @UuidParam() id: string) {
    const run = await this.scans.startRun(auth.tenant, id, { userId: auth.user.id, scheduleId: null });
    if (run === 'already_running') throw Conflict('The scan is already queued or running');
    return { data: presentHistory(run) };
  }

  @Post(':id/stop')
  @Authenticated()
  @Audited({ action: 'scan.stop', resource: 'scan' })
  @ApiOperation({
    summary: 'Stop a scan',
    description: 'Stops the queued or running run; the engine is aborted. 409 when nothing runs.',
  })
  @ApiAction(StopResultDto, 202)
  @ApiErrors(401, 404, 409, 422)
  stop(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<StopResultDto> {
    return this.scans.stop(auth.tenant, id);
  }

  private async page(auth: AuthContext, items: Scan[], meta: PageMeta) {
    const heartbeats = await this.scans.heartbeats(auth.tenant, items);
    return collection(
      items.map((s) => presentScan(s, heartbeats)),
      meta,
    );
  }
}
