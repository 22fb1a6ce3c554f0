import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppSecrets } from '../../database/app-secrets.service';

/**
 * AES-256-GCM sealing of small secrets (TOTP seeds, step-up tokens, recovery codes waiting to be shown).
 * The key is derived with HKDF from the application's encryption key; the purpose is bound as associated data,
 * so a value sealed for one use cannot be replayed as another.
 */
@Injectable()
export class SecretBox {
  private key?: Buffer;

  constructor(private readonly secrets: AppSecrets) {}

  async seal(purpose: string, plaintext: string): Promise<string> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await this.aesKey(), iv);
    cipher.setAAD(Buffer.from(purpose));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The plaintext, or null when the value was not sealed by us for this purpose (tampered, foreign, garbage). */
  async open(purpose: string, sealed: string): Promise<string | null> {
    try {
      const raw = Buffer.from(sealed, 'base64url');
      if (raw.length < 29) return null;
      const decipher = createDecipheriv('aes-256-gcm', await this.aesKey(), raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }

  private async aesKey(): Promise<Buffer> {
    this.key ??= Buffer.from(
      hkdfSync('sha256', await this.secrets.encryptionKey(), 'cg-mfa', 'aes-256-gcm secret box', 32),
    );
    return this.key;
  }
}
