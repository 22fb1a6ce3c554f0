import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, type Repository } from 'typeorm';
import { randomToken, sha256 } from '../../common/crypto';
import { Clock } from './clock';
import { type CeremonyKind, MfaCeremony } from './entities/mfa-ceremony.entity';

export const CEREMONY_TTL_MS = 5 * 60_000;
/** The `/v2` enable flow has no token in its second call: its ceremony lives as long as the SMS code (10 min). */
export const V2_ENROLLMENT_TTL_MS = 10 * 60_000;

type CeremonyData = Partial<Pick<MfaCeremony, 'sessionId' | 'label' | 'secretCiphertext' | 'phone' | 'challenge'>>;

/** Pending enrollments and WebAuthn step-up challenges: single use, short-lived, bound to their user. */
@Injectable()
export class CeremoniesService {
  constructor(
    @InjectRepository(MfaCeremony) private readonly ceremonies: Repository<MfaCeremony>,
    private readonly clock: Clock,
  ) {}

  /**
   * Starts a ceremony; any earlier open one of the same kind for the user is voided. Returns the client's token
   * (random unless the caller passes one: the WebAuthn sign-in nonce is keyed by the sign-in state).
   */
  async start(
    userId: string,
    kind: CeremonyKind,
    data: CeremonyData,
    ttlMs = CEREMONY_TTL_MS,
    token = randomToken(32),
  ): Promise<{ token: string; ceremony: MfaCeremony }> {
    const now = this.clock.now();
    await this.ceremonies.update({ userId, kind, consumedAt: IsNull() }, { consumedAt: now });
    // A caller-chosen token (the sign-in state) may be reused for a new nonce: the old row makes room.
    await this.ceremonies.delete({ userId, tokenHash: sha256(token) });
    const ceremony = await this.ceremonies.save(
      this.ceremonies.create({
        userId,
        kind,
        tokenHash: sha256(token),
        expiresAt: new Date(now.getTime() + ttlMs),
        consumedAt: null,
        ...data,
      }),
    );
    return { token, ceremony };
  }

  /** The open ceremony behind a token, or null (unknown, someone else's, other kind, expired, used). */
  findByToken(userId: string, kind: CeremonyKind, token: string): Promise<MfaCeremony | null> {
    return this.ceremonies.findOne({
      where: { tokenHash: sha256(token), userId, kind, consumedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
    });
  }

  /** Same, when the caller holds only the hash (the sign-in state, stored hashed). */
  findByStateHash(userId: string, kind: CeremonyKind, tokenHash: string): Promise<MfaCeremony | null> {
    return this.ceremonies.findOne({
      where: { tokenHash, userId, kind, consumedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
    });
  }

  /** The user's latest open ceremony of a kind (the `/v2` flow, which passes no token). */
  latestOpen(userId: string, kind: CeremonyKind): Promise<MfaCeremony | null> {
    return this.ceremonies.findOne({
      where: { userId, kind, consumedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      order: { createdAt: 'DESC' },
    });
  }

  /** Marks it used; false when another request got there first. */
  async consume(ceremony: MfaCeremony): Promise<boolean> {
    const result = await this.ceremonies.update(
      { id: ceremony.id, consumedAt: IsNull() },
      { consumedAt: this.clock.now() },
    );
    return result.affected === 1;
  }
}
