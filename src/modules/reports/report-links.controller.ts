import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { NoAuth } from '../../common/auth/authenticated.decorator';
import { AppError, RecordNotFound } from '../../common/errors/app-error';
import { sha256 } from '../../common/crypto';
import { ErrorEnvelopeDto } from '../../common/http/resource';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { ReportLink } from './report-link.entity';
import { downloadHeaders } from './reports.controller';
import { ReportsService } from './reports.service';

@ApiTags('Reports')
@Controller('reports/links')
export class ReportLinksController {
  constructor(
    @InjectTenantRepository(ReportLink) private readonly links: TenantRepository<ReportLink>,
    private readonly reports: ReportsService,
  ) {}

  @Get(':token')
  @NoAuth()
  @ApiOperation({
    summary: 'Download a report through an emailed link',
    description:
      'The link a recurring advanced report emails to each recipient: the token is the credential (256 bits, stored ' +
      'hashed, expires after REPORTS_LINK_TTL_HOURS). Same file and headers as `GET /v2/reports/{id}/download`.',
  })
  @ApiProduces('application/pdf', 'text/csv', 'application/json', 'application/sarif+json')
  @ApiResponse({ status: 200, description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 404, description: 'Unknown link', type: ErrorEnvelopeDto })
  @ApiResponse({ status: 410, description: 'Expired link or file', type: ErrorEnvelopeDto })
  async download(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw new RecordNotFound();
    // The token is the only credential here: looked up across organizations by its hash.
    const link = await this.links.findOne(TenantScope.everywhere(), { tokenHash: sha256(token) });
    if (!link) throw new RecordNotFound();
    if (link.expiresAt.getTime() < Date.now())
      throw AppError.of(410, 'report.link_expired', 'This download link has expired');
    const scope = TenantScope.ofPayload(link);
    const { report, stream } = await this.reports.open(await this.reports.get(scope, link.reportId));
    await this.links.update(scope, { id: link.id }, { downloads: () => 'downloads + 1', lastUsedAt: new Date() });
    downloadHeaders(reply, report);
    return new StreamableFile(stream);
  }
}
