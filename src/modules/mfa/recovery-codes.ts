import { randomInt } from 'node:crypto';
import argon2 from 'argon2';

/** 10 codes per generation, `XXXX-XXXX-XXXX-XXXX` from a 32-symbol alphabet: 16 × 5 = 80 bits each (mfa.md B-18). */
export const RECOVERY_CODE_COUNT = 10;
/** The user is told by email when this many or fewer unused codes remain. */
export const RECOVERY_CODES_LOW_WATERMARK = 3;
/** No 0/O/1/I, so that codes read aloud or written down survive. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Below 112 bits, look-up secrets need a salted password hash; the work factor may be small (B-19). A sign-in with a
 * recovery code verifies up to 10 of these, so they are cheaper than password hashes (argon2id, 19 MiB, t=2).
 */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function newRecoveryCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** Case and dashes (and spaces) do not matter: `abcd-efgh-…` = `ABCDEFGH…`. */
export const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export const looksLikeRecoveryCode = (code: string) =>
  new RegExp(`^[${ALPHABET}]{16}$`).test(normalizeRecoveryCode(code));

export const hashRecoveryCode = (code: string) => argon2.hash(normalizeRecoveryCode(code), HASH_OPTIONS);

export async function recoveryCodeMatches(hash: string, code: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, normalizeRecoveryCode(code));
  } catch {
    return false;
  }
}
