import { Injectable } from '@nestjs/common';
import { LessThan, MoreThan } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { Entitlements } from '../../common/ports/entitlements';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import { AiUsage } from './ai-usage.entity';

export const PROMPT_QUOTA = 'ai_prompts_per_month';

/** `YYYY-MM-01` of the UTC month of `at`. */
export const monthOf = (at: Date) => `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-01`;
export const nextMonthStart = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));

/** One model prompt counted against an organization's month; given back when the model could not work on it. */
export interface PromptReservation {
  organizationId: string;
  month: string;
}

export interface UsageReport {
  month: string;
  prompts: number;
  offlinePrompts: number;
  promptTokens: number;
  completionTokens: number;
  limit: number | null;
  resetsAt: Date;
}

/**
 * AI assistant usage per organization and month. Every change is one conditional UPDATE (or the INSERT of the
 * month's first row), so concurrent questions on any number of instances count exactly and never pass the quota.
 * Usage belongs to the caller's own organization: its plan pays for it (the `ai_assistant` flag is checked there
 * too), whichever of its customer organizations' findings it asks about.
 */
@Injectable()
export class AiUsageService {
  constructor(
    @InjectTenantRepository(AiUsage) private readonly usage: TenantRepository<AiUsage>,
    private readonly entitlements: Entitlements,
  ) {}

  /**
   * Counts one model prompt within the plan's monthly quota: 403 when the plan includes none, 429 with Retry-After
   * (the start of next month, UTC) when this month's are used up.
   */
  async reserve(scope: TenantScope, now = new Date()): Promise<PromptReservation> {
    const organizationId = scope.organizationId;
    const month = monthOf(now);
    const limit = await this.entitlements.limit(organizationId, PROMPT_QUOTA);
    if (limit === 0)
      throw AppError.of(
        403,
        'plan.limit_exceeded',
        `Your organization's plan includes no AI assistant questions answered by a language model (${PROMPT_QUOTA} is 0). Ask your administrator for a plan that does.`,
      );
    const where = { organizationId, month, ...(limit === null ? {} : { prompts: LessThan(limit) }) };
    if (await this.bump(scope, where, { prompts: () => 'prompts + 1' }, { prompts: 1 }))
      return { organizationId, month };
    const resetsAt = nextMonthStart(now);
    throw AppError.of(
      429,
      'plan.limit_exceeded',
      `Monthly AI assistant quota reached: ${limit} of ${limit} questions (${PROMPT_QUOTA}) used this month. It resets at ${resetsAt.toISOString()}.`,
      { 'Retry-After': String(Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000))) },
    );
  }

  /** Gives a reserved prompt back (the endpoint failed before the model could work on it). */
  async release(scope: TenantScope, r: PromptReservation): Promise<void> {
    await this.usage.update(
      scope,
      { organizationId: r.organizationId, month: r.month, prompts: MoreThan(0) },
      {
        prompts: () => 'prompts - 1',
      },
    );
  }

  /** Adds the tokens the endpoint reported for an answer. */
  async addTokens(
    scope: TenantScope,
    r: PromptReservation,
    promptTokens: number | null,
    completionTokens: number | null,
  ) {
    const p = safeCount(promptTokens);
    const c = safeCount(completionTokens);
    if (!p && !c) return;
    await this.usage.update(
      scope,
      { organizationId: r.organizationId, month: r.month },
      {
        promptTokens: () => `prompt_tokens + ${p}`,
        completionTokens: () => `completion_tokens + ${c}`,
      },
    );
  }

  /** Counts an offline answer (never limited). */
  async countOffline(scope: TenantScope, now = new Date()): Promise<void> {
    const organizationId = scope.organizationId;
    const month = monthOf(now);
    await this.bump(
      scope,
      { organizationId, month },
      { offlinePrompts: () => 'offline_prompts + 1' },
      { offlinePrompts: 1 },
    );
  }

  async report(scope: TenantScope, now = new Date()): Promise<UsageReport> {
    const organizationId = scope.organizationId;
    const month = monthOf(now);
    const [row, limit] = await Promise.all([
      this.usage.findOne(scope, { organizationId, month }),
      this.entitlements.limit(organizationId, PROMPT_QUOTA),
    ]);
    return {
      month: month.slice(0, 7),
      prompts: row?.prompts ?? 0,
      offlinePrompts: row?.offlinePrompts ?? 0,
      promptTokens: Number(row?.promptTokens ?? 0),
      completionTokens: Number(row?.completionTokens ?? 0),
      limit,
      resetsAt: nextMonthStart(now),
    };
  }

  /**
   * One atomic increment of this month's row: the UPDATE when the row exists (and `where` holds), else the INSERT
   * of the first row; a concurrent first INSERT loses on the primary key and the UPDATE decides again. false: the
   * row exists and `where` does not hold (quota used up).
   */
  private async bump(
    scope: TenantScope,
    where: Parameters<TenantRepository<AiUsage>['update']>[1],
    change: Parameters<TenantRepository<AiUsage>['update']>[2],
    first: Partial<Pick<AiUsage, 'prompts' | 'offlinePrompts'>>,
  ): Promise<boolean> {
    const { organizationId, month } = where as { organizationId: string; month: string };
    for (let attempt = 0; attempt < 2; attempt++) {
      if ((await this.usage.update(scope, where, change)) > 0) return true;
      const exists = await this.usage.count(scope, { organizationId, month });
      if (exists) return false;
      try {
        await this.usage.insert(scope, [{ organizationId, month, ...first }]);
        return true;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
    }
    return false;
  }
}

const safeCount = (n: number | null) => (typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : 0);
