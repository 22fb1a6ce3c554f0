import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import { randomToken, sha256 } from '../../common/crypto';
import { AccountToken, type AccountTokenPurpose } from './account-token.entity';

/** How long each kind of token lives. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  confirmation: 3 * 24 * 3_600_000,
  invitation: 7 * 24 * 3_600_000,
  password_reset: 3_600_000,
  sso_link: 5 * 60_000,
  impersonation_revert: 3_600_000,
};

export interface IssuedToken {
  /** The raw token: goes into a link or to the caller once, never stored. */
  raw: string;
  row: AccountToken;
}

/**
 * One-time tokens: 256 random bits, stored as SHA-256, single use (consumed by one conditional UPDATE, so two
 * concurrent uses cannot both succeed), expiring.
 */
@Injectable()
export class AccountTokensService {
  constructor(@InjectRepository(AccountToken) private readonly tokens: Repository<AccountToken>) {}

  private repo(manager?: EntityManager) {
    return manager ? manager.getRepository(AccountToken) : this.tokens;
  }

  /** Issues a token. `replacePrevious`: earlier unused tokens of the same purpose for the user stop working. */
  async issue(
    purpose: AccountTokenPurpose,
    userId: string,
    options: {
      createdById?: string | null;
      context?: Record<string, string>;
      lifetimeMs?: number;
      replacePrevious?: boolean;
    } = {},
    manager?: EntityManager,
  ): Promise<IssuedToken> {
    const repo = this.repo(manager);
    if (options.replacePrevious) await this.invalidate(purpose, userId, manager);
    const raw = randomToken(32);
    const row = await repo.save(
      repo.create({
        purpose,
        userId,
        tokenHash: sha256(raw),
        createdById: options.createdById ?? null,
        context: options.context ?? {},
        expiresAt: new Date(Date.now() + (options.lifetimeMs ?? TOKEN_LIFETIME_MS[purpose])),
      }),
    );
    return { raw, row };
  }

  /** The live (unused, unexpired) token, without using it up: for "what is this link for" pages. */
  async peek(purpose: AccountTokenPurpose, raw: unknown): Promise<AccountToken | null> {
    if (typeof raw !== 'string' || !raw || raw.length > 200) return null;
    const row = await this.tokens.findOne({ where: { purpose, tokenHash: sha256(raw), usedAt: IsNull() } });
    return row && row.expiresAt > new Date() ? row : null;
  }

  /** Uses the token up and returns it, or null when it is unknown, used or expired. Atomic. */
  async consume(purpose: AccountTokenPurpose, raw: unknown, manager?: EntityManager): Promise<AccountToken | null> {
    if (typeof raw !== 'string' || !raw || raw.length > 200) return null;
    // A CTE so that every driver answers with plain rows; the WHERE makes use-once hold under concurrency.
    const rows: AccountToken[] = await (manager ?? this.tokens.manager).query(
      `WITH used AS (
         UPDATE account_tokens SET used_at = now()
          WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
          RETURNING id, purpose, user_id, created_by_id, context, expires_at)
       SELECT id, purpose, user_id AS "userId", created_by_id AS "createdById", context, expires_at AS "expiresAt" FROM used`,
      [sha256(raw), purpose],
    );
    const row = rows[0];
    return row ? { ...row, expiresAt: new Date(row.expiresAt), context: row.context ?? {} } : null;
  }

  /** Every unused token of this purpose for the user stops working. */
  async invalidate(purpose: AccountTokenPurpose, userId: string, manager?: EntityManager): Promise<void> {
    await this.repo(manager).update({ purpose, userId, usedAt: IsNull() }, { usedAt: new Date() });
  }

  /** Unused, unexpired tokens of a purpose issued for the user since `since` (rate limits). */
  countRecent(purpose: AccountTokenPurpose, userId: string, since: Date): Promise<number> {
    return this.tokens
      .createQueryBuilder('t')
      .where('t.user_id = :userId AND t.purpose = :purpose AND t.created_at > :since', { userId, purpose, since })
      .getCount();
  }
}
