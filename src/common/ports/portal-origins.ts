/**
 * The host names of the organizations' own portals (whitelabel `portal_domain`): browsers on them may call the API
 * (CORS). The whitelabel module provides it; without it only the configured `CORS_ORIGINS` are allowed.
 */
export abstract class PortalOrigins {
  /** Every portal domain in use, lower-case host names (`portal.partner.example`). */
  abstract portalDomains(): Promise<string[]>;
}
