import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type EntityRef, TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';
import type { EngineAppType } from '../scan-engines/scan-engine';

export const SCANNER_APP_TYPES = ['builtin', 'nmap'] as const;

/**
 * An engine installation-wide (super admins manage it). Assigned to organizations, only they may use it;
 * assigned to none, every organization may.
 */
@Entity('scanners')
@Check('ck_scanners_app_type', `"app_type" IN ('builtin', 'nmap')`)
@Index('uq_scanners_default', { synchronize: false })
export class Scanner {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'varchar', length: 16 }) appType: EngineAppType;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** Used when a scan names no scanner (at most one; a partial unique index in the migration). */
  @Column({ type: 'boolean', default: false }) isDefault: boolean;
  /** Outcome of the last `verify`. */
  @Column({ type: 'timestamptz', nullable: true }) verifiedAt: Date | null;
  @Column({ type: 'boolean', nullable: true }) verificationOk: boolean | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) engineVersion: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) verificationMessage: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** Assignment of a scanner to an organization. */
@TenantEntity('scanner_organizations', { primary: true, indexed: true })
export class ScannerOrganization extends TenantOwned {
  @PrimaryColumn({ type: 'uuid' }) scannerId: string;
  @ManyToOne(() => Scanner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scanner_id' })
  scanner?: Scanner;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** What a scan runs: which checks, against which port list, with which timeout and concurrency (installation-wide). */
@Entity('scan_profiles')
@Check('ck_scan_profiles_limits', `"timeout_ms" > 0 AND "concurrency" > 0`)
@Index('uq_scan_profiles_default', { synchronize: false })
export class ScanProfile {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Index('idx_scan_profiles_port_list_id')
  @Column({ type: 'uuid' })
  portListId: string;
  @ManyToOne('PortList', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'port_list_id' })
  portList?: EntityRef;
  /** Check families (`banner`, `tls`, `http`, `rules`). */
  @Column({ type: 'text', array: true }) checks: string[];
  /** Per-connection timeout. */
  @Column({ type: 'integer' }) timeoutMs: number;
  /** Connections in flight at once. */
  @Column({ type: 'integer' }) concurrency: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'boolean', default: false }) isDefault: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
