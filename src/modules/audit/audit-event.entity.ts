import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One state-changing request, or a sign-in attempt: who, on whose behalf, what, on which resource, with what result. */
@Entity('audit_events')
@Index('idx_audit_events_org_occurred', ['organizationId', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('idx_audit_events_occurred_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'varchar', length: 150, nullable: true }) actorUsername: string | null;
  /** The admin acting through impersonation, when there is one. */
  @Column({ type: 'uuid', nullable: true }) impersonatorId: string | null;
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'varchar', length: 120 }) action: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) resourceType: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) resourceId: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip: string | null;
  @Column({ type: 'varchar', length: 512, nullable: true }) userAgent: string | null;
  @Column({ type: 'varchar', length: 16 }) result: 'success' | 'failure';
  @Column({ type: 'integer', nullable: true }) statusCode: number | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) details: Record<string, unknown>;
}
