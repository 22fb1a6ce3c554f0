import { Injectable } from '@nestjs/common';

/**
 * Features and limits of an organization's plan(s). Feature keys: `number_of_ips`, `number_of_targets`,
 * `scans_per_month`, `concurrent_scans`, `ai_prompts_per_month`, `advanced_reports`, `ai_assistant`, ... The subscriptions module binds the
 * real implementation; without it every organization is unlimited.
 */
export abstract class Entitlements {
  /** The numeric limit of a feature for the organization; null means unlimited. */
  abstract limit(organizationId: string, feature: string): Promise<number | null>;
  /** Whether a boolean feature (e.g. `advanced_reports`) is on. */
  abstract enabled(organizationId: string, feature: string): Promise<boolean>;
  /**
   * Throws 403 (`type: plan.limit_exceeded`, message naming the limit) when `used + wanted` exceeds the limit.
   * `used` is what the organization already consumes, as counted by the calling module.
   */
  abstract assertWithin(organizationId: string, feature: string, used: number, wanted: number): Promise<void>;
}

@Injectable()
export class UnlimitedEntitlements extends Entitlements {
  async limit(): Promise<number | null> {
    return null;
  }
  async enabled(): Promise<boolean> {
    return true;
  }
  async assertWithin(): Promise<void> {}
}
