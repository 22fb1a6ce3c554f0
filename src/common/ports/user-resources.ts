import type { Provider } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { tenantRepositoryToken, type TenantRepository } from '../tenancy/tenant-repository';
import type { TenantOwned } from '../tenancy/tenant-entity';
import { TenantScope } from '../tenancy/tenant-scope';

/**
 * A module whose records are owned by users (targets, scans, schedules, reports, webhooks ...). The users module
 * asks every registered owner whether a user can be deleted and moves resources between users in one transaction.
 * A module declares one with `userOwnedResource(kind, Entity)` in its providers.
 */
export interface UserResourceOwner {
  /** Plural resource name shown to clients, e.g. `targets`. */
  readonly kind: string;
  /** How many resources the user owns. */
  countOwnedBy(userId: string, manager?: EntityManager): Promise<number>;
  /** Reassigns them, inside the caller's transaction. Returns how many moved. */
  transfer(manager: EntityManager, fromUserId: string, toUserId: string): Promise<number>;
}

/** Collects owners: each module calls `registry.register(this)` in `onModuleInit` of its owner provider. */
export class UserResourceOwnersRegistry {
  private readonly owners = new Map<string, UserResourceOwner>();

  register(owner: UserResourceOwner) {
    if (this.owners.has(owner.kind)) throw new Error(`Two resource owners named ${owner.kind}`);
    this.owners.set(owner.kind, owner);
  }

  all(): UserResourceOwner[] {
    return [...this.owners.values()];
  }
}

/**
 * A provider that registers `Entity` (a tenant entity with a `userId` column, in the module's
 * `TenantRepositoryModule.forFeature`) as resources the users module counts and transfers. A user's records may sit in
 * customer organizations of its partner: counting and moving look in every organization.
 */
export function userOwnedResource<T extends TenantOwned & { userId: string | null }>(
  kind: string,
  entity: new () => T,
): Provider {
  return {
    provide: `UserResourceOwner<${kind}>`,
    inject: [tenantRepositoryToken(entity), UserResourceOwnersRegistry],
    useFactory: (rows: TenantRepository<T>, registry: UserResourceOwnersRegistry) => {
      const owner: UserResourceOwner = {
        kind,
        countOwnedBy: (userId, manager) =>
          (manager ? rows.in(manager) : rows).count(TenantScope.everywhere(), { userId } as never),
        transfer: (manager, fromUserId, toUserId) =>
          rows
            .in(manager)
            .update(TenantScope.everywhere(), { userId: fromUserId } as never, { userId: toUserId } as never),
      };
      registry.register(owner);
      return owner;
    },
  };
}
