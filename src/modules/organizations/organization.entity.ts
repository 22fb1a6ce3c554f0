import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  JoinColumn,
} from 'typeorm';

/** A tenant. A partner organization owns customer organizations (`parentId`). */
@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) companyName: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) address: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) city: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) state: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) zipcode: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) country: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) phone: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) website: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) email: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) contactName: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) contactTitle: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) contactPhone: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) contactEmail: string | null;
  @Column({ type: 'boolean', default: false }) partner: boolean;
  /** Whether an Admin may approve an exception they created or last changed (`PUT /v2/exceptions/activate`). */
  @Column({ type: 'boolean', default: false }) exceptionsSelfApproval: boolean;
  @Index('idx_organizations_parent_id')
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organization | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
