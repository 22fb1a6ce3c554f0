import { Column, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';

/**
 * AI assistant usage of one organization in one calendar month (UTC): one row per (organization, month), changed
 * only by single conditional UPDATEs so that concurrent questions count exactly (see `AiUsageService`).
 */
@TenantEntity('ai_usage', { primary: true })
export class AiUsage extends TenantOwned {
  /** First day of the month, `YYYY-MM-01`. */
  @PrimaryColumn({ type: 'date' }) month: string;
  /** Questions answered (or being answered) by the language model: what `ai_prompts_per_month` limits. */
  @Column({ type: 'integer', default: 0 }) prompts: number;
  /** Questions answered offline from the check catalogue (not limited). */
  @Column({ type: 'integer', default: 0 }) offlinePrompts: number;
  /** bigint: read back as a string. */
  @Column({ type: 'bigint', default: 0 }) promptTokens: string;
  @Column({ type: 'bigint', default: 0 }) completionTokens: string;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
