import { defineEvent, type EventPayload } from '../../events/event.decorator';
import type { SaqStatus } from './saq-answers';
import type { SaqType } from './saq-catalog';

/** An Admin attested a questionnaire (published in the approving transaction). Times are ISO-8601 UTC. */
export interface SaqApprovedEvent extends EventPayload {
  organizationId: string;
  saqId: string;
  type: SaqType;
  status: SaqStatus;
  /** User id of the approving Admin. */
  approvedBy: string;
  approvedAt: string;
}

/** An approved questionnaire is 30 days (or less) from a year old: the next one is due (published once per SAQ). */
export interface SaqExpiringEvent extends EventPayload {
  organizationId: string;
  saqId: string;
  type: SaqType;
  status: SaqStatus;
  approvedAt: string;
  expiresAt: string;
}

export const SAQ_APPROVED = defineEvent<SaqApprovedEvent>('saq.approved');
export const SAQ_EXPIRING = defineEvent<SaqExpiringEvent>('saq.expiring');
