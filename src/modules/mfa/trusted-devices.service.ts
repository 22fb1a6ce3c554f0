import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, type Repository } from 'typeorm';
import { randomToken, sha256 } from '../../common/crypto';
import { RecordNotFound } from '../../common/errors/app-error';
import { Clock } from './clock';
import { MfaTrustedDevice } from './entities/mfa-trusted-device.entity';

export const TRUSTED_DEVICE_TTL_MS = 30 * 24 * 3_600_000;

/** "Remember this device": a 256-bit token held by the client, SHA-256 stored, 30 days, revocable. */
@Injectable()
export class TrustedDevicesService {
  constructor(
    @InjectRepository(MfaTrustedDevice) private readonly devices: Repository<MfaTrustedDevice>,
    private readonly clock: Clock,
  ) {}

  async remember(
    userId: string,
    client: { ip: string; userAgent: string | null },
  ): Promise<{ device_token: string; expires_at: string }> {
    const token = randomToken(32);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + TRUSTED_DEVICE_TTL_MS);
    await this.devices.insert({
      userId,
      tokenHash: sha256(token),
      label: client.userAgent?.slice(0, 255) ?? null,
      ipAddress: client.ip.slice(0, 64),
      lastSeenAt: now,
      expiresAt,
    });
    return { device_token: token, expires_at: expiresAt.toISOString() };
  }

  /** True when the token is a live trusted device of this user; records that it was seen. */
  async recognise(userId: string, token: string, ip: string): Promise<boolean> {
    const now = this.clock.now();
    const device = await this.devices.findOne({
      where: { tokenHash: sha256(token), userId, expiresAt: MoreThan(now) },
    });
    if (!device) return false;
    await this.devices.update({ id: device.id }, { lastSeenAt: now, ipAddress: ip.slice(0, 64) });
    return true;
  }

  list(userId: string): Promise<MfaTrustedDevice[]> {
    return this.devices.find({
      where: { userId, expiresAt: MoreThan(this.clock.now()) },
      order: { lastSeenAt: 'DESC' },
    });
  }

  async revokeAll(userId: string): Promise<number> {
    return (await this.devices.delete({ userId })).affected ?? 0;
  }

  async revoke(userId: string, id: string): Promise<void> {
    const result = await this.devices.delete({ userId, id });
    if (!result.affected) throw new RecordNotFound();
  }
}
