import { combine, effectiveFeatures, parseFeatures, unrestricted } from '../../src/modules/subscriptions/features';

describe('feature rules', () => {
  it('lets assigned features override the plan, key by key', () => {
    expect(
      effectiveFeatures(
        { number_of_ips: { limit: 5 }, ai_assistant: { enabled: false } },
        { ai_assistant: { enabled: true } },
      ),
    ).toEqual({
      number_of_ips: { limit: 5 },
      ai_assistant: { enabled: true },
    });
  });

  it('combines subscriptions: largest limit, unlimited wins, any flag on; a limit left out is unlimited', () => {
    const e = combine([
      {
        number_of_ips: { limit: 5 },
        scans_per_month: { limit: 10 },
        number_of_targets: { limit: 3 },
        concurrent_scans: { limit: 0 },
        advanced_reports: { enabled: false },
      },
      {
        number_of_ips: { limit: 8 },
        scans_per_month: { limit: null },
        number_of_targets: { limit: 0 },
        concurrent_scans: { limit: 0 },
        advanced_reports: { enabled: true },
      },
    ]);
    expect(e.limits).toEqual({
      number_of_ips: 8,
      scans_per_month: null,
      number_of_targets: 3,
      concurrent_scans: 0,
      ai_prompts_per_month: null,
    });
    expect(e.flags).toEqual({ advanced_reports: true, ai_assistant: false });
    // The README's plan: only number_of_ips and scans_per_month; the other limits are not restricted, flags are off.
    const readmePlan = combine([{ number_of_ips: { limit: 100 }, scans_per_month: { limit: 20 } }]);
    expect(readmePlan.limits).toEqual({
      number_of_ips: 100,
      scans_per_month: 20,
      number_of_targets: null,
      concurrent_scans: null,
      ai_prompts_per_month: null,
    });
    expect(readmePlan.flags).toEqual({ advanced_reports: false, ai_assistant: false });
    // One subscription leaving a limit out makes it unlimited for the organization; an explicit 0 allows none.
    expect(combine([{ number_of_targets: { limit: 0 } }, {}]).limits.number_of_targets).toBeNull();
    expect(combine([{ number_of_targets: { limit: 0 } }]).limits.number_of_targets).toBe(0);
    expect(unrestricted().limits.number_of_ips).toBeNull();
    expect(unrestricted().flags.ai_assistant).toBe(true);
  });

  it('validates input shapes and names the field', () => {
    expect(parseFeatures({ number_of_ips: { limit: null }, ai_assistant: { enabled: true } }, 'f')).toEqual({
      features: { number_of_ips: { limit: null }, ai_assistant: { enabled: true } },
      problems: [],
    });
    const { problems } = parseFeatures(
      { number_of_ips: { limit: 1.5 }, ai_assistant: { limit: 3 }, scans_per_month: 4, warp: { enabled: true } },
      'plan.features',
    );
    expect(problems).toEqual([
      'plan.features.number_of_ips.limit must be an integer from 0 to 1000000000, or null for unlimited',
      'plan.features.ai_assistant accepts only enabled',
      'plan.features.ai_assistant.enabled must be a boolean',
      'plan.features.scans_per_month must be an object',
      expect.stringContaining('plan.features.warp is not a known feature'),
    ]);
    expect(parseFeatures([], 'f').problems).toEqual(['f must be an object']);
  });
});
