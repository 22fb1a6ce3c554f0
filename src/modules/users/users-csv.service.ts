import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { DataSource, type Repository } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { roleRank } from '../../common/auth/roles';
import { csvLine, parseCsv, unescapeCell } from '../../common/csv';
import { ParameterError } from '../../common/errors/app-error';
import { applyListFilters, type ListQuery } from '../../common/listing/list-query';
import { isForeignKeyViolation } from '../../common/errors/database-errors';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import { AccountTokensService } from './account-tokens.service';
import { CreateUserDto } from './dto/users-admin.dto';
import { UserMails } from './user-mails.service';
import { User } from './user.entity';
import { ADMIN_USER_LIST_SPEC } from './users-admin.service';
import { UsersService } from './users.service';

/** Columns of the CSV export; the import reads the same file back (see IMPORT_COLUMNS). */
export const EXPORT_COLUMNS = [
  'id',
  'username',
  'email',
  'role',
  'first_name',
  'last_name',
  'organization_id',
  'locale',
  'timezone',
  'verified',
  'blocked',
  'created_at',
] as const;
/** Columns the import uses; the export-only ones (id, verified, blocked, created_at) are ignored. */
const IMPORT_COLUMNS = new Set([
  'username',
  'email',
  'role',
  'first_name',
  'last_name',
  'organization_id',
  'locale',
  'timezone',
  'confirmed',
]);
const IGNORED_COLUMNS = new Set(['id', 'verified', 'blocked', 'created_at']);
export const MAX_IMPORT_ROWS = 1000;

const flatten = (errors: ValidationError[]): string[] =>
  errors.flatMap((e) => [...Object.values(e.constraints ?? {}), ...flatten(e.children ?? [])]);

export interface ImportRowReport {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  username: string;
  status: 'created' | 'skipped';
  id: string;
  reason?: 'exists';
  /** Skipped rows: the columns whose values differ from the stored user (not applied). */
  differs?: string[];
}

export interface ImportReport {
  imported: number;
  skipped: number;
  ids: string[];
  rows: ImportRowReport[];
}

/** Columns of a row that say something else than the stored user (only the columns the row fills in). */
function differences(user: User, dto: CreateUserDto, given: Set<string>): string[] {
  const stored: Record<string, unknown> = {
    role: user.role,
    first_name: user.firstName,
    last_name: user.lastName,
    organization_id: user.organizationId,
    locale: user.locale,
    timezone: user.timezone,
    confirmed: !!user.confirmedAt,
  };
  return Object.keys(stored).filter(
    (column) => given.has(column) && (dto as unknown as Record<string, unknown>)[column] !== stored[column],
  );
}

/** CSV export and import of the users in the caller's scope (`GET /v2/users/export`, `POST /v2/users/import`). */
@Injectable()
export class UsersCsvService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly usersService: UsersService,
    private readonly tokens: AccountTokensService,
    private readonly mails: UserMails,
    private readonly dataSource: DataSource,
  ) {}

  /** CSV of the users in scope, written page by page so that a large organization never sits in memory. */
  exportCsv(scope: TenantScope, query?: ListQuery): Readable {
    const users = this.users;
    async function* lines() {
      yield csvLine([...EXPORT_COLUMNS]);
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const qb = users.createQueryBuilder('u').where('u.id > :after', { after }).orderBy('u.id', 'ASC').take(500);
        scope.apply(qb, 'u.organization_id');
        if (query) applyListFilters(qb, query, ADMIN_USER_LIST_SPEC);
        const page = await qb.getMany();
        for (const u of page) {
          yield csvLine([
            u.id,
            u.username,
            u.email,
            u.role,
            u.firstName,
            u.lastName,
            u.organizationId,
            u.locale,
            u.timezone,
            !!u.confirmedAt,
            !!u.blockedAt,
            u.createdAt,
          ]);
        }
        if (page.length < 500) return;
        after = page[page.length - 1].id;
      }
    }
    return Readable.from(lines());
  }

  /**
   * Imports users from CSV (header row, then one user per row). Every row is checked first; any problem rejects
   * the whole file with the row numbers (the header is row 1) and nothing is created. Imported users get a
   * confirmation email unless the `confirmed` column says true.
   *
   * A row naming a user who already exists in the caller's scope (same username and same email) is skipped, not
   * refused, so an exported file imports again: the answer reports each row (`created` or `skipped`, and for a
   * skipped row the columns whose values differ from the stored user: an import never changes an existing user,
   * `PUT /v2/users/{id}` does, with its own rules). A username or email that belongs to someone else is refused.
   */
  async importCsv(auth: AuthContext, text: unknown): Promise<ImportReport> {
    if (typeof text !== 'string' || !text.trim())
      throw new ParameterError(['The body must be a CSV file (Content-Type: text/csv)']);
    // Row numbers as a spreadsheet shows them (header = 1), blank rows skipped but still counted.
    const [header, ...body] = parseCsv(text)
      .map((cells, index) => ({ cells, line: index + 1 }))
      .filter((r) => r.cells.some((cell) => cell.trim() !== ''));
    if (!header) throw new ParameterError(['The file has no header row']);
    const columns = header.cells.map((h) => h.trim().toLowerCase());
    const problems: string[] = [];
    const unknown = columns.filter((c) => !IMPORT_COLUMNS.has(c) && !IGNORED_COLUMNS.has(c));
    if (unknown.length) problems.push(`Unknown columns: ${unknown.join(', ')}`);
    for (const required of ['username', 'email'])
      if (!columns.includes(required)) problems.push(`Missing column: ${required}`);
    if (!body.length) problems.push('The file has no user rows');
    if (body.length > MAX_IMPORT_ROWS) problems.push(`At most ${MAX_IMPORT_ROWS} users per file`);
    if (problems.length) throw new ParameterError(problems);

    const seen = new Map<string, number>();
    const rows: { line: number; dto: CreateUserDto; given: Set<string> }[] = [];
    body.forEach(({ cells, line }) => {
      if (cells.length !== columns.length) {
        problems.push(`row ${line}: has ${cells.length} fields, the header has ${columns.length}`);
        return;
      }
      const record: Record<string, unknown> = {};
      columns.forEach((column, i) => {
        const value = unescapeCell(cells[i].trim());
        if (!IMPORT_COLUMNS.has(column) || value === '') return;
        record[column] = column === 'confirmed' ? ['true', '1', 'yes'].includes(value.toLowerCase()) : value;
      });
      const dto = plainToInstance(CreateUserDto, record);
      const errors = flatten(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
      errors.forEach((e) => problems.push(`row ${line}: ${e}`));
      if (errors.length) return;
      for (const key of [`username:${dto.username.toLowerCase()}`, `email:${dto.email.toLowerCase()}`]) {
        const first = seen.get(key);
        if (first) problems.push(`row ${line}: ${key.split(':')[0]} repeats row ${first}`);
        else seen.set(key, line);
      }
      rows.push({ line, dto, given: new Set(Object.keys(record)) });
    });

    // Existing users with these names or addresses: the same user in scope is skipped, anyone else is a clash.
    const taken = rows.length
      ? await this.users
          .createQueryBuilder('u')
          .where('lower(u.username) IN (:...names) OR lower(u.email) IN (:...emails)', {
            names: rows.map((r) => r.dto.username.toLowerCase()),
            emails: rows.map((r) => r.dto.email.toLowerCase()),
          })
          .getMany()
      : [];
    const byName = new Map(taken.map((u) => [u.username.toLowerCase(), u]));
    const takenEmails = new Set(taken.map((u) => u.email.toLowerCase()));
    const report: ImportRowReport[] = [];
    const toCreate: CreateUserDto[] = [];
    for (const { line, dto, given } of rows) {
      const existing = byName.get(dto.username.toLowerCase());
      if (
        existing &&
        existing.email.toLowerCase() === dto.email.toLowerCase() &&
        auth.tenant.includes(existing.organizationId)
      ) {
        report.push({
          row: line,
          username: existing.username,
          status: 'skipped',
          id: existing.id,
          reason: 'exists',
          differs: differences(existing, dto, given),
        });
        continue;
      }
      if (existing) problems.push(`row ${line}: username is already taken`);
      if (takenEmails.has(dto.email.toLowerCase())) problems.push(`row ${line}: email is already taken`);
      const role = dto.role ?? 'User';
      if (roleRank(role) > roleRank(auth.user.role)) problems.push(`row ${line}: role ${role} is above your own`);
      if (!auth.tenant.includes(dto.organization_id ?? auth.tenant.organizationId))
        problems.push(`row ${line}: organization_id is not an organization you manage`);
      report.push({ row: line, username: dto.username, status: 'created', id: '' });
      toCreate.push(dto);
    }
    if (problems.length) throw new ParameterError(problems);

    const created: { user: User; rawToken: string | null }[] = [];
    try {
      await this.dataSource.transaction(async (tx) => {
        for (const dto of toCreate) {
          const user = await this.usersService.create(this.newUserFrom(auth, dto), tx);
          const token = user.confirmedAt
            ? null
            : await this.tokens.issue('confirmation', user.id, { createdById: auth.user.id }, tx);
          created.push({ user, rawToken: token?.raw ?? null });
        }
      });
    } catch (err) {
      if (isForeignKeyViolation(err))
        throw new ParameterError(['organization_id does not name an existing organization']);
      throw err;
    }
    const createdRows = report.filter((r) => r.status === 'created');
    created.forEach(({ user }, i) => (createdRows[i].id = user.id));
    // Emails only once the users exist for sure (after commit).
    for (const { user, rawToken } of created) if (rawToken) await this.mails.confirmation(user, rawToken);
    return {
      imported: created.length,
      skipped: report.length - created.length,
      ids: created.map((c) => c.user.id),
      rows: report,
    };
  }

  private newUserFrom(auth: AuthContext, dto: CreateUserDto) {
    return {
      organizationId: dto.organization_id ?? auth.tenant.organizationId,
      username: dto.username,
      email: dto.email,
      role: dto.role,
      confirmed: dto.confirmed === true,
      firstName: dto.first_name,
      lastName: dto.last_name,
      locale: dto.locale,
      timezone: dto.timezone,
    };
  }
}
