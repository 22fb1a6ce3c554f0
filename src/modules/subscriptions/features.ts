/**
 * The feature catalogue and the rules that turn plans and subscriptions into one organization's entitlements.
 * Pure functions: the rules are unit-tested without a database (see README.md in this folder).
 */

/**
 * `limit` features carry a count (null = unlimited); `flag` features are on or off. A plan or subscription that
 * leaves a limit out does not restrict it (unlimited); an explicit `{"limit": 0}` allows none. A flag left out is off.
 */
export const FEATURE_CATALOGUE = {
  number_of_ips: 'limit',
  number_of_targets: 'limit',
  scans_per_month: 'limit',
  concurrent_scans: 'limit',
  /** Questions answered by the language model per calendar month (UTC); offline answers are not counted against it. */
  ai_prompts_per_month: 'limit',
  advanced_reports: 'flag',
  ai_assistant: 'flag',
} as const satisfies Record<string, 'limit' | 'flag'>;

export type FeatureName = keyof typeof FEATURE_CATALOGUE;
export const FEATURE_NAMES = Object.keys(FEATURE_CATALOGUE) as FeatureName[];

export type FeatureValue = { limit: number | null } | { enabled: boolean };
/** Stored form, on plans and subscriptions: only catalogue keys, each in its kind's shape. */
export type FeatureSet = Partial<Record<FeatureName, FeatureValue>>;

export interface Entitlement {
  limits: Record<string, number | null>;
  flags: Record<string, boolean>;
}

export const isFeature = (name: string): name is FeatureName => Object.hasOwn(FEATURE_CATALOGUE, name);

const MAX_LIMIT = 1_000_000_000;

/**
 * Validates client input (`{number_of_ips: {limit: 5}, advanced_reports: {enabled: true}}`) into a FeatureSet.
 * Every problem names its field, e.g. `plan.features.number_of_ips.limit must be ...`.
 */
export function parseFeatures(input: unknown, field: string): { features: FeatureSet; problems: string[] } {
  const problems: string[] = [];
  const features: FeatureSet = {};
  if (input === undefined || input === null) return { features, problems };
  if (typeof input !== 'object' || Array.isArray(input)) return { features, problems: [`${field} must be an object`] };
  for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
    if (!isFeature(name)) {
      problems.push(`${field}.${name} is not a known feature (known: ${FEATURE_NAMES.join(', ')})`);
      continue;
    }
    const v = value as Record<string, unknown> | null;
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      problems.push(`${field}.${name} must be an object`);
      continue;
    }
    const expected = FEATURE_CATALOGUE[name] === 'limit' ? 'limit' : 'enabled';
    const extra = Object.keys(v).filter((k) => k !== expected);
    if (extra.length) problems.push(`${field}.${name} accepts only ${expected}`);
    if (expected === 'limit') {
      const limit = v.limit;
      if (limit !== null && !(Number.isInteger(limit) && (limit as number) >= 0 && (limit as number) <= MAX_LIMIT)) {
        problems.push(`${field}.${name}.limit must be an integer from 0 to ${MAX_LIMIT}, or null for unlimited`);
      } else features[name] = { limit: limit as number | null };
    } else if (typeof v.enabled !== 'boolean') {
      problems.push(`${field}.${name}.enabled must be a boolean`);
    } else features[name] = { enabled: v.enabled };
  }
  return { features, problems };
}

/** A subscription's own features: what was assigned to it overrides its plan's, key by key. */
export const effectiveFeatures = (planFeatures: FeatureSet, assigned: FeatureSet): FeatureSet => ({
  ...planFeatures,
  ...assigned,
});

/** Everything allowed: an installation that has not configured plans yet. */
export function unrestricted(): Entitlement {
  const e: Entitlement = { limits: {}, flags: {} };
  for (const name of FEATURE_NAMES) {
    if (FEATURE_CATALOGUE[name] === 'limit') e.limits[name] = null;
    else e.flags[name] = true;
  }
  return e;
}

/**
 * Combines the features of several active subscriptions (one per product): a limit is the largest granted, and
 * unlimited (null, or left out of a subscription's features) beats any number; a flag is on when any subscription
 * turns it on, off when none does.
 */
export function combine(sets: FeatureSet[]): Entitlement {
  const e: Entitlement = { limits: {}, flags: {} };
  for (const name of FEATURE_NAMES) {
    if (FEATURE_CATALOGUE[name] === 'limit') {
      let limit: number | null = sets.length ? 0 : null;
      for (const set of sets) {
        const granted = limitIn(set, name);
        limit = granted === null || limit === null ? null : Math.max(limit, granted);
      }
      e.limits[name] = limit;
    } else {
      e.flags[name] = sets.some((set) => (set[name] as { enabled: boolean } | undefined)?.enabled === true);
    }
  }
  return e;
}

/** The numeric limit a feature set grants (null when unlimited, which a limit left out is). */
export function limitIn(set: FeatureSet, name: FeatureName): number | null {
  const v = set[name] as { limit: number | null } | undefined;
  return v ? v.limit : null;
}
