import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** SHA-256 hex: right for secrets with ≥128 bits of entropy (API keys, tokens), not for passwords. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A random token of `bytes` bytes, base64url (32 bytes = 256 bits). */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
