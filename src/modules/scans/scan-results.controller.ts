import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { ParameterError } from '../../common/errors/app-error';
import { UuidParam } from '../../common/http/params';
import { ApiAction, ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { HISTORY_LIST, SCAN_HOST_LIST, SCAN_VULNERABILITY_LIST, ScanResultsService } from './scan-results.service';
import {
  HISTORY_TYPE,
  HistoryAttributesDto,
  presentHistory,
  presentScanFinding,
  presentScanHost,
  RunStatisticsDto,
  SCAN_HOST_TYPE,
  SCAN_VULNERABILITY_TYPE,
  ScanHostAttributesDto,
  ScanVulnerabilityAttributesDto,
} from './scans.presenter';

class RunCountsDto {
  @ApiProperty() total: number;
  @ApiProperty() completed: number;
  @ApiProperty() failed: number;
  @ApiProperty() stopped: number;
}

class ScanStatisticsDto extends RunStatisticsDto {
  @ApiProperty({ format: 'uuid' }) scan_id: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The run these figures are of (null: no completed run yet)',
  })
  history_id: string | null;
  @ApiProperty({ type: RunCountsDto }) runs: RunCountsDto;
}

const PER_RUN = 'Results of one run: `q[history_id]` picks it; default the latest completed run.';
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('Scan results')
@Controller('v2/scans/:id')
export class ScanResultsController {
  constructor(private readonly results: ScanResultsService) {}

  @Get('histories')
  @Authenticated()
  @ApiOperation({ summary: 'List the runs of a scan' })
  @ApiCollection(HISTORY_TYPE, HistoryAttributesDto)
  @ApiErrors(401, 404, 422)
  async histories(@Auth() auth: AuthContext, @UuidParam() id: string, @ListParams(HISTORY_LIST) query: ListQuery) {
    const { items, meta } = await this.results.listHistories(auth.tenant, id, query);
    return collection(items.map(presentHistory), meta);
  }

  @Get('histories/:history_id')
  @Authenticated()
  @ApiOperation({
    summary: 'Get a run',
    description: 'Status, progress, heartbeat, error, and statistics once completed.',
  })
  @ApiResource(HISTORY_TYPE, HistoryAttributesDto)
  @ApiErrors(401, 404, 422)
  async history(@Auth() auth: AuthContext, @UuidParam() id: string, @UuidParam('history_id') historyId: string) {
    return { data: presentHistory(await this.results.getHistory(auth.tenant, id, historyId)) };
  }

  @Get('hosts')
  @Authenticated()
  @ApiOperation({ summary: 'List the hosts of a run', description: PER_RUN })
  @ApiCollection(SCAN_HOST_TYPE, ScanHostAttributesDto)
  @ApiErrors(401, 404, 422)
  async hosts(@Auth() auth: AuthContext, @UuidParam() id: string, @ListParams(SCAN_HOST_LIST) query: ListQuery) {
    const { items, meta } = await this.results.listHosts(auth.tenant, id, query);
    return collection(items.map(presentScanHost), meta);
  }

  @Get('hosts/:host_id')
  @Authenticated()
  @ApiOperation({
    summary: 'Get a host of a run',
    description: 'With its services (port, protocol, service, product, version, banner).',
  })
  @ApiResource(SCAN_HOST_TYPE, ScanHostAttributesDto)
  @ApiErrors(401, 404, 422)
  async host(@Auth() auth: AuthContext, @UuidParam() id: string, @UuidParam('host_id') hostId: string) {
    return { data: presentScanHost(await this.results.getHost(auth.tenant, id, hostId)) };
  }

  @Get('vulnerabilities')
  @Authenticated()
  @ApiOperation({
    summary: 'List the findings of a run',
    description:
      `${PER_RUN} \`change\` says new or persisting compared with the previous run. \`meta.total\` is exact up to 10,000. ` +
      '`exception` is the exception covering the finding now (`q[exception_status]`, `q[exception_reason]` filter on ' +
      "it; an active disputed severity shows as `severity`, the run's as `original_severity`); the other filters " +
      'apply to what the run observed.',
  })
  @ApiCollection(SCAN_VULNERABILITY_TYPE, ScanVulnerabilityAttributesDto)
  @ApiErrors(401, 404, 422)
  async vulnerabilities(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @ListParams(SCAN_VULNERABILITY_LIST) query: ListQuery,
  ) {
    const { items, meta, records } = await this.results.listVulnerabilities(auth.tenant, id, query);
    return collection(
      items.map((f) => presentScanFinding(f, records.get(f.vulnerabilityId))),
      meta,
    );
  }

  @Get('vulnerabilities/:vulnerability_id')
  @Authenticated()
  @ApiOperation({
    summary: 'Get a finding of a run',
    description: 'Description, solution, CVSS, references, evidence, PCI status.',
  })
  @ApiResource(SCAN_VULNERABILITY_TYPE, ScanVulnerabilityAttributesDto)
  @ApiErrors(401, 404, 422)
  async vulnerability(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @UuidParam('vulnerability_id') findingId: string,
  ) {
    const { finding, record } = await this.results.getVulnerability(auth.tenant, id, findingId);
    return { data: presentScanFinding(finding, record) };
  }

  @Get('statistics')
  @Authenticated()
  @ApiOperation({
    summary: 'Statistics of a scan',
    description:
      'Of one run (`history_id`, default the latest completed): hosts, open ports, findings by severity, PCI status, new/fixed/persisting versus the previous run; and run counts. ' +
      'Findings under an active exception count as the exception says (as in the vulnerability widgets), `exceptions` counts them by reason.',
  })
  @ApiQuery({ name: 'history_id', required: false, schema: { type: 'string', format: 'uuid' } })
  @ApiAction(ScanStatisticsDto)
  @ApiErrors(401, 404, 422)
  statistics(@Auth() auth: AuthContext, @UuidParam() id: string, @Query('history_id') historyId?: string) {
    if (historyId !== undefined && !UUID_RE.test(historyId)) throw new ParameterError(['history_id must be a UUID']);
    return this.results.statistics(auth.tenant, id, historyId);
  }
}
