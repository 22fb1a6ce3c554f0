import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A sellable product line (e.g. PCI). Plans belong to a product; an organization has at most one active plan per product. */
@Entity('products')
export class Product {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stable machine name used by clients (`PUT /v2/user/product?product=pci`). */
  @Index('uq_products_code', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  code: string;
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
