import {
  Column,
  CreateDateColumn,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type EntityRef, TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';
import type { SaqAnswers, SaqStatus } from './saq-answers';
import type { SaqChannel, SaqType } from './saq-catalog';

export type SaqState = 'draft' | 'approved';

/** AOC Part 1: the assessed merchant or service provider and its contact (prefilled from the organization). */
export interface SaqPart1 {
  company_name: string | null;
  dba: string | null;
  mailing_address: string | null;
  website: string | null;
  contact_name: string | null;
  contact_title: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  /** PCI SSC Internal Security Assessor(s) involved, if any. */
  isa_names: string | null;
  /** Qualified Security Assessor company and lead assessor, if any. */
  qsa_company: string | null;
  qsa_lead_assessor: string | null;
}

export interface SaqLocation {
  facility_type: string;
  count: number;
  location: string;
}

export interface SaqServiceProvider {
  name: string;
  services: string;
}

/** AOC Part 2: executive summary. */
export interface SaqPart2 {
  business_description: string | null;
  payment_channels: SaqChannel[];
  /** Channels the business has but leaves out of this assessment, and why. */
  excluded_channels_explanation: string | null;
  /** How each channel stores, processes or transmits account data. */
  channel_description: string | null;
  environment_description: string | null;
  segmentation_used: boolean | null;
  locations: SaqLocation[];
  service_providers: SaqServiceProvider[];
  /** Part 2h: the signer confirms every eligibility criterion of the type. */
  eligibility_confirmed: boolean;
}

/** The attestation (AOC Part 3b) given when an Admin approves the questionnaire. */
export interface SaqAttestation {
  name: string;
  title: string;
  /** Date of the signature (YYYY-MM-DD). */
  date: string;
  /** Non-compliant only: target date for compliance. */
  target_date: string | null;
  /** User who approved, and when (the request time, not the signature date). */
  user_id: string;
  username: string;
  approved_at: string;
}

/** The ASV scan shown as evidence for 11.3.2: a completed run whose PCI result is pass. */
export interface SaqAsvEvidence {
  history_id: string;
  scan_id: string;
  scan_name: string;
  completed_at: string;
  expires_at: string;
  status: 'pass';
  report_id: string | null;
}

/**
 * A PCI DSS self-assessment questionnaire with its Attestation of Compliance. `status`, `progress` and the counts are
 * derived from the answers on every save (so that lists can filter and sort on them); an approved questionnaire is
 * read-only and keeps the ASV evidence and attestation it was approved with.
 */
@TenantEntity('saqs', { indexed: false })
@Index('idx_saqs_org_created', ['organizationId', 'createdAt'])
@Index('uq_saqs_template', ['organizationId', 'type'], { unique: true, where: '"is_template"' })
@Index('idx_saqs_reminder_due', ['expiresAt'], { where: `"state" = 'approved' AND "expiry_reminder_sent_at" IS NULL` })
export class Saq extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 16 }) type: SaqType;
  @Column({ type: 'varchar', length: 16, default: 'draft' }) state: SaqState;
  @Column({ type: 'varchar', length: 40 }) status: SaqStatus;
  @Column({ type: 'smallint', default: 0 }) progress: number;
  @Column({ type: 'integer', default: 0 }) answeredCount: number;
  @Column({ type: 'integer' }) requirementCount: number;
  @Column({ type: 'date' }) periodStart: string;
  @Column({ type: 'date' }) periodEnd: string;
  @Column({ type: 'jsonb' }) part1: SaqPart1;
  @Column({ type: 'jsonb' }) part2: SaqPart2;
  @Column({ type: 'jsonb', default: () => "'{}'" }) answers: SaqAnswers;
  /** The organization's template for this type: new questionnaires of the type start from its answers. */
  @Column({ type: 'boolean', default: false }) isTemplate: boolean;
  @Column({ type: 'uuid', nullable: true }) clonedFromId: string | null;
  @ManyToOne(() => Saq, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'cloned_from_id' })
  clonedFrom?: Saq | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: EntityRef | null;
  @Column({ type: 'uuid', nullable: true }) approvedBy: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'approved_by' })
  approver?: EntityRef | null;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ type: 'jsonb', nullable: true }) attestation: SaqAttestation | null;
  @Column({ type: 'jsonb', nullable: true }) asvEvidence: SaqAsvEvidence | null;
  /** A year after the attestation date: when the acquirer expects the next one. */
  @Column({ type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  /** When the reminder 30 days before `expiresAt` was sent (null: not yet). */
  @Column({ type: 'timestamptz', nullable: true }) expiryReminderSentAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
