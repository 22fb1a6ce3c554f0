import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { ApiKeyVerifier } from '../../common/auth/auth.ports';
import { randomToken, sha256 } from '../../common/crypto';
import { RecordNotFound } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { ApiKey } from './api-key.entity';

export const API_KEY_LIST_SPEC: ListSpec = {
  columns: {
    name: { sql: 'k.name', type: 'string' },
    prefix: { sql: 'k.prefix', type: 'string' },
    revoked: { sql: '(k.revoked_at IS NOT NULL)', type: 'boolean', sortable: false },
    created_at: { sql: 'k.created_at', type: 'date' },
    last_used_at: { sql: 'k.last_used_at', type: 'date' },
    revoked_at: { sql: 'k.revoked_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['name', 'prefix'],
  tieBreaker: 'k.id',
};

/** How long a verified key is trusted from memory before the database is asked again. */
const CACHE_TTL_MS = 5_000;
/** `last_used_at` is written at most this often per key, so that reads do not turn into writes. */
const LAST_USED_WRITE_INTERVAL_MS = 60_000;

export interface CreatedApiKey {
  key: ApiKey;
  /** The raw key: shown once, never stored. */
  rawKey: string;
}

@Injectable()
export class ApiKeysService extends ApiKeyVerifier {
  private readonly cache = new Map<string, { id: string; until: number }>();
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {
    super();
  }

  async create(name: string, createdById: string | null, rawKey = `cgk_${randomToken(32)}`): Promise<CreatedApiKey> {
    const key = await this.keys.save(
      this.keys.create({ name, createdById, keyHash: sha256(rawKey), prefix: rawKey.slice(0, 12) }),
    );
    return { key, rawKey };
  }

  list(): Promise<ApiKey[]> {
    return this.keys.find({ order: { createdAt: 'DESC' } });
  }

  /** `GET /v2/api_keys`: the list grammar over the keys. */
  listPage(query: ListQuery) {
    return paginate(this.keys.createQueryBuilder('k'), query, API_KEY_LIST_SPEC);
  }

  async revoke(id: string): Promise<ApiKey> {
    const key = await this.keys.findOneBy({ id });
    if (!key) throw new RecordNotFound();
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await this.keys.save(key);
    }
    // Revocation is immediate here and within CACHE_TTL_MS on other instances.
    for (const [hash, entry] of this.cache) if (entry.id === id) this.cache.delete(hash);
    return key;
  }

  count(): Promise<number> {
    return this.keys.countBy({ revokedAt: IsNull() });
  }

  async verify(rawKey: string): Promise<string | null> {
    if (rawKey.length > 200) return null;
    const hash = sha256(rawKey);
    const now = Date.now();
    const cached = this.cache.get(hash);
    let id: string;
    if (cached && cached.until > now) {
      id = cached.id;
    } else {
      const key = await this.keys.findOne({ where: { keyHash: hash, revokedAt: IsNull() }, select: { id: true } });
      if (!key) {
        this.cache.delete(hash);
        return null;
      }
      id = key.id;
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hash, { id, until: now + CACHE_TTL_MS });
    }
    this.touch(id, now);
    return id;
  }

  private touch(id: string, now: number) {
    if (now - (this.lastUsedWritten.get(id) ?? 0) < LAST_USED_WRITE_INTERVAL_MS) return;
    this.lastUsedWritten.set(id, now);
    this.keys.update({ id }, { lastUsedAt: new Date(now) }).catch(() => this.lastUsedWritten.delete(id));
  }
}
