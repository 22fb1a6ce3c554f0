import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { Conflict, Forbidden, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { isForeignKeyViolation } from '../../common/errors/database-errors';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { OrganizationsService } from '../organizations/organizations.service';
import type { PortRange } from '../scan-engines/scan-engine';
import { builtinPortLists } from './builtin-port-lists';
import type { CreatePortListDto, PortRangeInputDto, UpdatePortListDto } from './dto/port-list.dto';
import { PORT_LIST_APP_TYPES, PortList, type PortListAppType, PortListRange } from './port-list.entity';
import { mergePortRanges } from './port-ranges';

export const PORT_LIST_SPEC: ListSpec = {
  columns: {
    name: { sql: 'pl.name', type: 'string' },
    description: { sql: 'pl.description', type: 'string' },
    app_type: { sql: 'pl.app_type', type: 'enum', values: PORT_LIST_APP_TYPES },
    active: { sql: 'pl.active', type: 'boolean' },
    builtin: { sql: '(pl.organization_id IS NULL)', type: 'boolean' },
    organization_id: { sql: 'pl.organization_id', type: 'uuid' },
    created_at: { sql: 'pl.created_at', type: 'date' },
    updated_at: { sql: 'pl.updated_at', type: 'date' },
  },
  defaultSort: 'name:asc',
  search: ['name', 'description'],
  tieBreaker: 'pl.id',
};

const isSuperAdmin = (auth: AuthContext) => auth.user.role === 'Super Admin';
const toRange = (r: PortListRange): PortRange => ({ protocol: r.protocol, start: r.startPort, end: r.endPort });

@Injectable()
export class PortListsService {
  constructor(
    @InjectTenantRepository(PortList) private readonly portLists: TenantRepository<PortList>,
    @InjectRepository(PortListRange) private readonly ranges: Repository<PortListRange>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  /** Built-in lists (a shared tenant entity: every scope reads them) plus the scope's own. */
  async list(scope: TenantScope, query: ListQuery, onlyActive = false) {
    const qb = this.portLists.query(scope, 'pl');
    if (onlyActive) qb.andWhere('pl.active = true');
    const page = await paginate(qb, query, PORT_LIST_SPEC);
    await this.attachRanges(page.items);
    return page;
  }

  async get(scope: TenantScope, id: string): Promise<PortList> {
    const list = await this.portLists.get(scope, id);
    await this.attachRanges([list]);
    return list;
  }

  async create(auth: AuthContext, input: CreatePortListDto): Promise<PortList> {
    const organizationId = await this.organizations.owningOrganization(
      auth.tenant,
      input.organization_id,
      'port_list.organization_id',
    );
    const ranges = this.normalize(input.port_ranges ?? [], 'port_list.port_ranges');
    const id = await this.dataSource.transaction(async (tx) => {
      const lists = this.portLists.in(tx);
      const saved = await lists.save(
        auth.tenant,
        lists.create({
          organizationId,
          name: input.name.trim(),
          description: input.description ?? null,
          appType: (input.app_type ?? 'all') as PortListAppType,
          active: input.active ?? true,
        }),
      );
      await this.replaceRanges(tx, saved.id, ranges);
      return saved.id;
    });
    return this.get(auth.tenant, id);
  }

  async update(auth: AuthContext, id: string, input: UpdatePortListDto): Promise<PortList> {
    const list = await this.writable(auth, id);
    const ranges = input.port_ranges ? this.normalize(input.port_ranges, 'port_list.port_ranges') : null;
    await this.dataSource.transaction(async (tx) => {
      const changes: Partial<PortList> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.description !== undefined) changes.description = input.description;
      if (input.app_type !== undefined) changes.appType = input.app_type as PortListAppType;
      if (input.active !== undefined) changes.active = input.active;
      // Always touch the row so updated_at moves when only the ranges change.
      await this.portLists.in(tx).update(auth.tenant, { id: list.id }, { ...changes, updatedAt: new Date() });
      if (ranges) await this.replaceRanges(tx, list.id, ranges);
    });
    return this.get(auth.tenant, id);
  }

  async setActive(auth: AuthContext, id: string, active: boolean) {
    return this.update(auth, id, { active });
  }

  async setAppType(auth: AuthContext, id: string, appType: string) {
    return this.update(auth, id, { app_type: appType });
  }

  async remove(auth: AuthContext, id: string): Promise<void> {
    const list = await this.writable(auth, id);
    try {
      await this.portLists.delete(auth.tenant, { id: list.id });
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw Conflict('The port list is used by a scan profile or a scan');
      }
      throw error;
    }
  }

  /** Adds a range, merging it with the ranges it overlaps or touches (those are replaced by the merged one). */
  async addRange(auth: AuthContext, id: string, input: PortRangeInputDto): Promise<PortList> {
    const list = await this.writable(auth, id);
    const [range] = this.normalize([input], 'port_range');
    await this.dataSource.transaction(async (tx) => {
      const existing = await tx.getRepository(PortListRange).findBy({ portListId: list.id });
      await this.replaceRanges(tx, list.id, mergePortRanges([...existing.map(toRange), range]), existing);
      await this.portLists.in(tx).update(auth.tenant, { id: list.id }, { updatedAt: new Date() });
    });
    return this.get(auth.tenant, id);
  }

  async removeRange(auth: AuthContext, id: string, rangeId: string): Promise<void> {
    const list = await this.writable(auth, id);
    const result = await this.ranges.delete({ id: rangeId, portListId: list.id });
    if (!result.affected) throw new RecordNotFound();
    await this.portLists.update(auth.tenant, { id: list.id }, { updatedAt: new Date() });
  }

  /**
   * Restores every built-in list from the data files (name, description, app type, ranges; active again), re-creating
   * deleted ones under their fixed ids. Organization lists are not touched.
   */
  async syncBuiltins(): Promise<{ port_lists: number; created: number }> {
    const builtins = builtinPortLists();
    let created = 0;
    // Installation-wide rows, restored for no caller in particular.
    const everywhere = TenantScope.everywhere();
    await this.dataSource.transaction(async (tx) => {
      const repo = this.portLists.in(tx);
      for (const b of builtins) {
        const fields = {
          name: b.name,
          description: b.description,
          appType: b.appType as PortListAppType,
          active: true,
          organizationId: null,
        };
        if (await repo.count(everywhere, { id: b.id }))
          await repo.update(everywhere, { id: b.id }, { ...fields, updatedAt: new Date() });
        else {
          await repo.insert(everywhere, [{ id: b.id, ...fields }]);
          created++;
        }
        await this.replaceRanges(tx, b.id, b.ranges);
      }
    });
    return { port_lists: builtins.length, created };
  }

  /** For a scan of the organization: the merged ranges of a list it may use (built-in or its own). */
  async rangesFor(organizationId: string, portListId: string): Promise<PortRange[]> {
    if (!(await this.usableBy(organizationId, portListId))) throw new RecordNotFound();
    const rows = await this.ranges.find({ where: { portListId }, order: { protocol: 'ASC', startPort: 'ASC' } });
    return rows.map(toRange);
  }

  /** Whether a list exists and the organization may use it (built-in or its own), for validating references. */
  async usableBy(organizationId: string, portListId: string): Promise<boolean> {
    return (await this.portLists.count(TenantScope.of(organizationId), { id: portListId })) > 0;
  }

  /** A list the caller may change: visible, and not built-in unless the caller is a super admin. */
  private async writable(auth: AuthContext, id: string): Promise<PortList> {
    const list = await this.get(auth.tenant, id);
    if (list.organizationId === null && !isSuperAdmin(auth)) throw Forbidden('Built-in port lists are read-only');
    return list;
  }

  private normalize(input: PortRangeInputDto[], field: string): PortRange[] {
    const problems: string[] = [];
    const ranges = input.map((r, i) => {
      const end = r.end ?? r.start;
      const name = input.length === 1 && field === 'port_range' ? field : `${field}[${i}]`;
      if (end < r.start) problems.push(`${name}.end must not be lower than start`);
      return { protocol: r.protocol, start: r.start, end };
    });
    if (problems.length) throw new ParameterError(problems);
    return mergePortRanges(ranges);
  }

  /** Makes the list's ranges exactly `wanted`, keeping rows (and their ids) that do not change. */
  private async replaceRanges(tx: EntityManager, portListId: string, wanted: PortRange[], existing?: PortListRange[]) {
    const repo = tx.getRepository(PortListRange);
    const current = existing ?? (await repo.findBy({ portListId }));
    const key = (r: PortRange) => `${r.protocol}:${r.start}-${r.end}`;
    const wantedKeys = new Set(wanted.map(key));
    const currentKeys = new Set(current.map((r) => key(toRange(r))));
    const stale = current.filter((r) => !wantedKeys.has(key(toRange(r))));
    if (stale.length) await repo.delete(stale.map((r) => r.id));
    const fresh = wanted.filter((r) => !currentKeys.has(key(r)));
    for (let i = 0; i < fresh.length; i += 1000) {
      await repo.insert(
        fresh.slice(i, i + 1000).map((r) => ({ portListId, protocol: r.protocol, startPort: r.start, endPort: r.end })),
      );
    }
  }

  private async attachRanges(lists: PortList[]) {
    if (!lists.length) return;
    const rows = await this.ranges
      .createQueryBuilder('r')
      .where('r.port_list_id IN (:...ids)', { ids: lists.map((l) => l.id) })
      .orderBy('r.protocol', 'ASC')
      .addOrderBy('r.start_port', 'ASC')
      .getMany();
    for (const list of lists) list.ranges = rows.filter((r) => r.portListId === list.id);
  }
}
