import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { SharedTenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';
import type { Protocol } from '../scan-engines/scan-engine';

export const PORT_LIST_APP_TYPES = ['all', 'builtin', 'nmap'] as const;
export type PortListAppType = (typeof PORT_LIST_APP_TYPES)[number];

/**
 * Ports a scan probes. Built-in lists are installation-wide (`organizationId` null, restored by sync from data files);
 * organizations add their own.
 */
@TenantEntity('port_lists', { shared: true })
@Check('ck_port_lists_app_type', `"app_type" IN ('all', 'builtin', 'nmap')`)
export class PortList extends SharedTenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** null: a built-in list, visible to everyone, changed only by super admins. */
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  /** Engine the list is meant for (`all`: any). */
  @Column({ type: 'varchar', length: 16, default: 'all' }) appType: PortListAppType;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @OneToMany(() => PortListRange, (r) => r.portList)
  ranges?: PortListRange[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** One range of a list; ranges of a list never overlap or touch (they are merged when added). */
@Entity('port_list_ranges')
@Check('ck_port_list_ranges_protocol', `"protocol" IN ('tcp', 'udp')`)
@Check('ck_port_list_ranges_ports', `"start_port" >= 1 AND "start_port" <= "end_port" AND "end_port" <= 65535`)
export class PortListRange {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_port_list_ranges_port_list_id')
  @Column({ type: 'uuid' })
  portListId: string;
  @ManyToOne(() => PortList, (l) => l.ranges, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'port_list_id' })
  portList?: PortList;
  @Column({ type: 'varchar', length: 3 }) protocol: Protocol;
  @Column({ type: 'integer' }) startPort: number;
  @Column({ type: 'integer' }) endPort: number;
}
