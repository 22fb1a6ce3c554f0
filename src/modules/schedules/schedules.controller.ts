import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import {
  ApiAction,
  ApiCollection,
  ApiErrors,
  ApiResource,
  BulkDeleteResultDto,
  collection,
} from '../../common/http/resource';
import { UuidParam } from '../../common/http/params';
import { BulkDeleteDto } from '../../common/http/wrapped-body';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { Audited } from '../../common/audit/audited.decorator';
import {
  CreateScheduleBody,
  FirstDateBody,
  FirstDateResultDto,
  NextDatesBody,
  NextDatesResultDto,
  ScheduleAttributesDto,
  UpdateScheduleBody,
} from './dto/schedule.dto';
import { presentSchedule, SCHEDULE_TYPE } from './schedule.presenter';
import { SCHEDULE_LIST_SPEC, SchedulesService } from './schedules.service';

@ApiTags('Schedules')
@Controller('v2/schedules')
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List Schedules' })
  @ApiCollection(SCHEDULE_TYPE, ScheduleAttributesDto)
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(SCHEDULE_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.schedules.list(auth.tenant, query);
    return collection(items.map(presentSchedule), meta);
  }

  @Post()
  @Authenticated()
  @Audited({ action: 'schedule.create', resource: 'schedule' })
  @ApiOperation({
    summary: 'Create Schedule',
    description:
      'Runs a scan once or on a recurrence (RFC 5545) in an IANA time zone. 501 while the scans module is not installed.',
  })
  @ApiResource(SCHEDULE_TYPE, ScheduleAttributesDto, 201)
  @ApiErrors(404, 422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateScheduleBody) {
    return { data: presentSchedule(await this.schedules.create(auth, body.schedule)) };
  }

  @Post('first_date')
  @Authenticated()
  @Audited({ auto: false })
  @ApiOperation({
    summary: 'Calculate First Time Schedule Date',
    description: 'The first run at or after now of the given schedule; nothing is saved.',
  })
  @ApiAction(FirstDateResultDto, 200)
  @ApiErrors(422)
  firstDate(@Body() body: FirstDateBody): FirstDateResultDto {
    return this.schedules.firstDate(body.schedule);
  }

  @Post('next_dates')
  @Authenticated()
  @Audited({ auto: false })
  @ApiOperation({
    summary: 'Calculate Next Schedule Dates',
    description: 'The next `count` (≤ 100) runs from now; nothing is saved.',
  })
  @ApiAction(NextDatesResultDto, 200)
  @ApiErrors(422)
  nextDates(@Body() body: NextDatesBody): NextDatesResultDto {
    return this.schedules.nextDates(body.schedule, body.count);
  }

  @Delete()
  @Authenticated()
  @Audited({ action: 'schedule.bulk_delete', resource: 'schedule' })
  @ApiOperation({ summary: 'Delete schedules' })
  @ApiAction(BulkDeleteResultDto, 200)
  @ApiErrors(422)
  async removeMany(@Auth() auth: AuthContext, @Body() body: BulkDeleteDto): Promise<BulkDeleteResultDto> {
    return { deleted: await this.schedules.removeMany(auth.tenant, body.ids) };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Show a schedule' })
  @ApiResource(SCHEDULE_TYPE, ScheduleAttributesDto)
  @ApiErrors(404, 422)
  async get(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentSchedule(await this.schedules.get(auth.tenant, id)) };
  }

  @Put(':id')
  @Authenticated()
  @Audited({ action: 'schedule.update', resource: 'schedule' })
  @ApiOperation({
    summary: 'Updates a schedule',
    description: 'Fields not given keep their value; null clears end_date or count.',
  })
  @ApiResource(SCHEDULE_TYPE, ScheduleAttributesDto)
  @ApiErrors(404, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdateScheduleBody) {
    return { data: presentSchedule(await this.schedules.update(auth.tenant, id, body.schedule)) };
  }

  @Delete(':id')
  @Authenticated()
  @HttpCode(204)
  @Audited({ action: 'schedule.delete', resource: 'schedule' })
  @ApiOperation({ summary: 'Delete a schedule' })
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiErrors(404, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.schedules.remove(auth.tenant, id);
  }
}
