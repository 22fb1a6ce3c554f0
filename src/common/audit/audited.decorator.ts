import { SetMetadata } from '@nestjs/common';

export const AUDIT_METADATA = 'cg:audit';

export interface AuditRouteOptions {
  /** Stable action name, e.g. `user.update`. Default: `<METHOD> <route>`. */
  action?: string;
  /** Resource type recorded with the event, e.g. `target`. */
  resource?: string;
  /** false: this route records its own events (sign-in) or changes nothing (calculations). */
  auto?: boolean;
}

/** How the audit interceptor records a state-changing route. Routes without it are recorded with defaults. */
export const Audited = (options: AuditRouteOptions) => SetMetadata(AUDIT_METADATA, options);
