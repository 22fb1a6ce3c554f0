import type { ExceptionReason } from '../../common/ports/finding-exceptions';
import { defineEvent, type EventPayload } from '../../events/event.decorator';
import type { ExceptionScope, ExceptionStatus } from './exception.entity';

/**
 * What every exception event says (published in the transaction of the change it reports). Times are ISO-8601 UTC.
 * Subscribers (webhooks, notifications) load more through `TenantScope.ofPayload(event)` if they need it.
 */
export interface ExceptionEvent extends EventPayload {
  organizationId: string;
  exceptionId: string;
  reason: ExceptionReason;
  /** The status after the change. */
  status: ExceptionStatus;
  /** Who made the change (null: the expiry task). */
  actorId: string | null;
  /** Who asked for the exception (null once that user is deleted). */
  userId: string | null;
  scope: ExceptionScope;
  vulnerabilityId: string | null;
  checkId: string;
  hostId: string | null;
  targetId: string | null;
  recastSeverity: string | null;
  expiresAt: string | null;
  /** Findings it covers. */
  coveredCount: number;
}

/** Someone asked for an exception (`pending`): Admins have something to review. */
export const EXCEPTION_CREATED = defineEvent<ExceptionEvent>('exception.created');
/** An Admin approved it (`active`): its findings count as the exception says. */
export const EXCEPTION_APPROVED = defineEvent<ExceptionEvent>('exception.approved');
/** An Admin rejected it (`rejected`). */
export const EXCEPTION_REJECTED = defineEvent<ExceptionEvent>('exception.rejected');
/**
 * An active exception's `expires_at` is less than `EXPIRING_NOTICE_DAYS` away (published once per exception, by the
 * expiry task): whoever relies on it can ask for a new one before its findings count again. The status is unchanged.
 */
export const EXCEPTION_EXPIRING = defineEvent<ExceptionEvent>('exception.expiring');
/** How long before `expires_at` an active exception is announced as expiring. */
export const EXPIRING_NOTICE_DAYS = 7;
/** Its `expires_at` passed (`expired`): its findings count again. */
export const EXCEPTION_EXPIRED = defineEvent<ExceptionEvent>('exception.expired');
/** Someone ended it (`reset`): its findings count again. */
export const EXCEPTION_RESET = defineEvent<ExceptionEvent>('exception.reset');
