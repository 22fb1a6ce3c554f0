import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failure counters for sign-in, per account (`account:<id or name>`) and per IP (`ip:<addr>`). */
@Entity('auth_throttles')
export class AuthThrottle {
  @PrimaryColumn({ type: 'varchar', length: 300 }) key: string;
  @Column({ type: 'integer', default: 0 }) failures: number;
  @Column({ type: 'timestamptz' }) windowStartedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil: Date | null;
}
