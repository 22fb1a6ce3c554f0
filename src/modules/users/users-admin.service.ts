import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { TwoFactorStatusSource } from '../../common/auth/auth.ports';
import { roleRank, type Role } from '../../common/auth/roles';
import { Conflict, Forbidden, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { isForeignKeyViolation } from '../../common/errors/database-errors';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { UserResourceOwnersRegistry } from '../../common/ports/user-resources';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import { AccountTokensService } from './account-tokens.service';
import {
  type CreateUserDto,
  type InviteUserDto,
  type UpdateUserDto,
  USERNAME_PATTERN,
  USERNAME_RULE,
} from './dto/users-admin.dto';
import { UserMails } from './user-mails.service';
import { presentUser } from './user.presenter';
import { User } from './user.entity';
import { USER_LIST_SPEC, UsersService } from './users.service';

export const ADMIN_USER_LIST_SPEC: ListSpec = {
  ...USER_LIST_SPEC,
  columns: { ...USER_LIST_SPEC.columns, organization_id: { sql: 'u.organization_id', type: 'uuid' } },
};

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

export interface DeletionBlocker {
  kind: string;
  count: number;
  message: string;
}

/**
 * Users administration for Admins (their organization, and a partner's customer organizations) and Super Admins.
 * Rules: a caller never manages a user of a higher role, never grants a role above its own, and never reaches
 * a user outside its tenant scope (404, as if missing).
 */
@Injectable()
export class UsersAdminService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly usersService: UsersService,
    private readonly tokens: AccountTokensService,
    private readonly mails: UserMails,
    private readonly owners: UserResourceOwnersRegistry,
    private readonly twoFactor: TwoFactorStatusSource,
    private readonly dataSource: DataSource,
  ) {}

  async present(user: User) {
    return presentUser(user, user.organization!, await this.twoFactor.statusOf(user.id));
  }

  /** A user in the caller's scope, with its organization; anything else is the same 404. */
  async getInScope(scope: TenantScope, id: string): Promise<User> {
    const qb = this.users.createQueryBuilder('u').leftJoinAndSelect('u.organization', 'o').where('u.id = :id', { id });
    scope.apply(qb, 'u.organization_id');
    const user = await qb.getOne();
    if (!user) throw new RecordNotFound();
    return user;
  }

  async list(scope: TenantScope, query: ListQuery) {
    const qb = this.users.createQueryBuilder('u').leftJoinAndSelect('u.organization', 'o');
    scope.apply(qb, 'u.organization_id');
    const { items, meta } = await paginate(qb, query, ADMIN_USER_LIST_SPEC);
    return { items: await Promise.all(items.map((u) => this.present(u))), meta };
  }

  /** Creates a user; unless `confirmed`, it gets a confirmation email and must confirm before signing in. */
  async create(auth: AuthContext, input: CreateUserDto) {
    const organizationId = this.targetOrganization(auth, input.organization_id);
    this.assertMayGrant(auth, input.role ?? 'User');
    const { user, rawToken } = await this.createWithToken(
      input.confirmed === true ? null : 'confirmation',
      auth.user.id,
      (tx) =>
        this.usersService.create(
          {
            organizationId,
            username: input.username,
            email: input.email,
            role: input.role,
            confirmed: input.confirmed === true,
            firstName: input.first_name,
            lastName: input.last_name,
            locale: input.locale,
            timezone: input.timezone,
          },
          tx,
        ),
    );
    if (rawToken) await this.mails.confirmation(user, rawToken);
    return this.present(await this.getInScope(auth.tenant, user.id));
  }

  /** Creates an unconfirmed user without password and emails an invitation (7 days, single use). */
  async invite(auth: AuthContext, input: InviteUserDto) {
    const organizationId = this.targetOrganization(auth, input.organization_id);
    this.assertMayGrant(auth, input.role ?? 'User');
    const username = input.username ?? input.email;
    if (!USERNAME_PATTERN.test(username)) {
      throw new ParameterError([`user.username ${USERNAME_RULE} (the email cannot serve as username: give one)`]);
    }
    const { user, rawToken } = await this.createWithToken('invitation', auth.user.id, (tx) =>
      this.usersService.create(
        {
          organizationId,
          username,
          email: input.email,
          role: input.role,
          firstName: input.first_name,
          lastName: input.last_name,
        },
        tx,
      ),
    );
    const withOrg = await this.getInScope(auth.tenant, user.id);
    await this.mails.invitation(user, withOrg.organization!.name, auth.user.username, rawToken!);
    return this.present(withOrg);
  }

  /** The user and its first one-time token in one transaction (the email goes out after commit). */
  private async createWithToken(
    purpose: 'confirmation' | 'invitation' | null,
    createdById: string,
    create: (tx: EntityManager) => Promise<User>,
  ): Promise<{ user: User; rawToken: string | null }> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const user = await create(tx);
        const token = purpose ? await this.tokens.issue(purpose, user.id, { createdById }, tx) : null;
        return { user, rawToken: token?.raw ?? null };
      });
    } catch (err) {
      if (isForeignKeyViolation(err)) throw new RecordNotFound();
      throw err;
    }
  }

  async resendConfirmation(auth: AuthContext, id: string) {
    const user = await this.getInScope(auth.tenant, id);
    if (user.confirmedAt) throw Conflict('This user is already confirmed', 'user.already_confirmed');
    await this.sendConfirmation(user, auth.user.id);
  }

  private async sendConfirmation(user: User, createdById: string | null) {
    const { raw } = await this.tokens.issue('confirmation', user.id, { createdById, replacePrevious: true });
    await this.mails.confirmation(user, raw);
  }

  /**
   * A one-time login link (5 minutes) for a user of lower role, for partner portals. The session it opens is
   * still subject to the user's second factor; the minting admin is recorded with the token and in the audit log.
   */
  async mintSsoLink(auth: AuthContext, id: string) {
    const user = await this.getInScope(auth.tenant, id);
    if (user.id === auth.user.id || roleRank(user.role) >= roleRank(auth.user.role)) {
      throw Forbidden('A login link can only be made for a user with a lower role than yours');
    }
    if (user.blockedAt) throw Forbidden('This user is blocked', 'auth.blocked');
    const { raw, row } = await this.tokens.issue('sso_link', user.id, {
      createdById: auth.user.id,
      replacePrevious: true,
    });
    return {
      token: raw,
      url: this.mails.link('sso_link_login', { token: raw }),
      expires_at: row.expiresAt.toISOString(),
    };
  }

  async update(auth: AuthContext, id: string, input: UpdateUserDto) {
    const user = await this.getInScope(auth.tenant, id);
    this.assertMayManage(auth, user);
    const self = user.id === auth.user.id;
    const roleBefore = user.role;
    if (input.role !== undefined && input.role !== user.role) {
      if (self) throw Forbidden('You cannot change your own role');
      this.assertMayGrant(auth, input.role);
      user.role = input.role;
    }
    if (input.blocked !== undefined && input.blocked !== !!user.blockedAt) {
      if (self) throw Forbidden('You cannot block yourself');
      // Sessions and access tokens check blocked_at on every request, so blocking takes effect at once.
      user.blockedAt = input.blocked ? new Date() : null;
    }
    const username = input.username?.trim();
    const email = input.email?.trim().toLowerCase();
    if (email && email !== user.email) {
      // The email receives password resets: changing it is a credential change. One's own goes through
      // PUT /v2/user/me (step-up, refused while impersonated); someone else's only for users of lower role.
      if (self) throw Forbidden('Change your own email with PUT /v2/user/me');
      if (roleRank(roleBefore) >= roleRank(auth.user.role))
        throw Forbidden('Only users with a lower role than yours can get a new email from you');
    }
    await this.usersService.assertUnique(
      username && username.toLowerCase() !== user.username.toLowerCase() ? username : undefined,
      email && email !== user.email ? email : undefined,
      user.id,
    );
    if (username) user.username = username;
    const oldEmail = user.email;
    if (email) user.email = email;
    for (const [field, property] of Object.entries(PROFILE_FIELDS)) {
      const value = input[field as keyof UpdateUserDto];
      if (value !== undefined) (user as unknown as Record<string, unknown>)[property] = value;
    }
    const { organization, ...row } = user;
    await this.users.save(row);
    if (email && email !== oldEmail) await this.mails.emailChanged(oldEmail, user);
    return this.present({ ...(await this.getInScope(auth.tenant, id)), organization } as User);
  }

  async setPartner(auth: AuthContext, id: string, partner: boolean) {
    const user = await this.getInScope(auth.tenant, id);
    this.assertMayManage(auth, user);
    if (partner && !user.organization!.partner)
      throw new ParameterError(['Only users of a partner organization can be partner users']);
    await this.users.update({ id }, { partner });
    return this.present(await this.getInScope(auth.tenant, id));
  }

  /** Why the user cannot be deleted (empty: it can). */
  async deletionBlockers(user: Pick<User, 'id' | 'role'>): Promise<DeletionBlocker[]> {
    const reasons: DeletionBlocker[] = [];
    for (const owner of this.owners.all()) {
      const count = await owner.countOwnedBy(user.id);
      if (count > 0)
        reasons.push({ kind: owner.kind, count, message: `The user owns ${count} ${owner.kind}: transfer them first` });
    }
    if (user.role === 'Super Admin') {
      const superAdmins = await this.users.count({ where: { role: 'Super Admin' } });
      if (superAdmins <= 1)
        reasons.push({ kind: 'last_super_admin', count: 1, message: 'The last Super Admin cannot be deleted' });
    }
    return reasons;
  }

  async canBeDeleted(auth: AuthContext, id: string) {
    const user = await this.getInScope(auth.tenant, id);
    const reasons = await this.deletionBlockers(user);
    return { can_be_deleted: reasons.length === 0, reasons };
  }

  async remove(auth: AuthContext, id: string) {
    const user = await this.getInScope(auth.tenant, id);
    if (user.id === auth.user.id) throw new ParameterError(['Delete your own account with DELETE /v2/user']);
    this.assertMayManage(auth, user);
    await this.deleteIfFree(user);
  }

  /** DELETE /v2/user: refused while others depend on what the user owns. */
  async removeSelf(auth: AuthContext) {
    await this.deleteIfFree(await this.usersService.findById(auth.user.id));
  }

  async selfCanBeDeleted(auth: AuthContext) {
    const reasons = await this.deletionBlockers(await this.usersService.findById(auth.user.id));
    return { can_be_deleted: reasons.length === 0, reasons };
  }

  private async deleteIfFree(user: User) {
    const reasons = await this.deletionBlockers(user);
    if (reasons.length) throw Conflict(reasons.map((r) => r.message).join('; '), 'user.has_dependents');
    try {
      await this.users.delete({ id: user.id });
    } catch (err) {
      // A module that keeps rows of this user without registering as a resource owner: refuse rather than orphan.
      if (isForeignKeyViolation(err)) throw Conflict('Other records still refer to this user', 'user.has_dependents');
      throw err;
    }
  }

  /** Moves every resource `from` owns to `to`, all or nothing, in one transaction. */
  async transfer(auth: AuthContext, fromId: string, toId: string) {
    if (fromId === toId) throw new ParameterError(['from_user_id and to_user_id must be different users']);
    const from = await this.getInScope(auth.tenant, fromId);
    const to = await this.getInScope(auth.tenant, toId);
    this.assertMayManage(auth, from);
    // Resources belong to an organization: moving them to a user elsewhere would move them across tenants.
    if (from.organizationId !== to.organizationId)
      throw new ParameterError(['Both users must belong to the same organization']);
    if (to.blockedAt) throw new ParameterError(['Resources cannot be transferred to a blocked user']);
    const transferred: Record<string, number> = {};
    await this.dataSource.transaction(async (tx) => {
      for (const owner of this.owners.all()) transferred[owner.kind] = await owner.transfer(tx, from.id, to.id);
    });
    const total = Object.values(transferred).reduce((a, b) => a + b, 0);
    return { from_user_id: from.id, to_user_id: to.id, transferred, total };
  }

  /** The organization a new user goes to: the caller's own, or one it manages (404 otherwise). */
  private targetOrganization(auth: AuthContext, requested: string | undefined): string {
    const organizationId = requested ?? auth.tenant.organizationId;
    if (!auth.tenant.includes(organizationId)) throw new RecordNotFound();
    return organizationId;
  }

  private assertMayGrant(auth: AuthContext, role: Role) {
    if (roleRank(role) > roleRank(auth.user.role)) throw Forbidden(`You cannot grant the ${role} role`);
  }

  /** Nobody manages a user of a higher role (an Admin of a partner never edits a Super Admin, say). */
  assertMayManage(auth: AuthContext, user: Pick<User, 'role'>) {
    if (roleRank(user.role) > roleRank(auth.user.role))
      throw Forbidden('You cannot manage a user with a higher role than yours');
  }
}
