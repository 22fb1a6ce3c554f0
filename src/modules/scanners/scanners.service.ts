import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { Conflict, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { isForeignKeyViolation, isUniqueViolation } from '../../common/errors/database-errors';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import type { EngineAppType, EngineVerification } from '../scan-engines/scan-engine';
import { ScanEngineRegistry } from '../scan-engines/scan-engine.registry';
import { OrganizationsService } from '../organizations/organizations.service';
import type { CreateScannerDto, UpdateScannerDto } from './dto/scanner.dto';
import { SCANNER_APP_TYPES, Scanner, ScannerOrganization } from './scanner.entity';

export const SCANNER_LIST_SPEC: ListSpec = {
  columns: {
    name: { sql: 's.name', type: 'string' },
    description: { sql: 's.description', type: 'string' },
    app_type: { sql: 's.app_type', type: 'enum', values: SCANNER_APP_TYPES },
    active: { sql: 's.active', type: 'boolean' },
    default: { sql: 's.is_default', type: 'boolean' },
    created_at: { sql: 's.created_at', type: 'date' },
    updated_at: { sql: 's.updated_at', type: 'date' },
  },
  defaultSort: 'name:asc',
  search: ['name', 'description'],
  tieBreaker: 's.id',
};

export interface ScannerWithAssignments {
  scanner: Scanner;
  organizationIds: string[];
}

export interface ScanScanner {
  id: string;
  name: string;
  appType: EngineAppType;
}

const USABLE_BY_ORGANIZATIONS =
  '(NOT EXISTS (SELECT 1 FROM scanner_organizations so WHERE so.scanner_id = s.id)' +
  ' OR EXISTS (SELECT 1 FROM scanner_organizations so WHERE so.scanner_id = s.id AND so.organization_id IN (:...usableBy)))';

@Injectable()
export class ScannersService {
  private readonly logger = new Logger(ScannersService.name);

  constructor(
    @InjectRepository(Scanner) private readonly scanners: Repository<Scanner>,
    @InjectTenantRepository(ScannerOrganization) private readonly assignments: TenantRepository<ScannerOrganization>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly engines: ScanEngineRegistry,
  ) {}

  /** Super admins see every scanner; others those their organizations may use (unassigned, or assigned to them). */
  private visible(qb: SelectQueryBuilder<Scanner>, scope: TenantScope) {
    if (scope.isGlobal) return qb;
    return qb.andWhere(USABLE_BY_ORGANIZATIONS, { usableBy: scope.organizationIds });
  }

  async list(scope: TenantScope, query: ListQuery, onlyActive = false) {
    const qb = this.visible(this.scanners.createQueryBuilder('s'), scope);
    if (onlyActive) qb.andWhere('s.active = true');
    const { items, meta } = await paginate(qb, query, SCANNER_LIST_SPEC);
    return { items: await this.withAssignments(scope, items), meta };
  }

  async get(scope: TenantScope, id: string): Promise<ScannerWithAssignments> {
    const scanner = await this.visible(
      this.scanners.createQueryBuilder('s').where('s.id = :id', { id }),
      scope,
    ).getOne();
    if (!scanner) throw new RecordNotFound();
    return (await this.withAssignments(scope, [scanner]))[0];
  }

  async create(scope: TenantScope, input: CreateScannerDto): Promise<ScannerWithAssignments> {
    if (input.organization_ids)
      await this.assertOrganizationsExist(scope, input.organization_ids, 'scanner.organization_ids');
    const id = await this.dataSource.transaction(async (tx) => {
      if (input.default) await this.clearDefault(tx);
      const saved = await tx.getRepository(Scanner).save(
        tx.getRepository(Scanner).create({
          name: input.name.trim(),
          description: input.description ?? null,
          appType: input.app_type as EngineAppType,
          active: input.active ?? true,
          isDefault: input.default ?? false,
        }),
      );
      if (input.organization_ids) await this.replaceAssignments(tx, scope, saved.id, input.organization_ids);
      return saved.id;
    });
    return this.get(scope, id);
  }

  async update(scope: TenantScope, id: string, input: UpdateScannerDto): Promise<ScannerWithAssignments> {
    const { scanner } = await this.get(scope, id);
    if (input.default === false && scanner.isDefault) {
      throw new ParameterError(['scanner.default cannot be turned off: make another scanner the default instead']);
    }
    if (input.organization_ids)
      await this.assertOrganizationsExist(scope, input.organization_ids, 'scanner.organization_ids');
    // Switching engines invalidates what the last verification said.
    const appTypeChanges = input.app_type !== undefined && input.app_type !== scanner.appType;
    await this.dataSource.transaction(async (tx) => {
      if (input.default && !scanner.isDefault) await this.clearDefault(tx);
      await tx.getRepository(Scanner).update(
        { id },
        {
          ...(input.name !== undefined ? { name: input.name.trim() } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.app_type !== undefined ? { appType: input.app_type as EngineAppType } : {}),
          ...(appTypeChanges
            ? { verifiedAt: null, verificationOk: null, engineVersion: null, verificationMessage: null }
            : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          ...(input.default ? { isDefault: true } : {}),
          updatedAt: new Date(),
        },
      );
      if (input.organization_ids) await this.replaceAssignments(tx, scope, id, input.organization_ids);
    });
    return this.get(scope, id);
  }

  async remove(scope: TenantScope, id: string): Promise<void> {
    const { scanner } = await this.get(scope, id);
    if (scanner.isDefault)
      throw Conflict('The default scanner cannot be deleted: make another scanner the default first');
    try {
      await this.scanners.delete({ id });
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw Conflict('The scanner is used by scans; change or delete those scans first');
      }
      throw error;
    }
  }

  /** Adds one organization to the scanner's assignments (from then on, only assigned organizations may use it). */
  async assign(scope: TenantScope, id: string, organizationId: string): Promise<ScannerWithAssignments> {
    await this.get(scope, id);
    await this.assertOrganizationsExist(scope, [organizationId], 'organization_id');
    if (!(await this.assignments.count(scope, { scannerId: id, organizationId })))
      await this.assignments.insert(scope, [{ scannerId: id, organizationId }]).catch((error: unknown) => {
        if (!isUniqueViolation(error)) throw error; // assigned meanwhile by another request
      });
    return this.get(scope, id);
  }

  /** Runs the engine's own check and keeps the outcome on the scanner. */
  async verify(scope: TenantScope, id: string): Promise<EngineVerification & { verifiedAt: Date }> {
    const { scanner } = await this.get(scope, id);
    const result = await this.runVerification(scanner.appType);
    const verifiedAt = new Date();
    await this.scanners.update(
      { id },
      {
        verifiedAt,
        verificationOk: result.ok,
        engineVersion: result.version?.slice(0, 120) ?? null,
        verificationMessage: result.message.slice(0, 500),
      },
    );
    return { ...result, verifiedAt };
  }

  /**
   * For scans: the scanner to run with. null → the default scanner if the organization may use it and it is active,
   * otherwise the first active scanner the organization may use (its own assignments first). Missing, inactive or not
   * usable by the organization → 422 (one answer, so that other organizations' scanners cannot be probed).
   */
  async resolveForScan(organizationId: string, scannerId: string | null): Promise<ScanScanner> {
    const qb = this.scanners
      .createQueryBuilder('s')
      .where(USABLE_BY_ORGANIZATIONS, { usableBy: [organizationId] })
      .andWhere('s.active = true');
    if (scannerId) qb.andWhere('s.id = :scannerId', { scannerId });
    else {
      qb.orderBy('s.is_default', 'DESC')
        .addOrderBy(
          'EXISTS (SELECT 1 FROM scanner_organizations so WHERE so.scanner_id = s.id AND so.organization_id = :own)',
          'DESC',
        )
        .addOrderBy('s.created_at', 'ASC')
        .setParameter('own', organizationId);
    }
    const scanner = await qb.getOne();
    if (!scanner) {
      throw new ParameterError([
        scannerId
          ? 'scanner is not an active scanner of this organization'
          : 'no active scanner is available to this organization',
      ]);
    }
    return { id: scanner.id, name: scanner.name, appType: scanner.appType };
  }

  /** The engine's own check. An engine that throws is reported as not verified, with a message safe to show. */
  private async runVerification(appType: EngineAppType): Promise<EngineVerification> {
    try {
      return await this.engines.verify(appType);
    } catch (error) {
      this.logger.warn(`Verification of the ${appType} engine failed: ${(error as Error).message}`);
      return { ok: false, appType, version: null, message: `The ${appType} engine could not be verified` };
    }
  }

  private async clearDefault(tx: EntityManager) {
    await tx.getRepository(Scanner).update({ isDefault: true }, { isDefault: false });
  }

  /** The scanner's assignments within the scope become exactly `organizationIds` (all of them: super admins). */
  private async replaceAssignments(
    tx: EntityManager,
    scope: TenantScope,
    scannerId: string,
    organizationIds: string[],
  ) {
    const ids = [...new Set(organizationIds)];
    const assignments = this.assignments.in(tx);
    await assignments.delete(scope, { scannerId });
    if (ids.length)
      await assignments.insert(
        scope,
        ids.map((organizationId) => ({ scannerId, organizationId })),
      );
  }

  /** Checked before any transaction (PGlite has one connection; the organizations service uses its own repository). */
  private async assertOrganizationsExist(scope: TenantScope, ids: string[], field: string) {
    const problems: string[] = [];
    for (const id of new Set(ids)) {
      await this.organizations.get(scope, id).catch((error: unknown) => {
        if (error instanceof RecordNotFound) problems.push(`${field} ${id} does not name an organization`);
        else throw error;
      });
    }
    if (problems.length) throw new ParameterError(problems);
  }

  /** Assignments as far as the scope reaches: nobody learns which other organizations use a scanner. */
  private async withAssignments(scope: TenantScope, scanners: Scanner[]): Promise<ScannerWithAssignments[]> {
    const rows = scanners.length
      ? await this.assignments.find(scope, { scannerId: In(scanners.map((s) => s.id)) })
      : [];
    return scanners.map((scanner) => ({
      scanner,
      organizationIds: rows.filter((r) => r.scannerId === scanner.id).map((r) => r.organizationId),
    }));
  }
}
