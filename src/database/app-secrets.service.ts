import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Env } from '../config/env';

/**
 * Secrets that must be the same on every instance and across restarts. From the environment when set; otherwise
 * generated once and kept in `app_settings` (first writer wins, so two instances starting together agree).
 */
@Injectable()
export class AppSecrets {
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly env: Env,
    private readonly dataSource: DataSource,
  ) {}

  jwtSecret(): Promise<string> {
    return this.get('jwt_secret', this.env.JWT_SECRET);
  }

  /** 32 bytes for AES-256-GCM, derived from ENCRYPTION_KEY or generated. */
  encryptionKey(): Promise<string> {
    return this.get('encryption_key', this.env.ENCRYPTION_KEY);
  }

  private async get(key: string, configured: string | undefined): Promise<string> {
    if (configured) return configured;
    const cached = this.cache.get(key);
    if (cached) return cached;
    await this.dataSource.query(`INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [
      key,
      randomBytes(48).toString('base64url'),
    ]);
    const [row] = await this.dataSource.query(`SELECT value FROM app_settings WHERE key = $1`, [key]);
    this.cache.set(key, row.value);
    return row.value;
  }
}
