import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Audited } from '../../common/audit/audited.decorator';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AppError, ParameterError } from '../../common/errors/app-error';
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
import {
  GenerateReportBody,
  ReportAttributesDto,
  ReportExistsDto,
  VerifyHashDto,
  VerifyResultDto,
} from './dto/report.dto';
import { contentDisposition } from './report-files';
import type { Report } from './report.entity';
import { presentReport, REPORT_TYPE } from './report.presenter';
import { REPORT_LIST, ReportsService } from './reports.service';
import { isReportUpload, RAW_REPORT_TYPES } from './verify-upload';

/** Headers of a report download: type, file name, size, and the file's identity. */
export function downloadHeaders(reply: FastifyReply, report: Report) {
  reply.header('content-type', report.contentType ?? 'application/octet-stream');
  reply.header('content-disposition', contentDisposition(report.fileName ?? `${report.id}.bin`));
  if (report.size !== null) reply.header('content-length', report.size);
  reply.header('x-cg-report-sha256', report.sha256 ?? '');
  reply.header('x-cg-report-signature', report.signature ?? '');
  reply.header('cache-control', 'private, no-store');
  reply.header('x-content-type-options', 'nosniff');
}

const GENERATE_DESCRIPTION =
  'Queues a report (202): `kind` executive, detailed, remediation, pci_asv or delta; `format` pdf (every kind), csv and ' +
  'json (detailed, delta) or sarif (detailed). Scope: `history_id` (one run), `scan_id` (its latest completed run), ' +
  '`scan_ids` or `target_id` (latest completed runs), or none (the whole organization). Delta compares `history_id` with ' +
  '`base_history_id` (runs of one scan). Optional `filters` (severity, status, last-seen date range) and `sections`. ' +
  "A job builds the file; poll `status` and `progress` (or `/exists`). Dates in PDFs are in the requester's time zone.";

@ApiTags('Reports')
@Controller('v2/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List reports' })
  @ApiCollection(REPORT_TYPE, ReportAttributesDto)
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(REPORT_LIST) query: ListQuery) {
    const { items, meta } = await this.reports.list(auth.tenant, query);
    return collection(items.map(presentReport), meta);
  }

  @Post('generate')
  @Authenticated()
  @HttpCode(202)
  @Audited({ action: 'report.generate', resource: 'report' })
  @ApiOperation({ summary: 'Generate a report file', description: GENERATE_DESCRIPTION })
  @ApiResource(REPORT_TYPE, ReportAttributesDto, 202)
  @ApiErrors(422)
  async generate(@Auth() auth: AuthContext, @Body() body: GenerateReportBody) {
    return { data: presentReport(await this.reports.generate(auth, body.report)) };
  }

  @Delete()
  @Authenticated()
  @Audited({ action: 'report.bulk_delete', resource: 'report' })
  @ApiOperation({
    summary: 'Delete reports',
    description: 'Deletes the given reports and their files; other ids are skipped.',
  })
  @ApiAction(BulkDeleteResultDto, 200)
  @ApiErrors(422)
  async removeMany(@Auth() auth: AuthContext, @Body() body: BulkDeleteDto): Promise<BulkDeleteResultDto> {
    return { deleted: await this.reports.removeMany(auth.tenant, body.ids) };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Show a report (status, progress, file name, size, SHA-256, signature)' })
  @ApiResource(REPORT_TYPE, ReportAttributesDto)
  @ApiErrors(404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentReport(await this.reports.get(auth.tenant, id)) };
  }

  @Delete(':id')
  @Authenticated()
  @HttpCode(204)
  @Audited({ action: 'report.delete', resource: 'report' })
  @ApiOperation({ summary: 'Delete a report and its file' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.reports.remove(auth.tenant, id);
  }

  @Get(':id/download')
  @Authenticated()
  @ApiOperation({
    summary: 'Download a report file',
    description:
      'Streams the file with its content type and `Content-Disposition` file name, and `X-CG-Report-SHA256` / ' +
      '`X-CG-Report-Signature` (base64 Ed25519 over the SHA-256 digest). 409 while it is queued or running (or when it ' +
      'failed), 410 once retention removed the file.',
  })
  @ApiProduces('application/pdf', 'text/csv', 'application/json', 'application/sarif+json')
  @ApiResponse({ status: 200, description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 409, description: 'Not ready yet, or failed', type: ErrorEnvelopeDto })
  @ApiResponse({ status: 410, description: 'Removed by retention', type: ErrorEnvelopeDto })
  @ApiErrors(404, 422)
  async download(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { report, stream } = await this.reports.download(auth.tenant, id);
    downloadHeaders(reply, report);
    return new StreamableFile(stream);
  }

  @Get(':id/exists')
  @Authenticated()
  @ApiOperation({ summary: 'Check whether a report file exists (for polling clients)' })
  @ApiAction(ReportExistsDto)
  @ApiErrors(404, 422)
  exists(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<ReportExistsDto> {
    return this.reports.exists(auth.tenant, id);
  }

  @Post(':id/verify')
  @Authenticated()
  @HttpCode(200)
  @Audited({ action: 'report.verify', resource: 'report' })
  @ApiOperation({
    summary: 'Verify a report file or hash',
    description:
      'Send `{"sha256": "<hex>"}`, or the file itself as the raw body (`application/pdf`, `text/csv`, `application/json`, ' +
      '`application/sarif+json`, `application/octet-stream`) or as the first file of a `multipart/form-data` upload. The ' +
      'file is hashed as it streams (at most REPORTS_VERIFY_MAX_BYTES, 413 beyond) and never stored. Answers whether ' +
      "it is exactly this report's file, with the report's id and generation time.",
  })
  @ApiConsumes('application/json', ...RAW_REPORT_TYPES.filter((t) => t !== 'application/json'), 'multipart/form-data')
  @ApiBody({ type: VerifyHashDto, description: 'A hash, or the file as the raw body' })
  @ApiAction(VerifyResultDto)
  @ApiResponse({ status: 413, description: 'File larger than REPORTS_VERIFY_MAX_BYTES', type: ErrorEnvelopeDto })
  @ApiErrors(404, 409, 422)
  async verify(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @Req() request: FastifyRequest,
  ): Promise<VerifyResultDto> {
    const body: unknown = request.body;
    if (isReportUpload(body)) {
      if (body.tooLarge)
        throw AppError.of(
          413,
          'payload_too_large',
          'The file is larger than the verify limit (REPORTS_VERIFY_MAX_BYTES)',
        );
      if (body.missingFile) throw new ParameterError(['file: the multipart upload has no file part']);
      if (body.hash !== null) return this.reports.verify(auth.tenant, id, body.hash, null);
      return this.reports.verify(auth.tenant, id, body.sha256!, body.size);
    }
    const sha256 = (body as { sha256?: unknown } | null)?.sha256;
    if (typeof sha256 !== 'string')
      throw new ParameterError(['sha256 must be 64 hexadecimal characters, or send the file itself']);
    return this.reports.verify(auth.tenant, id, sha256, null);
  }
}
