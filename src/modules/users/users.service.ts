import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, IsNull, Not, type Repository } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { StepUpVerifier, TwoFactorStatusSource } from '../../common/auth/auth.ports';
import { AppError, Conflict, Forbidden, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { ROLES, type Role } from '../../common/auth/roles';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import type { UpdateMeDto } from './dto/user.dto';
import { PasswordService } from './password.service';
import { presentUser } from './user.presenter';
import { User, type UserOrganization } from './user.entity';
import { hydrate, hydrateJson, selectJson, selectList } from '../../database/raw-rows';

const PROFILE_FIELDS: Record<string, keyof User> = {
  first_name: 'firstName',
  last_name: 'lastName',
  locale: 'locale',
  timezone: 'timezone',
  phone: 'phone',
  mobile_phone: 'mobilePhone',
  url: 'url',
  title: 'title',
  address: 'address',
  city: 'city',
  state: 'state',
  country: 'country',
  zipcode: 'zipcode',
  comment: 'comment',
};

export const USER_LIST_SPEC: ListSpec = {
  columns: {
    username: { sql: 'u.username', type: 'string' },
    email: { sql: 'u.email', type: 'string' },
    first_name: { sql: 'u.first_name', type: 'string' },
    last_name: { sql: 'u.last_name', type: 'string' },
    role: { sql: 'u.role', type: 'enum', values: ROLES },
    partner: { sql: 'u.partner', type: 'boolean' },
    created_at: { sql: 'u.created_at', type: 'date' },
    updated_at: { sql: 'u.updated_at', type: 'date' },
    last_sign_in_at: { sql: 'u.last_sign_in_at', type: 'date' },
  },
  defaultSort: 'username:asc',
  search: ['username', 'email', 'first_name', 'last_name'],
  tieBreaker: 'u.id',
};

export interface NewUser {
  organizationId: string;
  username: string;
  email: string;
  password?: string | null;
  role?: Role;
  confirmed?: boolean;
  firstName?: string | null;
  lastName?: string | null;
  locale?: string;
  timezone?: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: PasswordService,
    private readonly twoFactor: TwoFactorStatusSource,
    private readonly stepUp: StepUpVerifier,
  ) {}

  /**
   * Whether a Super Admin belongs to the organization: the installation's own organization (the bootstrap one, or any
   * a super admin works in), which plans never limit. `manager`: inside the caller's transaction.
   */
  hasSuperAdmin(organizationId: string, manager?: EntityManager): Promise<boolean> {
    return (manager?.getRepository(User) ?? this.users).existsBy({ organizationId, role: 'Super Admin' });
  }

  /** The product the user works in (a product code the caller has checked the organization subscribes to). */
  async setActiveProduct(userId: string, productCode: string): Promise<void> {
    await this.users.update({ id: userId }, { activeProduct: productCode });
  }

  /** Moves a user to another organization (the caller has checked both are within reach). */
  async moveToOrganization(userId: string, organizationId: string): Promise<void> {
    await this.users.update({ id: userId }, { organizationId });
  }

  /** By username or email, case-insensitively, with the password hash. */
  async findForSignIn(login: string): Promise<User | null> {
    const name = login.trim().toLowerCase();
    const matches = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      // The sign-in answer names the organization, also when it only asks for the second factor.
      .innerJoinAndSelect('u.organization', 'o')
      .where('lower(u.username) = :name OR lower(u.email) = :name', { name })
      .limit(2)
      .getMany();
    // A username wins over someone else's email that happens to look the same.
    return matches.find((u) => u.username.toLowerCase() === name) ?? matches[0] ?? null;
  }

  /** One argon2 verification whether or not the user exists (see PasswordService.verify). */
  passwordMatches(user: User | null, password: string): Promise<boolean> {
    return this.passwords.verify(user?.passwordHash, password);
  }

  async findById(id: string): Promise<User> {
    const [row] = await this.users.query(this.findByIdSql(), [id]);
    const user = row ? hydrate(this.users, row) : null;
    if (user)
      user.organization = hydrate(this.users.manager.getRepository<UserOrganization>('Organization'), row, 'o__');
    if (!user) throw new RecordNotFound();
    return user;
  }

  private byIdSql?: string;
  /** User and organization in one query, without the query builder (GET /v2/user/me runs it on every page). */
  private findByIdSql(): string {
    this.byIdSql ??= `SELECT ${selectList(this.users, 'u')}, ${selectList(this.users.manager.getRepository<UserOrganization>('Organization'), 'o', 'o__')}
      FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id = $1`;
    return this.byIdSql;
  }

  async withPasswordHash(id: string): Promise<User> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
    if (!user) throw new RecordNotFound();
    return user;
  }

  /** Creates a user; pass the transaction's manager to make it part of a larger change (customer wizard, import). */
  async create(input: NewUser, manager?: EntityManager): Promise<User> {
    const problems = input.password != null ? this.passwords.policyProblems(input.password) : [];
    if (problems.length) throw new ParameterError(problems);
    await this.assertUnique(input.username, input.email, undefined, manager);
    const repo = manager ? manager.getRepository(User) : this.users;
    return repo.save(
      repo.create({
        organizationId: input.organizationId,
        username: input.username.trim(),
        email: input.email.trim().toLowerCase(),
        passwordHash: input.password ? await this.passwords.hash(input.password) : null,
        role: input.role ?? 'User',
        confirmedAt: input.confirmed ? new Date() : null,
        firstName: input.firstName ?? null,
        lastName: input.lastName ?? null,
        ...(input.locale ? { locale: input.locale } : {}),
        ...(input.timezone ? { timezone: input.timezone } : {}),
      }),
    );
  }

  async assertUnique(
    username: string | undefined,
    email: string | undefined,
    exceptId?: string,
    manager?: EntityManager,
  ) {
    const qb = (manager ? manager.getRepository(User) : this.users)
      .createQueryBuilder('u')
      .select(['u.id', 'u.username', 'u.email']);
    const clauses: string[] = [];
    if (username) clauses.push('lower(u.username) = lower(:username)');
    if (email) clauses.push('lower(u.email) = lower(:email)');
    if (!clauses.length) return;
    qb.where(`(${clauses.join(' OR ')})`, { username: username?.trim(), email: email?.trim() });
    if (exceptId) qb.andWhere('u.id <> :exceptId', { exceptId });
    const clash = await qb.getOne();
    if (!clash) return;
    if (username && clash.username.toLowerCase() === username.trim().toLowerCase())
      throw Conflict('username is already taken');
    throw Conflict('email is already taken');
  }

  async me(auth: AuthContext) {
    const profile = auth.callerRow?.caller_profile as Record<string, unknown> | undefined;
    if (profile?.id === auth.user.id) {
      const user = hydrateJson(this.users, profile);
      const organization = { id: user.organizationId, name: profile.$organization_name as string };
      return presentUser(user, organization, this.twoFactor.fromSql(profile.$two_factor));
    }
    const user = await this.findById(auth.user.id);
    return presentUser(user, user.organization!, await this.twoFactor.statusOf(user.id));
  }

  private profileSql?: string;
  /**
   * A select-list entry (`caller_profile`, one JSON column) over users `u` and organizations `o` with what `me()`
   * presents: the credential query loads it with the credential (`AuthContext.callerRow`), so that `GET /v2/user/me`
   * costs one round trip in all.
   */
  profileColumns(): string {
    this.profileSql ??=
      selectJson(this.users, 'u', [
        `o.name AS "$organization_name"`,
        `${this.twoFactor.sql('u.id')} AS "$two_factor"`,
      ]) + ' AS caller_profile';
    return this.profileSql;
  }

  /** Profile changes. A new email is a credential change: it needs a step-up and is refused while impersonating. */
  async updateMe(auth: AuthContext, input: UpdateMeDto, stepUpToken: string | undefined) {
    const user = await this.findById(auth.user.id);
    const email = input.email?.trim().toLowerCase();
    if (email && email !== user.email) {
      if (auth.impersonatorId)
        throw Forbidden('Not allowed while impersonating a user', 'auth.impersonation_forbidden');
      if (!(await this.stepUp.verify(auth, stepUpToken, { recentProof: true }))) {
        throw AppError.of(
          401,
          'mfa.step_up_required',
          'Changing the email needs a fresh second factor: send x-mfa-step-up-token',
        );
      }
      await this.assertUnique(undefined, email, user.id);
      user.email = email;
    }
    for (const [field, property] of Object.entries(PROFILE_FIELDS)) {
      const value = input[field as keyof UpdateMeDto];
      if (value !== undefined) (user as unknown as Record<string, unknown>)[property] = value;
    }
    const organization = user.organization!;
    delete user.organization;
    const saved = await this.users.save(user);
    return presentUser(saved, organization, await this.twoFactor.statusOf(user.id));
  }

  /** Verifies the current password and stores the new one. Ending sessions is the caller's business. */
  async changePassword(userId: string, currentPassword: string, newPassword: string) {
    const user = await this.withPasswordHash(userId);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw new ParameterError(['user.current_password is not correct']);
    }
    const problems = this.passwords.policyProblems(newPassword, 'user.password');
    if (problems.length) throw new ParameterError(problems);
    await this.users.update(
      { id: userId },
      { passwordHash: await this.passwords.hash(newPassword), passwordChangedAt: new Date() },
    );
  }

  /**
   * Stores a new password chosen through a one-time link (confirmation, invitation, reset). Checks the policy;
   * pass the transaction's manager to make it part of using up the token.
   */
  async setPassword(userId: string, password: string, manager?: EntityManager, field = 'password') {
    const problems = this.passwords.policyProblems(password, field);
    if (problems.length) throw new ParameterError(problems);
    const repo = manager ? manager.getRepository(User) : this.users;
    await repo.update(
      { id: userId },
      { passwordHash: await this.passwords.hash(password), passwordChangedAt: new Date() },
    );
  }

  /** What is wrong with a new password (length rules), as 422 messages. */
  passwordProblems(password: unknown, field = 'password'): string[] {
    return this.passwords.policyProblems(password, field);
  }

  /** Marks the email as confirmed (once; a later call keeps the first date). */
  async markConfirmed(userId: string, manager?: EntityManager) {
    const repo = manager ? manager.getRepository(User) : this.users;
    await repo
      .createQueryBuilder()
      .update(User)
      .set({ confirmedAt: () => 'COALESCE(confirmed_at, now())' })
      .where('id = :userId', { userId })
      .execute();
  }

  async findByEmail(email: string): Promise<User | null> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
  }

  /** Profile fields chosen by the user when accepting an invitation. */
  async updateProfile(
    userId: string,
    profile: Partial<Pick<User, 'firstName' | 'lastName' | 'locale' | 'timezone' | 'phone' | 'title'>>,
    manager?: EntityManager,
  ) {
    const clean = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
    if (!Object.keys(clean).length) return;
    await (manager ? manager.getRepository(User) : this.users).update({ id: userId }, clean);
  }

  async recordSignIn(userId: string, ip: string) {
    await this.users
      .createQueryBuilder()
      .update(User)
      .set({ signInCount: () => 'sign_in_count + 1', lastSignInAt: new Date(), lastSignInIp: ip.slice(0, 64) })
      .where('id = :userId', { userId })
      .execute();
  }

  /** Users of the organizations in scope, filtered and paged. */
  listInOrganization(scope: TenantScope, organizationId: string, query: ListQuery) {
    const qb = this.users.createQueryBuilder('u').where('u.organization_id = :organizationId', { organizationId });
    scope.apply(qb, 'u.organization_id');
    return paginate(qb, query, USER_LIST_SPEC);
  }

  countAll(): Promise<number> {
    return this.users.count();
  }

  membersOf(organizationId: string): Promise<Pick<User, 'id' | 'username' | 'partner'>[]> {
    return this.users.find({
      where: { organizationId },
      select: { id: true, username: true, partner: true },
      order: { username: 'ASC' },
    });
  }

  /** Confirmed, unblocked Admins of one organization (who receive its compliance reminders). */
  adminsOf(organizationId: string): Promise<Pick<User, 'id' | 'username' | 'email' | 'firstName'>[]> {
    return this.users.find({
      where: { organizationId, role: 'Admin', blockedAt: IsNull(), confirmedAt: Not(IsNull()) },
      select: { id: true, username: true, email: true, firstName: true },
      order: { username: 'ASC' },
    });
  }

  /**
   * How to reach these users (notification recipients; unknown ids are skipped). `reachable`: confirmed and not
   * blocked, so an email may be sent.
   */
  async contactsOf(ids: (string | null | undefined)[]): Promise<UserContact[]> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return [];
    const rows = await this.users.find({
      where: { id: In(wanted) },
      select: { id: true, username: true, email: true, organizationId: true, blockedAt: true, confirmedAt: true },
    });
    return rows.map((u) => ({
      id: u.id,
      username: u.username,
      email: u.email,
      organizationId: u.organizationId,
      reachable: !u.blockedAt && !!u.confirmedAt,
    }));
  }

  get twoFactorStatus() {
    return this.twoFactor;
  }
}

/** Who a notification goes to. */
export interface UserContact {
  id: string;
  username: string;
  email: string;
  organizationId: string;
  /** Confirmed and not blocked: may be emailed. */
  reachable: boolean;
}

/** The user record other modules receive from this service (read-only for them). */
export type { User } from './user.entity';
