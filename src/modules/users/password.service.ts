import { Injectable, type OnModuleInit } from '@nestjs/common';
import argon2 from 'argon2';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** OWASP minimum for argon2id (mfa.md 48): 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService implements OnModuleInit {
  /** Verified against when the account does not exist, so that both answers take the same time. */
  private dummyHash = '';

  async onModuleInit() {
    this.dummyHash = await argon2.hash('not-a-real-password-0123456789', ARGON2_OPTIONS);
  }

  /** Length rules only (NIST 800-63B): no composition rules, no truncation. */
  policyProblems(password: unknown, field = 'password'): string[] {
    if (typeof password !== 'string') return [`${field} must be a string`];
    const length = [...password].length;
    if (length < PASSWORD_MIN_LENGTH) return [`${field} must be at least ${PASSWORD_MIN_LENGTH} characters`];
    if (length > PASSWORD_MAX_LENGTH) return [`${field} must be at most ${PASSWORD_MAX_LENGTH} characters`];
    return [];
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  /** Always does one argon2 verification, whether or not there is a hash to check. */
  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash || this.dummyHash, password);
      return ok && !!hash;
    } catch {
      return false;
    }
  }
}
