import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { randomToken, sha256 } from '../../common/crypto';
import { queryPrepared } from '../../database/raw-rows';
import { AccessToken } from './access-token.entity';

const LAST_USED_WRITE_INTERVAL_MS = 60_000;

export interface AccessTokenOwner {
  tokenId: string;
  lastUsedAt: Date | null;
  userId: string;
  username: string;
  email: string;
  role: string;
  organizationId: string;
  blockedAt: Date | null;
  organizationPartner: boolean;
}

/** Long-lived user tokens (`Authorization: Basic <token>`): one per user, stored as SHA-256, shown once. */
@Injectable()
export class AccessTokensService {
  constructor(@InjectRepository(AccessToken) private readonly tokens: Repository<AccessToken>) {}

  /** Replaces the user's token; the previous one stops working at once. */
  async generate(userId: string): Promise<string> {
    const raw = `cga_${randomToken(32)}`;
    await this.tokens.manager.transaction(async (tx) => {
      await tx.delete(AccessToken, { userId });
      await tx.insert(AccessToken, { userId, tokenHash: sha256(raw) });
    });
    return raw;
  }

  async revoke(userId: string): Promise<boolean> {
    const result = await this.tokens.delete({ userId });
    return (result.affected ?? 0) > 0;
  }

  async exists(userId: string): Promise<AccessToken | null> {
    return this.tokens.findOneBy({ userId });
  }

  /** The token's owner; `profileColumns` as in `SessionsService.find`. */
  async find(raw: string, profileColumns = ''): Promise<(AccessTokenOwner & Record<string, unknown>) | undefined> {
    if (raw.length > 200) return undefined;
    const rows = await queryPrepared<AccessTokenOwner & Record<string, unknown>>(
      this.tokens,
      `SELECT t.id AS "tokenId", t.last_used_at AS "lastUsedAt", u.id AS "userId", u.username, u.email, u.role,
              u.organization_id AS "organizationId", u.blocked_at AS "blockedAt", o.partner AS "organizationPartner"
              ${profileColumns ? `, ${profileColumns}` : ''}
         FROM access_tokens t JOIN users u ON u.id = t.user_id JOIN organizations o ON o.id = u.organization_id
        WHERE t.token_hash = $1`,
      [sha256(raw)],
    );
    const row: (AccessTokenOwner & Record<string, unknown>) | undefined = rows[0];
    if (row && (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_WRITE_INTERVAL_MS)) {
      this.tokens.update({ id: row.tokenId }, { lastUsedAt: new Date() }).catch(() => undefined);
    }
    return row;
  }
}
