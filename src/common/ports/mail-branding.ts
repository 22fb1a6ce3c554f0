/** How an organization's emails present themselves (whitelabel). A null field means the product's own. */
export interface MailBrand {
  companyName: string | null;
  supportEmail: string | null;
  logo: { contentType: string; bytes: Buffer } | null;
  primaryColor: string | null;
}

/** The branding of an organization's emails. The whitelabel module provides it (a customer inherits its partner's). */
export abstract class MailBranding {
  abstract brandingFor(organizationId: string): Promise<MailBrand>;
}
