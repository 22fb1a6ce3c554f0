import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { Conflict, Forbidden, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { actorOf, SubscriptionsService } from '../subscriptions/subscriptions.service';
import { AccountTokensService } from '../users/account-tokens.service';
import { UserMails } from '../users/user-mails.service';
import { UsersService } from '../users/users.service';
import type {
  CreateCustomerDto,
  CreateOrganizationDto,
  UpdateOrganizationAdminDto,
} from './dto/organization-admin.dto';
import { Organization } from './organization.entity';
import { assignOrganizationFields, OrganizationsService } from './organizations.service';

export interface CreatedCustomer {
  organization: Organization;
  userIds: string[];
  subscriptionIds: string[];
}

/**
 * Organization management beyond the caller's own: super admins manage every organization, a partner Admin its
 * customer organizations (and never another partner's: they are outside its scope, so 404).
 */
@Injectable()
export class OrganizationsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly users: UsersService,
    private readonly tokens: AccountTokensService,
    private readonly mails: UserMails,
  ) {}

  async create(auth: AuthContext, input: CreateOrganizationDto): Promise<Organization> {
    return this.dataSource.transaction((tx) => this.createIn(tx, auth, input, 'organization'));
  }

  /** `POST /v2/users/customer`: organization, subscription and users in one transaction, all or nothing. */
  async createCustomer(auth: AuthContext, input: CreateCustomerDto): Promise<CreatedCustomer> {
    // An explicit subscription replaces the default plan; otherwise the organization's own `plans` rules apply.
    const organization: CreateOrganizationDto = input.subscription
      ? { ...input.organization, skip_default_subscription: true, plans: [input.subscription] }
      : input.organization;
    const pendingMails: { user: { email: string; username: string; organizationId: string }; raw: string }[] = [];
    const created = await this.dataSource.transaction(async (tx) => {
      const org = await this.createIn(tx, auth, organization, 'customer.organization');
      const userIds: string[] = [];
      for (const u of input.users) {
        const user = await this.users.create(
          {
            organizationId: org.id,
            username: u.username,
            email: u.email,
            password: u.password ?? null,
            role: u.role ?? 'User',
            confirmed: u.confirmed ?? false,
            firstName: u.first_name ?? null,
            lastName: u.last_name ?? null,
          },
          tx,
        );
        userIds.push(user.id);
        // Unconfirmed users get a confirmation link (UC2: `confirmed: true` skips it). The token is part of the
        // transaction; the email is only queued once everything is committed.
        if (!user.confirmedAt) {
          const { raw } = await this.tokens.issue('confirmation', user.id, { createdById: auth.user.id }, tx);
          pendingMails.push({ user, raw });
        }
      }
      return { organization: org, userIds, subscriptionIds: org.subscriptionIds };
    });
    for (const { user, raw } of pendingMails) await this.mails.confirmation(user, raw);
    return created;
  }

  async update(auth: AuthContext, id: string, input: UpdateOrganizationAdminDto): Promise<Organization> {
    if (input.partner !== undefined && auth.user.role !== 'Super Admin')
      throw Forbidden('Only a super admin can make an organization a partner');
    const org = await this.organizations.update(auth.tenant, id, input);
    if (input.partner !== undefined && input.partner !== org.partner) {
      if (!input.partner && (await this.organizations.customerIdsOf(org.id)).length) {
        throw Conflict('The organization still has customer organizations');
      }
      await this.dataSource.getRepository(Organization).update({ id: org.id }, { partner: input.partner });
    }
    return this.organizations.get(auth.tenant, org.id);
  }

  async remove(auth: AuthContext, id: string): Promise<void> {
    const org = await this.organizations.get(auth.tenant, id);
    if (org.id === auth.user.organizationId) throw Forbidden('You cannot delete your own organization');
    if (auth.user.role !== 'Super Admin' && org.parentId !== auth.user.organizationId) {
      throw Forbidden('Only a super admin or its partner can delete an organization');
    }
    if ((await this.users.membersOf(org.id)).length)
      throw Conflict('The organization still has users; move or delete them first');
    await this.organizations.remove(org.id);
  }

  /** `PUT /v2/organizations/move`: both the user and the destination must be within the caller's reach. */
  async moveUser(auth: AuthContext, userId: string, organizationId: string): Promise<Organization> {
    const target = await this.organizations.get(auth.tenant, organizationId);
    const user = await this.users.findById(userId).catch((err: unknown) => {
      if (err instanceof RecordNotFound) return null;
      throw err;
    });
    if (!user || !auth.tenant.includes(user.organizationId)) throw new RecordNotFound();
    if (user.id === auth.user.id) throw new ParameterError(['user_id cannot be yourself']);
    if (user.role === 'Super Admin' && auth.user.role !== 'Super Admin') throw new RecordNotFound();
    if (user.organizationId !== target.id) {
      await this.users.moveToOrganization(user.id, target.id);
    }
    return target;
  }

  /**
   * Creates an organization inside `tx` and subscribes it: the given plans (first per product wins), or the default
   * plan. A partner Admin's organizations become its customers; only super admins choose `partner` and `parent_id`.
   */
  private async createIn(tx: EntityManager, auth: AuthContext, input: CreateOrganizationDto, field: string) {
    const isSuper = auth.user.role === 'Super Admin';
    let parentId: string | null = null;
    if (isSuper) {
      if (input.parent_id) {
        const parent = await tx.getRepository(Organization).findOneBy({ id: input.parent_id });
        if (!parent || !parent.partner) throw new ParameterError([`${field}.parent_id must be a partner organization`]);
        parentId = parent.id;
      }
    } else {
      const own = await tx.getRepository(Organization).findOneBy({ id: auth.user.organizationId });
      if (!own?.partner) throw Forbidden('Only partner organizations can create customer organizations');
      if (input.partner !== undefined) throw Forbidden('Only a super admin can make an organization a partner');
      if (input.parent_id !== undefined && input.parent_id !== own.id) throw new RecordNotFound();
      parentId = own.id;
    }
    if (input.skip_default_subscription && !input.plans?.length) {
      throw new ParameterError([`${field}.plans is required when skip_default_subscription is true`]);
    }
    const values: Partial<Organization> & { name: string } = {
      name: input.name,
      partner: isSuper ? (input.partner ?? false) : false,
      parentId,
    };
    assignOrganizationFields(values, input);
    const org = await this.organizations.create(values, tx);
    const actor = actorOf(auth);
    const subscriptionIds: string[] = [];
    if (input.skip_default_subscription) {
      const seenProducts = new Set<string>();
      for (const [i, plan] of input.plans!.entries()) {
        const product = await this.subscriptions.productCodeOfPlan(plan.plan, `${field}.plans.${i}.plan`, tx);
        if (seenProducts.has(product)) continue; // one active subscription per product: the first plan wins
        seenProducts.add(product);
        subscriptionIds.push(await this.subscriptions.subscribeIn(tx, org, plan, actor, `${field}.plans.${i}`));
      }
    } else {
      const id = await this.subscriptions.subscribeToDefaultIn(tx, org, actor);
      if (id) subscriptionIds.push(id);
    }
    return Object.assign(org, { subscriptionIds });
  }
}
