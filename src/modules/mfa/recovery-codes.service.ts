import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, type Repository } from 'typeorm';
import { Clock } from './clock';
import { MfaAccount } from './entities/mfa-account.entity';
import { MfaRecoveryCode } from './entities/mfa-recovery-code.entity';
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCode,
  RECOVERY_CODE_COUNT,
  recoveryCodeMatches,
} from './recovery-codes';
import { SecretBox } from './secret-box';

const unrevealedPurpose = (userId: string) => `recovery-codes:${userId}`;

export interface RecoveryBatch {
  codes: string[];
  generation: number;
}

@Injectable()
export class RecoveryCodesService {
  constructor(
    @InjectRepository(MfaRecoveryCode) private readonly codes: Repository<MfaRecoveryCode>,
    @InjectRepository(MfaAccount) private readonly accounts: Repository<MfaAccount>,
    private readonly dataSource: DataSource,
    private readonly box: SecretBox,
    private readonly clock: Clock,
  ) {}

  /**
   * A new batch of 10. The previous generation is deleted and the new one written in one transaction, so no
   * moment exists where both work or neither does. `keepForReveal`: the plaintext is kept sealed until
   * `GET /v2/user/mfa/recovery_codes` shows it once (the `/v2` flow answers the generation with no body).
   */
  async regenerate(userId: string, keepForReveal: boolean): Promise<RecoveryBatch> {
    const plain = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    // Hashing is slow on purpose: done before the transaction so that it holds no lock meanwhile.
    const hashes = await Promise.all(plain.map(hashRecoveryCode));
    const sealed = keepForReveal ? await this.box.seal(unrevealedPurpose(userId), JSON.stringify(plain)) : null;
    const generation = await this.dataSource.transaction(async (tx) => {
      await tx.createQueryBuilder().insert().into(MfaAccount).values({ userId }).orIgnore().execute();
      // The UPDATE locks the account row until commit: concurrent regenerations run one after the other.
      await tx
        .createQueryBuilder()
        .update(MfaAccount)
        .set({ recoveryGeneration: () => 'recovery_generation + 1', unrevealedCodesCiphertext: sealed })
        .where('user_id = :userId', { userId })
        .execute();
      const next = (await tx.findOneOrFail(MfaAccount, { where: { userId } })).recoveryGeneration;
      await tx.delete(MfaRecoveryCode, { userId });
      await tx.insert(
        MfaRecoveryCode,
        hashes.map((codeHash) => ({ userId, generation: next, codeHash })),
      );
      return next;
    });
    return { codes: plain, generation };
  }

  /** Shows the latest batch once (cleared by a conditional UPDATE), then only counts. */
  async reveal(userId: string): Promise<{ codes: string[] | null; remaining: number; generation: number }> {
    const account = await this.accounts.findOne({ where: { userId } });
    let codes: string[] | null = null;
    if (account?.unrevealedCodesCiphertext) {
      const taken = await this.accounts.update(
        { userId, unrevealedCodesCiphertext: Not(IsNull()) },
        { unrevealedCodesCiphertext: null },
      );
      if (taken.affected === 1) {
        const plain = await this.box.open(unrevealedPurpose(userId), account.unrevealedCodesCiphertext);
        codes = plain ? (JSON.parse(plain) as string[]) : null;
      }
    }
    return { codes, remaining: await this.remaining(userId), generation: account?.recoveryGeneration ?? 0 };
  }

  /** True while the user has never been shown recovery codes: no batch yet, or the first still awaiting its reveal. */
  async neverShown(userId: string): Promise<boolean> {
    const account = await this.accounts.findOne({ where: { userId } });
    if (!account || account.recoveryGeneration === 0) return true;
    return account.recoveryGeneration === 1 && account.unrevealedCodesCiphertext !== null;
  }

  remaining(userId: string): Promise<number> {
    return this.codes.count({ where: { userId, usedAt: IsNull() } });
  }

  /**
   * Spends one code; returns how many remain, or null when the code is not valid. Only the current generation exists
   * in the table, and marking the code used is conditional, so a code works once on every path (GitLab bug, B-20).
   */
  async consume(userId: string, code: string): Promise<number | null> {
    if (!looksLikeRecoveryCode(code)) return null;
    const unused = await this.codes.find({ where: { userId, usedAt: IsNull() } });
    for (const row of unused) {
      if (!(await recoveryCodeMatches(row.codeHash, code))) continue;
      const spent = await this.codes.update({ id: row.id, usedAt: IsNull() }, { usedAt: this.clock.now() });
      if (spent.affected !== 1) return null;
      return this.remaining(userId);
    }
    return null;
  }

  /** When the last factor goes, its recovery codes go too (the generation number stays, it only grows). */
  async clear(userId: string): Promise<void> {
    await this.codes.delete({ userId });
    await this.accounts.update({ userId }, { unrevealedCodesCiphertext: null });
  }
}
