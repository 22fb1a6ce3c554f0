import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { type Repository } from 'typeorm';
import { reportRateLimit } from '../../common/http/rate-limit';
import { Env } from '../../config/env';
import { AuthThrottle } from './auth-throttle.entity';

const WINDOW_MS = 15 * 60_000;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
const IP_LOCK_MS = 15 * 60_000;

/**
 * Slows password guessing without letting an attacker lock a user out for long (mfa.md 1-5, Keycloak lesson):
 * after N failures on an account, each further failure locks it for a growing delay (30 s, 60 s, ... at most
 * 15 min); an IP with too many failures in 15 minutes is locked for 15 minutes. The account key is the name that
 * was typed, so unknown and real accounts behave the same. A success resets the account counter.
 * The answer tells the caller its own address's budget (`RateLimit-*`: failed attempts left in the 15-minute
 * window); the account's is not shown, so that nobody learns how often a name is being guessed.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectRepository(AuthThrottle) private readonly throttles: Repository<AuthThrottle>,
    private readonly env: Env,
    private readonly cls: ClsService,
  ) {}

  static accountKey = (login: string) => `account:${login.trim().toLowerCase()}`;
  static ipKey = (ip: string) => `ip:${ip}`;

  /** Seconds until the next attempt is allowed, or 0. */
  async retryAfter(keys: string[], now = new Date()): Promise<number> {
    const rows = await this.throttles.createQueryBuilder('t').where('t.key IN (:...keys)', { keys }).getMany();
    const until = Math.max(0, ...rows.map((r) => (r.lockedUntil ? r.lockedUntil.getTime() : 0)));
    const ipRow = rows.find((r) => r.key.startsWith('ip:'));
    if (keys.some((k) => k.startsWith('ip:'))) this.reportIpBudget(ipRow ?? null, now);
    return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
  }

  /** `RateLimit-*` of the answer: failed attempts this address has left in its window. */
  private reportIpBudget(row: Pick<AuthThrottle, 'failures' | 'windowStartedAt' | 'lockedUntil'> | null, now: Date) {
    const limit = this.env.SIGNIN_MAX_IP_FAILURES;
    const windowSeconds = WINDOW_MS / 1000;
    const t = now.getTime();
    if (row?.lockedUntil && row.lockedUntil.getTime() > t)
      return reportRateLimit(this.cls, {
        limit,
        remaining: 0,
        resetSeconds: (row.lockedUntil.getTime() - t) / 1000,
        windowSeconds,
      });
    const windowEnd = row ? row.windowStartedAt.getTime() + WINDOW_MS : 0;
    if (!row || windowEnd <= t)
      return reportRateLimit(this.cls, { limit, remaining: limit, resetSeconds: windowSeconds, windowSeconds });
    reportRateLimit(this.cls, {
      limit,
      remaining: limit - row.failures,
      resetSeconds: (windowEnd - t) / 1000,
      windowSeconds,
    });
  }

  async recordFailure(login: string, ip: string, now = new Date()): Promise<void> {
    const account = await this.increment(SignInThrottle.accountKey(login), now);
    const over = account.failures - this.env.SIGNIN_MAX_ACCOUNT_FAILURES;
    if (over >= 0) {
      await this.lock(
        account.key,
        new Date(now.getTime() + Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(over, 10))),
      );
    }
    const byIp = await this.increment(SignInThrottle.ipKey(ip), now);
    if (byIp.failures >= this.env.SIGNIN_MAX_IP_FAILURES) {
      const until = new Date(now.getTime() + IP_LOCK_MS);
      await this.lock(byIp.key, until);
      this.reportIpBudget({ failures: byIp.failures, windowStartedAt: until, lockedUntil: until }, now);
    } else this.reportIpBudget(byIp, now);
  }

  async reset(login: string): Promise<void> {
    await this.throttles.delete({ key: SignInThrottle.accountKey(login) });
  }

  private async increment(key: string, now: Date): Promise<AuthThrottle> {
    const windowStart = new Date(now.getTime() - WINDOW_MS);
    // One statement, so that concurrent failures are all counted.
    const [row] = await this.throttles.query(
      `INSERT INTO auth_throttles (key, failures, window_started_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN auth_throttles.window_started_at < $3 AND (auth_throttles.locked_until IS NULL OR auth_throttles.locked_until < $2)
                         THEN 1 ELSE auth_throttles.failures + 1 END,
         window_started_at = CASE WHEN auth_throttles.window_started_at < $3 AND (auth_throttles.locked_until IS NULL OR auth_throttles.locked_until < $2)
                         THEN $2 ELSE auth_throttles.window_started_at END
       RETURNING key, failures, window_started_at AS "windowStartedAt", locked_until AS "lockedUntil"`,
      [key, now, windowStart],
    );
    return row as AuthThrottle;
  }

  private async lock(key: string, until: Date) {
    await this.throttles.update({ key }, { lockedUntil: until, windowStartedAt: until });
  }
}
