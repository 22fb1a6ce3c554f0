import type { EntityManager } from 'typeorm';

export interface AuditEntry {
  action: string;
  result: 'success' | 'failure';
  actorId?: string | null;
  actorUsername?: string | null;
  impersonatorId?: string | null;
  organizationId?: string | null;
  resourceType?: string | null;
  resourceId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  statusCode?: number | null;
  details?: Record<string, unknown>;
}

/** Where audit entries go: the audit module's `AuditService` binds it (the interceptor here writes through it). */
export abstract class AuditRecorder {
  /** Records an entry; pass a transaction's manager to make it part of a change. Never throws. */
  abstract record(entry: AuditEntry, manager?: EntityManager): Promise<void>;
}
