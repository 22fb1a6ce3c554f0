import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audited } from '../../common/audit/audited.decorator';
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
import {
  presentVulnerability,
  VULNERABILITY_TYPE,
  VulnerabilityAttributesDto,
} from '../vulnerabilities/vulnerability.presenter';
import {
  CreateExceptionBody,
  ExceptionAttributesDto,
  ExceptionIdsDto,
  ExceptionStatisticsDto,
  UpdateExceptionBody,
} from './dto/exception.dto';
import type { FindingException } from './exception.entity';
import { EXCEPTION_TYPE, presentException } from './exception.presenter';
import { EXCEPTION_DETAILS_LIST, EXCEPTION_LIST, ExceptionsService } from './exceptions.service';

const EFFECTS =
  'While active: a false positive or compensating control takes its findings out of open counts, statistics, ' +
  'widgets, host risk scores and PCI pass/fail; an accepted risk takes them out of the open counts (shown as ' +
  'accepted) but still fails PCI; a disputed severity counts them at `recast_severity`, PCI included. A pending ' +
  'exception is shown on its findings and changes nothing yet.';

const all = (items: FindingException[]) =>
  collection(items.map(presentException), { page: 1, per_page: items.length, total: items.length, total_pages: 1 });

@ApiTags('Exceptions')
@Controller('v2/exceptions')
export class ExceptionsController {
  constructor(private readonly exceptions: ExceptionsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'List exceptions',
    description:
      'Filters `q[status]`, `q[reason]`, `q[scope]`, `q[check_id]` (`*` wildcard), ids, ...; `date_range_start`, ' +
      '`date_range_end` and `relative_date_range` apply to `expires_at` (`q[expires_at]=YYYY-MM-DD` for one day).',
  })
  @ApiCollection(EXCEPTION_TYPE, ExceptionAttributesDto)
  @ApiErrors(401, 422)
  async list(@Auth() auth: AuthContext, @ListParams(EXCEPTION_LIST) query: ListQuery) {
    const { items, meta } = await this.exceptions.list(auth.tenant, query);
    return collection(items.map(presentException), meta);
  }

  @Post()
  @Authenticated()
  @Audited({ action: 'exception.create', resource: 'exception' })
  @ApiOperation({
    summary: 'Ask for an exception (starts pending)',
    description:
      'One finding (`vulnerability_id`) or a rule (`check_id` with `host_id`, `target_id` or neither: the whole ' +
      'organization); a rule also covers the findings later scans create. `justification` is required; ' +
      '`recast_severity` for (and only for) `disputed_severity`; `expires_at` for `accepted_risk` (in the future, at ' +
      'most one year ahead). 404 for a vulnerability, host or target outside your organizations; 409 when a pending ' +
      `or active exception already covers the same scope. ${EFFECTS}`,
  })
  @ApiResource(EXCEPTION_TYPE, ExceptionAttributesDto, 201)
  @ApiErrors(401, 404, 409, 422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateExceptionBody) {
    return { data: presentException(await this.exceptions.create(auth, body.exception)) };
  }

  @Delete()
  @Authenticated()
  @Audited({ action: 'exception.bulk_delete', resource: 'exception' })
  @ApiOperation({
    summary: 'Delete exceptions',
    description:
      'Deletes the given exceptions you may delete (your own; any as an Admin); other ids are skipped. Their findings ' +
      'count again at once.',
  })
  @ApiAction(BulkDeleteResultDto, 200)
  @ApiErrors(401, 422)
  async removeMany(@Auth() auth: AuthContext, @Body() body: BulkDeleteDto): Promise<BulkDeleteResultDto> {
    return { deleted: await this.exceptions.removeMany(auth, body.ids) };
  }

  @Get('statistics')
  @Authenticated()
  @ApiOperation({
    summary: 'Exception statistics',
    description: 'Counts by status and reason, active ones expiring within 30 days, and covered findings by severity.',
  })
  @ApiAction(ExceptionStatisticsDto)
  @ApiErrors(401)
  statistics(@Auth() auth: AuthContext): Promise<ExceptionStatisticsDto> {
    return this.exceptions.statistics(auth.tenant);
  }

  @Put('activate')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'exception.activate', resource: 'exception' })
  @ApiOperation({
    summary: 'Approve exceptions (Admin)',
    description:
      'pending → active, all of `ids` or none (404 if one is not in your organizations, 409 if one is not pending or ' +
      'has expired). An Admin of the organization or of its partner; not the Admin who created or last changed the ' +
      'exception unless the organization allows it (`exceptions_self_approval`, PUT /v2/user/organization): 403 ' +
      `\`exception.self_approval_not_allowed\`. ${EFFECTS}`,
  })
  @ApiCollection(EXCEPTION_TYPE, ExceptionAttributesDto)
  @ApiErrors(401, 403, 404, 409, 422)
  async activate(@Auth() auth: AuthContext, @Body() body: ExceptionIdsDto) {
    return all(await this.exceptions.activate(auth, body.ids, body.comment));
  }

  @Put('reject')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'exception.reject', resource: 'exception' })
  @ApiOperation({
    summary: 'Reject exceptions (Admin; extension)',
    description: 'pending → rejected, all of `ids` or none; `comment` tells the requester why.',
  })
  @ApiCollection(EXCEPTION_TYPE, ExceptionAttributesDto)
  @ApiErrors(401, 403, 404, 409, 422)
  async reject(@Auth() auth: AuthContext, @Body() body: ExceptionIdsDto) {
    return all(await this.exceptions.reject(auth, body.ids, body.comment));
  }

  @Put('reset')
  @Authenticated()
  @Audited({ action: 'exception.reset', resource: 'exception' })
  @ApiOperation({
    summary: 'Reset exceptions',
    description:
      'pending or active → reset, all of `ids` or none: the exceptions end and their findings count again at once. ' +
      "Your own exceptions; any as an Admin (403 for another user's).",
  })
  @ApiCollection(EXCEPTION_TYPE, ExceptionAttributesDto)
  @ApiErrors(401, 403, 404, 409, 422)
  async reset(@Auth() auth: AuthContext, @Body() body: ExceptionIdsDto) {
    return all(await this.exceptions.reset(auth, body.ids));
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Show an exception' })
  @ApiResource(EXCEPTION_TYPE, ExceptionAttributesDto)
  @ApiErrors(401, 404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentException(await this.exceptions.get(auth.tenant, id)) };
  }

  @Put(':id')
  @Authenticated()
  @Audited({ action: 'exception.update', resource: 'exception' })
  @ApiOperation({
    summary: 'Change a pending exception',
    description:
      'Justification, evidence, recast severity, expiry of a pending exception (409 otherwise), by its creator or an ' +
      'Admin. The reason and the scope cannot change: reset or delete it and ask for a new one.',
  })
  @ApiResource(EXCEPTION_TYPE, ExceptionAttributesDto)
  @ApiErrors(401, 403, 404, 409, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdateExceptionBody) {
    return { data: presentException(await this.exceptions.update(auth, id, body.exception)) };
  }

  @Delete(':id')
  @Authenticated()
  @Audited({ action: 'exception.delete', resource: 'exception' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiOperation({
    summary: 'Delete an exception',
    description: 'Your own, or any as an Admin. Its findings count again at once.',
  })
  @ApiErrors(401, 403, 404, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.exceptions.remove(auth, id);
  }

  @Get(':id/details')
  @Authenticated()
  @ApiOperation({
    summary: 'Findings an exception covers',
    description:
      'The finding it names, or those its rule matched (when created, and from later runs), in the order they were ' +
      'covered, with host, port and current status; `exception` on each is the exception shown on it now. ' +
      '`q[added_at]=YYYY-MM-DD` picks the findings covered that day (the total is then exact up to 10,000).',
  })
  @ApiCollection(VULNERABILITY_TYPE, VulnerabilityAttributesDto)
  @ApiErrors(401, 404, 422)
  async details(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @ListParams(EXCEPTION_DETAILS_LIST) query: ListQuery,
  ) {
    const { items, meta } = await this.exceptions.details(auth.tenant, id, query);
    return collection(items.map(presentVulnerability), meta);
  }
}
