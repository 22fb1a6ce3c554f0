import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SecretBox } from '../mfa/secret-box';

const SETTING = 'reports.signing_key';
const PURPOSE = 'reports.signing_key';

interface StoredKey {
  /** SPKI PEM. */
  public: string;
  /** PKCS#8 PEM, sealed with AES-256-GCM under the application's encryption key. */
  private_sealed: string;
  created_at: string;
}

export interface PublicSigningKey {
  algorithm: 'Ed25519';
  key_id: string;
  pem: string;
  jwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; use: 'sig'; alg: 'EdDSA' };
  created_at: string;
}

/**
 * The installation's Ed25519 report signing key: generated once (the first instance to store it wins, so every
 * instance signs with the same key), kept in `app_settings` with the private half encrypted at rest. A report's
 * signature is Ed25519 over the 32 raw bytes of its file's SHA-256 digest.
 */
@Injectable()
export class SigningKeys {
  private loaded?: Promise<{ privateKey: KeyObject; publicKey: KeyObject; info: PublicSigningKey }>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly box: SecretBox,
  ) {}

  async signDigest(digest: Buffer): Promise<string> {
    const { privateKey } = await this.key();
    return sign(null, digest, privateKey).toString('base64');
  }

  async verifyDigest(digest: Buffer, signature: string): Promise<boolean> {
    const { publicKey } = await this.key();
    return verify(null, digest, publicKey, Buffer.from(signature, 'base64'));
  }

  async publicKey(): Promise<PublicSigningKey> {
    return (await this.key()).info;
  }

  private key() {
    this.loaded ??= this.load().catch((err: unknown) => {
      this.loaded = undefined;
      throw err;
    });
    return this.loaded;
  }

  private async load() {
    const [existing] = await this.dataSource.query('SELECT value FROM app_settings WHERE key = $1', [SETTING]);
    if (!existing) {
      const pair = generateKeyPairSync('ed25519');
      const stored: StoredKey = {
        public: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        private_sealed: await this.box.seal(
          PURPOSE,
          pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        ),
        created_at: new Date().toISOString(),
      };
      await this.dataSource.query(
        'INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
        [SETTING, JSON.stringify(stored)],
      );
    }
    const [row] = await this.dataSource.query('SELECT value FROM app_settings WHERE key = $1', [SETTING]);
    const stored = JSON.parse(row.value) as StoredKey;
    const pem = await this.box.open(PURPOSE, stored.private_sealed);
    if (!pem) throw new Error('The report signing key cannot be decrypted: ENCRYPTION_KEY changed?');
    const privateKey = createPrivateKey(pem);
    const publicKey = createPublicKey(stored.public);
    const jwk = publicKey.export({ format: 'jwk' }) as { x: string };
    // RFC 7638 thumbprint: SHA-256 of the required members in lexicographic order.
    const keyId = createHash('sha256')
      .update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x: jwk.x }))
      .digest('base64url');
    const info: PublicSigningKey = {
      algorithm: 'Ed25519',
      key_id: keyId,
      pem: stored.public,
      jwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: keyId, use: 'sig', alg: 'EdDSA' },
      created_at: stored.created_at,
    };
    return { privateKey, publicKey, info };
  }
}
