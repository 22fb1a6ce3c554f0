import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThan, Or, type EntityManager, type Repository } from 'typeorm';
import type { TwoFactorStatus } from '../../common/auth/auth.ports';
import { Clock } from './clock';
import { MfaAccount } from './entities/mfa-account.entity';
import { type FactorType, MfaFactor } from './entities/mfa-factor.entity';
import { SecretBox } from './secret-box';
import { matchTotpStep } from './totp';

/** AAD of sealed TOTP seeds: a seed is bound to its owner. */
export const totpSeedPurpose = (userId: string) => `totp-seed:${userId}`;

/**
 * The one store of enrolled factors, shared by `/v2/user/mfa` and `/v1/identity/auth/mfa`. Deliberately free of
 * UsersService/AuthService so that the auth ports (step-up, 2FA status) can depend on it without a cycle.
 */
@Injectable()
export class FactorsService {
  constructor(
    @InjectRepository(MfaFactor) private readonly factors: Repository<MfaFactor>,
    @InjectRepository(MfaAccount) private readonly accounts: Repository<MfaAccount>,
    private readonly box: SecretBox,
    private readonly clock: Clock,
  ) {}

  list(userId: string, types?: FactorType[]): Promise<MfaFactor[]> {
    return this.factors.find({ where: { userId, ...(types ? { type: In(types) } : {}) }, order: { createdAt: 'ASC' } });
  }

  async find(userId: string, id: string): Promise<MfaFactor | null> {
    return this.factors.findOne({ where: { id, userId } });
  }

  async hasAny(userId: string): Promise<boolean> {
    return (await this.factors.count({ where: { userId } })) > 0;
  }

  /** Methods the sign-in second step can use. */
  async signInMethods(userId: string): Promise<Array<'sms' | 'totp' | 'webauthn'>> {
    const types = new Set((await this.list(userId)).map((f) => f.type));
    return (['totp', 'sms', 'webauthn'] as const).filter((t) => types.has(t));
  }

  async status(userId: string): Promise<TwoFactorStatus> {
    const [row] = await this.factors.query(`SELECT ${twoFactorStatusSql('$1::uuid')} AS status`, [userId]);
    return twoFactorStatusFrom(row?.status);
  }

  /**
   * Checks a TOTP code against the user's TOTP factors. A match is accepted only if its time step is newer than the
   * last one accepted for that factor, and recording the step is a conditional UPDATE: of two concurrent requests with
   * the same code, one wins (RFC 6238 §5.2, mfa.md B-8; the matched step is stored, not the current one).
   */
  async verifyTotp(userId: string, code: string, factorId?: string): Promise<MfaFactor | null> {
    const candidates = (await this.list(userId, ['totp'])).filter((f) => !factorId || f.id === factorId);
    for (const factor of candidates) {
      const secret = factor.secretCiphertext
        ? await this.box.open(totpSeedPurpose(userId), factor.secretCiphertext)
        : null;
      if (!secret) continue;
      const step = matchTotpStep(secret, code.trim(), this.clock.now(), factor.lastUsedStep);
      if (step === null) continue;
      const result = await this.factors.update(
        { id: factor.id, lastUsedStep: Or(IsNull(), LessThan(step)) },
        { lastUsedStep: step, lastUsedAt: this.clock.now() },
      );
      if (result.affected === 1) return factor;
    }
    return null;
  }

  async touch(factorId: string, changes: Partial<Pick<MfaFactor, 'signCount'>> = {}): Promise<void> {
    await this.factors.update({ id: factorId }, { lastUsedAt: this.clock.now(), ...changes });
  }

  async create(
    values: Partial<MfaFactor> & { userId: string; type: FactorType; label: string },
    manager?: EntityManager,
  ): Promise<MfaFactor> {
    const repo = manager ? manager.getRepository(MfaFactor) : this.factors;
    return repo.save(repo.create(values));
  }

  async sealTotpSecret(userId: string, secret: string): Promise<string> {
    return this.box.seal(totpSeedPurpose(userId), secret);
  }

  async openTotpSecret(userId: string, sealed: string): Promise<string | null> {
    return this.box.open(totpSeedPurpose(userId), sealed);
  }

  async remove(userId: string, ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const result = await this.factors.delete({ userId, id: In(ids) });
    return result.affected ?? 0;
  }

  async defaultMethod(userId: string): Promise<'sms' | 'totp' | null> {
    return (await this.status(userId)).otp_default_method;
  }

  async setDefaultMethod(userId: string, method: 'sms' | 'totp' | null): Promise<void> {
    await this.accounts.createQueryBuilder().insert().into(MfaAccount).values({ userId }).orIgnore().execute();
    await this.accounts.update({ userId }, { defaultMethod: method });
  }
}

/**
 * The 2FA summary of `GET /v2/user/me` as one SQL expression (JSON) over the user id `userIdSql`: the caller query of
 * the guard embeds it, so that authenticating and presenting the caller is one round trip. Read it with
 * `twoFactorStatusFrom`.
 */
export function twoFactorStatusSql(userIdSql: string): string {
  return `json_build_object(
    'factors', (SELECT json_agg(json_build_array(f.type, f.phone) ORDER BY f.created_at) FROM mfa_factors f
                 WHERE f.user_id = ${userIdSql} AND f.type IN ('sms', 'totp')),
    'default', (SELECT a.default_method FROM mfa_accounts a WHERE a.user_id = ${userIdSql}))`;
}

export function twoFactorStatusFrom(value: unknown): TwoFactorStatus {
  const { factors, default: stored } = (value ?? {}) as {
    factors?: Array<[string, string | null]> | null;
    default?: string | null;
  };
  const sms = factors?.find(([type]) => type === 'sms');
  const totp = !!factors?.some(([type]) => type === 'totp');
  return {
    enabled: !!sms || totp,
    otp_sms_enabled: !!sms,
    otp_totp_enabled: totp,
    otp_phone: sms?.[1] ?? null,
    otp_default_method:
      stored === 'totp' && totp ? 'totp' : stored === 'sms' && sms ? 'sms' : totp ? 'totp' : sms ? 'sms' : null,
  };
}
