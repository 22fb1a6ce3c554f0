import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam } from '../../common/http/params';
import { ApiAction, ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { FilterParams, ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { parseLimit } from '../../common/listing/limit';
import { HostsService } from '../hosts/hosts.service';
import {
  PciWidgetDto,
  presentVulnerability,
  TopWidgetDto,
  TotalWidgetDto,
  VULNERABILITY_TYPE,
  VulnerabilityAttributesDto,
} from './vulnerability.presenter';
import { PCI_WIDGET_FILTERS, VULNERABILITY_LIST, VulnerabilitiesService } from './vulnerabilities.service';

@ApiTags('Vulnerabilities')
@Controller('v2/vulnerabilities')
export class VulnerabilitiesController {
  constructor(
    private readonly vulnerabilities: VulnerabilitiesService,
    private readonly hosts: HostsService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'List vulnerabilities',
    description:
      'Findings deduplicated per organization by (host, port, protocol, check id), with first/last seen and status ' +
      'open/fixed/reopened. Default order: severity, most severe first, then known exploited (CISA KEV) first, then ' +
      'higher EPSS score first. Dates filter on last_seen_at. `known_exploited`, `kev_due_date`, `epss_score` and ' +
      '`epss_percentile` come from the imported KEV catalogue and EPSS scores (`npm run cli -- kev:import`, ' +
      '`epss:import`); they filter (`q[known_exploited]=true`, `q[epss_score_gteq]=0.5`) and sort. ' +
      '`exception` is the exception covering a finding; `q[exception_status]` (pending, active, none) and ' +
      '`q[exception_reason]` (a reason, none) filter on it; `severity` is the effective one (recast by an active ' +
      'disputed severity), `original_severity` the reported one. ' +
      '`meta.total` is exact up to 10,000 matches; beyond that it is 10,000 and `meta.total_capped` is true. A count ' +
      'that would take longer than 40 ms (a rare filter over millions of findings) is replaced by the database ' +
      "planner's estimate and `meta.total_estimated` is true.",
  })
  @ApiCollection(VULNERABILITY_TYPE, VulnerabilityAttributesDto)
  @ApiErrors(401, 422)
  async list(@Auth() auth: AuthContext, @ListParams(VULNERABILITY_LIST) query: ListQuery) {
    const { items, meta } = await this.vulnerabilities.list(auth.tenant, query);
    return collection(items.map(presentVulnerability), meta);
  }

  @Get('widgets/total')
  @Authenticated()
  @ApiOperation({
    summary: 'Vulnerability totals',
    description:
      'Counts by status and, for open findings, by severity. Takes the filters of GET /v2/vulnerabilities (`q[...]`, ' +
      'date ranges on last_seen_at) to count a part of the findings; not paged. Exceptions count: an active false ' +
      'positive, compensating control or accepted risk takes a finding out of `open` (shown in `exceptions`), a ' +
      'disputed severity counts it at the recast severity. `known_exploited`, `known_exploited_overdue` (past the KEV ' +
      'due date) and `epss_at_least_10` count open findings.',
  })
  @ApiAction(TotalWidgetDto)
  @ApiErrors(401, 422)
  async total(@Auth() auth: AuthContext, @FilterParams(VULNERABILITY_LIST) query: ListQuery): Promise<TotalWidgetDto> {
    const t = await this.vulnerabilities.totals(auth.tenant, query);
    return {
      open: t.open,
      fixed: t.fixed,
      total: t.total,
      by_severity: t.bySeverity as unknown as TotalWidgetDto['by_severity'],
      exceptions: t.exceptions,
      known_exploited: t.knownExploited,
      known_exploited_overdue: t.knownExploitedOverdue,
      epss_at_least_10: t.epssAtLeast10,
    };
  }

  @Get('widgets/top')
  @Authenticated()
  @ApiOperation({
    summary: 'Top vulnerabilities',
    description:
      'Checks with the most open findings (`limit`, default 10). Takes the filters of GET /v2/vulnerabilities to rank ' +
      'a part of the findings (e.g. `q[host]=10.0.0.*`, `q[severity]=critical`).',
  })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 10 } })
  @ApiAction(TopWidgetDto)
  @ApiErrors(401, 422)
  async top(
    @Auth() auth: AuthContext,
    @FilterParams(VULNERABILITY_LIST) query: ListQuery,
    @Query('limit') limit?: string,
  ): Promise<TopWidgetDto> {
    return { data: await this.vulnerabilities.top(auth.tenant, parseLimit(limit), query) };
  }

  @Get('widgets/pci_compliant')
  @Authenticated()
  @ApiOperation({
    summary: 'PCI ASV compliance',
    description:
      'Compliant when no open finding fails PCI ASV (CVSS ≥ 4.0 or an automatic failure). Active exceptions count as ' +
      'ASV disputes: a false positive or compensating control passes, a disputed severity fails from medium up, an ' +
      'accepted risk still fails. Filters on hosts and their findings alike: `q[host]`, `q[hostname]`, `q[host_id]`, ' +
      '`q[scan_id]`, `q[organization_id]`, date ranges on last_seen_at.',
  })
  @ApiAction(PciWidgetDto)
  @ApiErrors(401, 422)
  async pci(@Auth() auth: AuthContext, @FilterParams(PCI_WIDGET_FILTERS) query: ListQuery): Promise<PciWidgetDto> {
    const [t, hosts] = await Promise.all([
      this.vulnerabilities.totals(auth.tenant, query),
      this.hosts.pciCounts(auth.tenant, query),
    ]);
    const compliant = t.pciFailing === 0;
    return {
      compliant,
      status: compliant ? 'pass' : 'fail',
      failing_vulnerabilities: t.pciFailing,
      hosts_total: hosts.hosts,
      hosts_failing: hosts.failing,
      hosts_passing: hosts.hosts - hosts.failing,
    };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a vulnerability (details, evidence, PCI status)' })
  @ApiResource(VULNERABILITY_TYPE, VulnerabilityAttributesDto)
  @ApiErrors(401, 404, 422)
  async get(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentVulnerability(await this.vulnerabilities.get(auth.tenant, id)) };
  }
}
