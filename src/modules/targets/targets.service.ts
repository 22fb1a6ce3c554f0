import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { Conflict, ParameterError } from '../../common/errors/app-error';
import { isForeignKeyViolation } from '../../common/errors/database-errors';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { Entitlements } from '../../common/ports/entitlements';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { OrganizationsService } from '../organizations/organizations.service';
import type { CalculateHostsResultDto, CreateTargetDto, UpdateTargetDto } from './dto/target.dto';
import {
  addressesOf,
  countHosts,
  type HostEntry,
  intervalSize,
  isAddressEntry,
  parseHostEntry,
  subtractIntervals,
} from './host-entries';
import { ScanDenyList } from './scan-deny-list';
import { Target } from './target.entity';

/** Most addresses one scan may cover; larger targets must be split. */
export const MAX_SCAN_ADDRESSES = 65536;

export const TARGET_LIST_SPEC: ListSpec = {
  columns: {
    name: { sql: 't.name', type: 'string' },
    description: { sql: 't.description', type: 'string' },
    hosts: { sql: 't.hosts', type: 'string[]', sortable: false },
    host_count: { sql: 't.host_count', type: 'number' },
    organization_id: { sql: 't.organization_id', type: 'uuid' },
    user_id: { sql: 't.user_id', type: 'uuid' },
    created_at: { sql: 't.created_at', type: 'date' },
    updated_at: { sql: 't.updated_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['name', 'description', 'hosts'],
  tieBreaker: 't.id',
};

export interface ScanTarget {
  id: string;
  name: string;
  /** Individual addresses and host names, deny list applied. */
  hosts: string[];
  hostCount: number;
}

/** A value shown inside an error message: quoted, control characters escaped, bounded. */
const quoted = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

@Injectable()
export class TargetsService {
  constructor(
    @InjectTenantRepository(Target) private readonly targets: TenantRepository<Target>,
    private readonly denyList: ScanDenyList,
    private readonly entitlements: Entitlements,
    private readonly organizations: OrganizationsService,
  ) {}

  list(scope: TenantScope, query: ListQuery) {
    return paginate(this.targets.query(scope, 't'), query, TARGET_LIST_SPEC);
  }

  /** One target in the scope; another organization's is the same 404 as a missing one. */
  get(scope: TenantScope, id: string): Promise<Target> {
    return this.targets.get(scope, id);
  }

  async create(auth: AuthContext, input: CreateTargetDto): Promise<Target> {
    return this.targets.save(auth.tenant, await this.prepare(auth, input));
  }

  /**
   * A new target, checked (hosts, deny list, plan limits) but not stored: `create` stores it, or a larger change
   * stores it in its own transaction with `insertInTransaction` (the scans wizard). The checks read outside any
   * transaction, so they come first.
   */
  async prepare(auth: AuthContext, input: CreateTargetDto): Promise<Target> {
    const organizationId = await this.organizations.owningOrganization(
      auth.tenant,
      input.organization_id,
      'target.organization_id',
    );
    const entries = this.parseEntries(input.hosts, 'target.hosts');
    const hostCount = countHosts(entries);
    await this.entitlements.assertWithin(
      organizationId,
      'number_of_targets',
      await this.targets.count(TenantScope.of(organizationId)),
      1,
    );
    await this.assertWithinIpLimit(organizationId, null, hostCount);
    return this.targets.create({
      organizationId,
      userId: auth.user.id,
      name: input.name.trim(),
      description: input.description ?? null,
      hosts: entries.map((e) => e.value),
      hostCount: hostCount.toString(),
    });
  }

  /** Stores a target from `prepare` as part of the caller's transaction. */
  insertInTransaction(tx: EntityManager, scope: TenantScope, target: Target): Promise<Target> {
    return this.targets.in(tx).save(scope, target);
  }

  async update(scope: TenantScope, id: string, input: UpdateTargetDto): Promise<Target> {
    const target = await this.get(scope, id);
    if (input.hosts !== undefined) {
      const entries = this.parseEntries(input.hosts, 'target.hosts');
      const hostCount = countHosts(entries);
      // Only growth is checked against the plan: shrinking a target is always allowed.
      if (hostCount > BigInt(target.hostCount))
        await this.assertWithinIpLimit(target.organizationId, target.id, hostCount);
      target.hosts = entries.map((e) => e.value);
      target.hostCount = hostCount.toString();
    }
    if (input.name !== undefined) target.name = input.name.trim();
    if (input.description !== undefined) target.description = input.description;
    return this.targets.save(scope, target);
  }

  async remove(scope: TenantScope, id: string): Promise<void> {
    const target = await this.get(scope, id);
    await this.deleteIds(scope, [target.id]);
  }

  /** Deletes the ids that are in the scope; others (missing or not yours) are skipped, not reported. */
  async removeMany(scope: TenantScope, ids: string[]): Promise<number> {
    const found = await this.targets.idsIn(scope, ids);
    if (!found.length) return 0;
    await this.deleteIds(scope, found);
    return found.length;
  }

  /** Validates entries and counts hosts without saving anything (`POST /v2/targets/calculate_hosts`). */
  async calculate(scope: TenantScope, hosts: string[]): Promise<CalculateHostsResultDto> {
    const entries = this.parseEntries(hosts, 'target.hosts');
    const organizationId = scope.organizationId;
    return {
      host_count: Number(countHosts(entries)),
      entries: entries.map((e) => ({ host: e.value, kind: e.kind, count: Number(countHosts([e])) })),
      limit: await this.entitlements.limit(organizationId, 'number_of_ips'),
      used: await this.hostsUsed(organizationId, null),
    };
  }

  /**
   * The target as a scan needs it: every address expanded (at most MAX_SCAN_ADDRESSES), denied networks left out
   * (the deny list may have grown since the target was saved) and host names that resolve into one dropped.
   */
  async resolveForScan(scope: TenantScope, targetId: string): Promise<ScanTarget> {
    const target = await this.get(scope, targetId);
    const entries = target.hosts.map((h) => parseHostEntry(h)).filter((e): e is HostEntry => !('error' in e));
    const intervals = subtractIntervals(entries.filter(isAddressEntry), this.denyList.networks);
    const names = [...new Set(entries.filter((e) => e.kind === 'hostname').map((e) => e.value))];
    const total = intervalSize(intervals) + BigInt(names.length);
    if (total > BigInt(MAX_SCAN_ADDRESSES)) {
      throw new ParameterError([
        `target ${quoted(target.name)} has ${total} hosts; one scan covers at most ${MAX_SCAN_ADDRESSES}: split the target`,
      ]);
    }
    const denied = await Promise.all(names.map((n) => this.denyList.isDeniedHostname(n)));
    const hosts = [...addressesOf(intervals), ...names.filter((_, i) => !denied[i])];
    if (!hosts.length) throw new ParameterError([`target ${quoted(target.name)} has no host that may be scanned`]);
    return { id: target.id, name: target.name, hosts, hostCount: hosts.length };
  }

  /**
   * Parses every entry, collecting one message per bad entry (`target.hosts[2] "x" is not ...`), then refuses
   * entries touching a denied network. Duplicates (after normalization) are dropped.
   */
  parseEntries(raw: string[], field: string): HostEntry[] {
    const problems: string[] = [];
    const entries: HostEntry[] = [];
    const seen = new Set<string>();
    raw.forEach((text, i) => {
      const entry = parseHostEntry(text);
      if ('error' in entry) {
        problems.push(`${field}[${i}] ${quoted(text)} ${entry.error}`);
        return;
      }
      const denied = isAddressEntry(entry) ? this.denyList.overlapping(entry) : undefined;
      if (denied) {
        problems.push(`${field}[${i}] ${quoted(text)} is in a network that may not be scanned (${denied.text})`);
        return;
      }
      if (seen.has(entry.value)) return;
      seen.add(entry.value);
      entries.push(entry);
    });
    if (problems.length) throw new ParameterError(problems);
    return entries;
  }

  private async hostsUsed(organizationId: string, exceptTargetId: string | null): Promise<number> {
    const qb = this.targets.query(TenantScope.of(organizationId), 't').select('COALESCE(SUM(t.host_count), 0)', 'used');
    if (exceptTargetId) qb.andWhere('t.id <> :exceptTargetId', { exceptTargetId });
    const row = await qb.getRawOne<{ used: string }>();
    return Number(row?.used ?? 0);
  }

  private async assertWithinIpLimit(organizationId: string, exceptTargetId: string | null, wanted: bigint) {
    await this.entitlements.assertWithin(
      organizationId,
      'number_of_ips',
      await this.hostsUsed(organizationId, exceptTargetId),
      Number(wanted),
    );
  }

  private async deleteIds(scope: TenantScope, ids: string[]) {
    try {
      await this.targets.delete(scope, { id: In(ids) });
    } catch (error) {
      // Scans and exception rules keep a reference to their target: those have to go (or move) first.
      if (isForeignKeyViolation(error))
        throw Conflict('The target is used by scans or exception rules; delete those first');
      throw error;
    }
  }
}
