import type { EntityManager } from 'typeorm';

/**
 * A module whose records are owned by users (targets, scans, schedules, reports, webhooks ...). The users module
 * asks every registered owner whether a user can be deleted and moves resources between users in one transaction.
 * An owner registers itself with `UserResourceOwnersRegistry.register(this)` in its `onModuleInit`.
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
