import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { ApiCollection, ApiErrors, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { UpcomingScanAttributesDto } from './dto/schedule.dto';
import { presentUpcoming, UPCOMING_SCAN_TYPE } from './schedule.presenter';
import { SchedulesService, UPCOMING_LIST_SPEC } from './schedules.service';

/** Lives with schedules (it lists their next runs); Fastify matches this static route before `/v2/scans/:id`. */
@ApiTags('Scans')
@Controller('v2/scans')
export class UpcomingScansController {
  constructor(private readonly schedules: SchedulesService) {}

  @Get('upcoming')
  @Authenticated()
  @ApiOperation({
    summary: 'List upcoming scans',
    description: 'Next runs of enabled schedules, soonest first (date ranges apply to next_run_at).',
  })
  @ApiCollection(UPCOMING_SCAN_TYPE, UpcomingScanAttributesDto)
  @ApiErrors(422)
  async upcoming(@Auth() auth: AuthContext, @ListParams(UPCOMING_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.schedules.upcoming(auth.tenant, query);
    return collection(
      items.map(({ schedule, scanName }) => presentUpcoming(schedule, scanName)),
      meta,
    );
  }
}
