import { Column, CreateDateColumn, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned, TenantEntity } from '../../common/tenancy/tenant-entity';

/** An organization's portal branding. A customer without its own values inherits its partner's. */
@TenantEntity('whitelabel_settings', { oneToOne: true })
export class WhitelabelSettings extends TenantOwned {
  @Column({ type: 'varchar', length: 255, nullable: true }) companyName: string | null;
  /** The image bytes, checked by magic bytes and size before they are stored. */
  @Column({ type: 'bytea', nullable: true, select: false }) logo: Buffer | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) logoContentType: string | null;
  @Column({ type: 'varchar', length: 7, nullable: true }) primaryColor: string | null;
  @Column({ type: 'varchar', length: 7, nullable: true }) secondaryColor: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) supportEmail: string | null;
  /** Lower-case host name of the branded portal; unique across the installation. */
  @Index('uq_whitelabel_settings_portal_domain', { unique: true })
  @Column({ type: 'varchar', length: 253, nullable: true })
  portalDomain: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
