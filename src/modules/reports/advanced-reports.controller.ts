import { Body, Controller, Delete, Get, HttpCode, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
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
  ErrorEnvelopeDto,
} from '../../common/http/resource';
import { BulkDeleteDto } from '../../common/http/wrapped-body';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { ADVANCED_REPORT_TYPE, presentAdvancedReport } from './advanced-report.presenter';
import { ADVANCED_REPORT_LIST, AdvancedReportsService } from './advanced-reports.service';
import {
  AdvancedReportAttributesDto,
  CreateAdvancedReportBody,
  UpdateAdvancedReportBody,
} from './dto/advanced-report.dto';
import { ReportAttributesDto } from './dto/report.dto';
import { presentReport, REPORT_TYPE } from './report.presenter';
import { downloadHeaders } from './reports.controller';
import { ReportsService } from './reports.service';

const FEATURE = { feature: 'advanced_reports' } as const;

@ApiTags('Advanced reports')
@Controller('v2/advanced_reports')
export class AdvancedReportsController {
  constructor(
    private readonly definitions: AdvancedReportsService,
    private readonly reports: ReportsService,
  ) {}

  @Get()
  @Authenticated(FEATURE)
  @ApiOperation({ summary: 'List advanced reports (saved report definitions)' })
  @ApiCollection(ADVANCED_REPORT_TYPE, AdvancedReportAttributesDto)
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(ADVANCED_REPORT_LIST) query: ListQuery) {
    const { items, meta } = await this.definitions.list(auth.tenant, query);
    return collection(items.map(presentAdvancedReport), meta);
  }

  @Post()
  @Authenticated(FEATURE)
  @Audited({ action: 'advanced_report.create', resource: 'advanced_report' })
  @ApiOperation({
    summary: 'Create an advanced report',
    description:
      'Name, kind, format, scope, filters and sections as for `POST /v2/reports/generate`, plus optional recipients and ' +
      'a recurrence (the schedules’ fields: start_at, time_zone, frequency, interval, weekdays, month_day, ' +
      'week_of_month, weekday, end_date, count). A recurring definition generates on time and emails its recipients a ' +
      'download link (members of the organization; others only when an Admin set external_recipients_allowed).',
  })
  @ApiResource(ADVANCED_REPORT_TYPE, AdvancedReportAttributesDto, 201)
  @ApiErrors(403, 422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateAdvancedReportBody) {
    return { data: presentAdvancedReport(await this.definitions.create(auth, body.advanced_report)) };
  }

  @Delete()
  @Authenticated(FEATURE)
  @Audited({ action: 'advanced_report.bulk_delete', resource: 'advanced_report' })
  @ApiOperation({ summary: 'Delete advanced reports', description: 'Their reports stay (unlinked).' })
  @ApiAction(BulkDeleteResultDto, 200)
  @ApiErrors(422)
  async removeMany(@Auth() auth: AuthContext, @Body() body: BulkDeleteDto): Promise<BulkDeleteResultDto> {
    return { deleted: await this.definitions.removeMany(auth.tenant, body.ids) };
  }

  @Get(':id')
  @Authenticated(FEATURE)
  @ApiOperation({ summary: 'Show an advanced report' })
  @ApiResource(ADVANCED_REPORT_TYPE, AdvancedReportAttributesDto)
  @ApiErrors(404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentAdvancedReport(await this.definitions.get(auth.tenant, id)) };
  }

  @Put(':id')
  @Authenticated(FEATURE)
  @Audited({ action: 'advanced_report.update', resource: 'advanced_report' })
  @ApiOperation({ summary: 'Update an advanced report' })
  @ApiResource(ADVANCED_REPORT_TYPE, AdvancedReportAttributesDto)
  @ApiErrors(403, 404, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdateAdvancedReportBody) {
    return { data: presentAdvancedReport(await this.definitions.update(auth, id, body.advanced_report)) };
  }

  @Delete(':id')
  @Authenticated(FEATURE)
  @HttpCode(204)
  @Audited({ action: 'advanced_report.delete', resource: 'advanced_report' })
  @ApiOperation({ summary: 'Delete an advanced report', description: 'Its reports stay (unlinked).' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.definitions.remove(auth.tenant, id);
  }

  @Post(':id/generate')
  @Authenticated(FEATURE)
  @HttpCode(202)
  @Audited({ action: 'advanced_report.generate', resource: 'advanced_report' })
  @ApiOperation({
    summary: 'Generate an advanced report file',
    description: 'Queues a report from the definition (202, the report resource); poll it like any report.',
  })
  @ApiResource(REPORT_TYPE, ReportAttributesDto, 202)
  @ApiErrors(404, 422)
  async generate(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentReport(await this.definitions.generate(auth, id)) };
  }

  @Get(':id/download')
  @Authenticated(FEATURE)
  @ApiOperation({
    summary: 'Download an advanced report file',
    description:
      'The latest completed report of the definition, with the same headers as a report download. 409 when none is completed yet.',
  })
  @ApiProduces('application/pdf', 'text/csv', 'application/json', 'application/sarif+json')
  @ApiResponse({ status: 200, description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 409, description: 'No completed report yet', type: ErrorEnvelopeDto })
  @ApiErrors(404, 422)
  async download(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { report, stream } = await this.reports.open(await this.definitions.latest(auth.tenant, id));
    downloadHeaders(reply, report);
    return new StreamableFile(stream);
  }
}
