import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import argon2 from 'argon2';
import { type EntityManager, IsNull, MoreThan, type Repository } from 'typeorm';
import { AppError, TooManyRequests } from '../../common/errors/app-error';
import { ClsService } from 'nestjs-cls';
import { clientIpOf } from '../../common/http/client-ip';
import { reportRateLimit } from '../../common/http/rate-limit';
import { Env } from '../../config/env';
import { Clock } from './clock';
import { MfaSmsCode, type SmsPurpose } from './entities/mfa-sms-code.entity';
import { SmsDeliveryError, SmsSender } from './sms/sms-sender';

export const SMS_CODE_TTL_MS = 10 * 60_000;
/** One send per minute per account and purpose (anti SMS-pumping, mfa.md B-33). */
export const SMS_RESEND_INTERVAL_MS = 60_000;
/** Window of the per-phone and per-IP caps (SMS_MAX_PER_PHONE_PER_HOUR, SMS_MAX_PER_IP_PER_HOUR). */
export const SMS_CAP_WINDOW_MS = 3_600_000;
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * SMS one-time codes (mfa.md B-27…B-30): 6 digits from the CSPRNG, valid 10 minutes, single use, only for the purpose
 * and context they were sent for, stored as argon2id hashes. Sending a new one voids the previous one of that context;
 * failure counting lives elsewhere (challenge and account), so a new code does not reset it.
 */
@Injectable()
export class SmsCodesService {
  constructor(
    @InjectRepository(MfaSmsCode) private readonly codes: Repository<MfaSmsCode>,
    private readonly sender: SmsSender,
    private readonly clock: Clock,
    private readonly env: Env,
    private readonly cls: ClsService,
  ) {}

  /** 429 when a code of this purpose went to the user less than a minute ago (a pre-check; `send` decides). */
  async assertCanSend(userId: string, purpose: SmsPurpose, manager: EntityManager = this.codes.manager): Promise<void> {
    const now = this.clock.now();
    const recent = await manager.findOne(MfaSmsCode, {
      where: { userId, purpose, sentAt: MoreThan(new Date(now.getTime() - SMS_RESEND_INTERVAL_MS)) },
      order: { sentAt: 'DESC' },
    });
    if (recent)
      throw TooManyRequests(
        (recent.sentAt.getTime() + SMS_RESEND_INTERVAL_MS - now.getTime()) / 1000,
        'A code was sent less than a minute ago',
      );
  }

  /** `ip`: the client asking (by default the current request's). */
  async send(
    userId: string,
    phone: string,
    purpose: SmsPurpose,
    contextId: string,
    ip: string | null = clientIpOf(this.cls),
  ): Promise<void> {
    const clientIp = ip?.slice(0, 64) ?? null;
    // Refused requests are answered before the argon2 hash: a client hammering a limit costs one small query each.
    await this.assertCanSend(userId, purpose);
    await this.assertWithinCaps(this.codes.manager, phone, clientIp, this.clock.now());
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const codeHash = await argon2.hash(code, HASH_OPTIONS);
    // The resend limit is checked and the new code stored under a lock per user and purpose: of two simultaneous
    // requests one sends, the other gets 429 (a check then an insert would let both through).
    await this.codes.manager.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`mfa-sms:${userId}:${purpose}`]);
      await this.assertCanSend(userId, purpose, tx);
      const now = this.clock.now();
      await this.assertWithinCaps(tx, phone, clientIp, now);
      await tx.update(MfaSmsCode, { userId, purpose, contextId, consumedAt: IsNull() }, { consumedAt: now });
      await tx.insert(MfaSmsCode, {
        userId,
        purpose,
        contextId,
        codeHash,
        sentAt: now,
        expiresAt: new Date(now.getTime() + SMS_CODE_TTL_MS),
        phone,
        ip: clientIp,
      });
    });
    try {
      await this.sender.send({
        to: phone,
        body: `Your CG Scanning verification code is ${code}. It expires in 10 minutes. Never share it.`,
      });
    } catch (err) {
      if (err instanceof SmsDeliveryError)
        throw AppError.of(502, 'sms.delivery_failed', 'The SMS could not be sent, try again later');
      throw err;
    }
  }

  /**
   * Caps per phone number and per client IP over the last hour, across accounts: one account's resend minute does
   * not stop a script that signs up many accounts to send codes to premium numbers (SMS pumping, mfa.md B-33).
   * Checked again in the sending transaction; concurrent sends for other accounts may pass a cap by one or two.
   * The answer's `RateLimit-*` headers show the cap closest to running out (codes left this hour, counting this one).
   */
  private async assertWithinCaps(manager: EntityManager, phone: string, ip: string | null, now: Date) {
    const since = new Date(now.getTime() - SMS_CAP_WINDOW_MS);
    const caps = [
      { column: 'phone', value: phone, cap: this.env.SMS_MAX_PER_PHONE_PER_HOUR, what: 'this phone number' },
      { column: 'ip', value: ip, cap: this.env.SMS_MAX_PER_IP_PER_HOUR, what: 'your network address' },
    ] as const;
    for (const { column, value, cap, what } of caps) {
      if (!value) continue;
      const recent: { sent_at: Date }[] = await manager.query(
        `SELECT sent_at FROM mfa_sms_codes WHERE ${column} = $1 AND sent_at > $2 ORDER BY sent_at DESC LIMIT ${cap}`,
        [value, since],
      );
      const windowSeconds = SMS_CAP_WINDOW_MS / 1000;
      const oldest = recent[recent.length - 1]?.sent_at;
      const resetSeconds = oldest ? (oldest.getTime() + SMS_CAP_WINDOW_MS - now.getTime()) / 1000 : windowSeconds;
      reportRateLimit(this.cls, { limit: cap, remaining: cap - recent.length - 1, resetSeconds, windowSeconds });
      if (recent.length >= cap) {
        throw TooManyRequests(resetSeconds, `Too many codes were sent to ${what} in the last hour`);
      }
    }
  }

  /** True once for the right code of this purpose and context; the code is spent by the same conditional UPDATE. */
  async verify(userId: string, purpose: SmsPurpose, contextId: string, code: string): Promise<boolean> {
    if (!/^\d{6}$/.test(code.trim())) return false;
    const now = this.clock.now();
    const pending = await this.codes.findOne({
      where: { userId, purpose, contextId, consumedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { sentAt: 'DESC' },
    });
    if (!pending || !(await argon2.verify(pending.codeHash, code.trim()))) return false;
    const spent = await this.codes.update({ id: pending.id, consumedAt: IsNull() }, { consumedAt: now });
    return spent.affected === 1;
  }
}
