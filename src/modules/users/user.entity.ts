import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../../common/auth/roles';
import { TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';

/**
 * What the users module reads of a user's organization, through the relation (joined in the same query: a user and
 * its organization are one account record to present). The organizations module owns the table.
 */
export interface UserOrganization {
  id: string;
  name: string;
  partner: boolean;
  parentId: string | null;
}

/** An account. An organization with users cannot be deleted (RESTRICT): its users move or go first. */
@TenantEntity('users', { onDelete: 'RESTRICT' })
@Index('uq_users_username', { synchronize: false })
@Index('uq_users_email', { synchronize: false })
export class User extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  declare organization?: UserOrganization;
  /** Unique case-insensitively (index on lower(username) in the migration). */
  @Column({ type: 'varchar', length: 150 }) username: string;
  @Column({ type: 'varchar', length: 255 }) email: string;
  /** argon2id; null until the user sets one (invitation, confirmation). */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false }) passwordHash: string | null;
  @Column({ type: 'varchar', length: 20, default: 'User' }) role: Role;
  @Column({ type: 'varchar', length: 100, nullable: true }) firstName: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) lastName: string | null;
  @Column({ type: 'varchar', length: 10, default: 'en' }) locale: string;
  @Column({ type: 'varchar', length: 64, default: 'UTC' }) timezone: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) phone: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) mobilePhone: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) url: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) title: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) address: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) city: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) state: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) country: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) zipcode: string | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) activeProduct: string | null;
  @Column({ type: 'boolean', default: false }) partner: boolean;
  @Column({ type: 'varchar', length: 32, default: 'email' }) provider: string;
  @Column({ type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) blockedAt: Date | null;
  @Column({ type: 'integer', default: 0 }) signInCount: number;
  @Column({ type: 'timestamptz', nullable: true }) lastSignInAt: Date | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) lastSignInIp: string | null;
  @Column({ type: 'timestamptz', nullable: true }) passwordChangedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
