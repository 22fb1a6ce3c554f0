import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { TooManyRequests } from '../../common/errors/app-error';
import { Clock } from './clock';
import { MfaAccount } from './entities/mfa-account.entity';

/** Failures allowed before delays start. */
export const FREE_FAILURES = 10;
const FIRST_DELAY_MS = 30_000;
/** The longest an attacker can keep the real user out: 15 minutes (no permanent lockout, mfa.md B-3, Keycloak). */
export const MAX_DELAY_MS = 15 * 60_000;

/**
 * Consecutive failed second-factor attempts per account, over every path (sign-in, recovery code, step-up,
 * enrollment). Counted in the database with one atomic UPDATE (no read-modify-write race). After FREE_FAILURES,
 * each further failure closes the account's second-factor checks for a growing delay (30 s, 60 s, … capped at 15 min).
 * A success resets the count (B-2); asking for a new SMS does not (B-4).
 */
@Injectable()
export class MfaLockout {
  constructor(
    @InjectRepository(MfaAccount) private readonly accounts: Repository<MfaAccount>,
    private readonly clock: Clock,
  ) {}

  async assertOpen(userId: string): Promise<void> {
    const account = await this.accounts.findOne({ where: { userId }, select: { userId: true, lockedUntil: true } });
    const now = this.clock.now().getTime();
    if (account?.lockedUntil && account.lockedUntil.getTime() > now) {
      throw TooManyRequests(
        (account.lockedUntil.getTime() - now) / 1000,
        'Too many failed verification attempts, try again later',
      );
    }
  }

  async recordFailure(userId: string): Promise<void> {
    await this.ensureAccount(userId);
    await this.accounts
      .createQueryBuilder()
      .update(MfaAccount)
      .set({ failedAttempts: () => 'failed_attempts + 1' })
      .where('user_id = :userId', { userId })
      .execute();
    const failures = (await this.accounts.findOneOrFail({ where: { userId } })).failedAttempts;
    if (failures > FREE_FAILURES) {
      const delay = Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_MS);
      await this.accounts.update({ userId }, { lockedUntil: new Date(this.clock.now().getTime() + delay) });
    }
  }

  async reset(userId: string): Promise<void> {
    await this.accounts.update({ userId }, { failedAttempts: 0, lockedUntil: null });
  }

  async ensureAccount(userId: string): Promise<void> {
    await this.accounts.createQueryBuilder().insert().into(MfaAccount).values({ userId }).orIgnore().execute();
  }
}
