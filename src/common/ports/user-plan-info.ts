/**
 * Plan and product information shown on the current user (`GET /v2/user/me?products=true&current_plan=true`).
 * The subscriptions module binds the real one; without it there are no plans or products.
 */
export abstract class UserPlanInfo {
  abstract productsFor(organizationId: string): Promise<unknown[]>;
  abstract currentPlanOf(organizationId: string): Promise<unknown | null>;
}

export class NoPlans extends UserPlanInfo {
  async productsFor(): Promise<unknown[]> {
    return [];
  }
  async currentPlanOf(): Promise<unknown | null> {
    return null;
  }
}
