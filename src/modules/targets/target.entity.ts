import {
  Check,
  Column,
  CreateDateColumn,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type EntityRef, TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';

/** A set of hosts to scan, owned by an organization and by the user who created it. */
@TenantEntity('targets')
@Check('ck_targets_host_count', `"host_count" >= 0`)
export class Target extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Creator; moved by the users module's resource transfer, null once that user is gone. */
  @Index('idx_targets_user_id')
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef | null;
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  /** Normalized entries (addresses, CIDR blocks, ranges, host names); text[] so `q[hosts]=192.168.*` can match. */
  @Column({ type: 'text', array: true }) hosts: string[];
  /** Distinct hosts the entries name. numeric: an IPv6 block can exceed bigint; read back as a string. */
  @Column({ type: 'numeric', precision: 40, scale: 0 }) hostCount: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
