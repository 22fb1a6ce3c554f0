import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type Repository } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { Conflict, Forbidden, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  type BrandingAttributesDto,
  HOSTNAME,
  type UpdateWhitelabelDto,
  type WhitelabelSettingsAttributesDto,
} from './dto/whitelabel.dto';
import { parseLogo } from './logo';
import { WhitelabelSettings } from './whitelabel-settings.entity';

/** What emails and report PDFs need to brand themselves. Every field may be null: use the product's own then. */
export interface Branding {
  companyName: string | null;
  logo: { contentType: string; bytes: Buffer } | null;
  primaryColor: string | null;
  secondaryColor: string | null;
  supportEmail: string | null;
  portalDomain: string | null;
}

const BRANDING_FIELDS = [
  'companyName',
  'logo',
  'logoContentType',
  'primaryColor',
  'secondaryColor',
  'supportEmail',
  'portalDomain',
] as const;
type Merged = Pick<WhitelabelSettings, (typeof BRANDING_FIELDS)[number]>;

@Injectable()
export class WhitelabelService {
  constructor(
    @InjectRepository(WhitelabelSettings) private readonly settings: Repository<WhitelabelSettings>,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * The branding an organization's emails, reports and portal use: its own values, and for a partner's customer
   * the partner's values where the customer has none (field by field; the logo and its type go together).
   */
  async brandingFor(organizationId: string): Promise<Branding> {
    const { merged } = await this.effective(organizationId);
    return {
      companyName: merged.companyName,
      logo: merged.logo && merged.logoContentType ? { contentType: merged.logoContentType, bytes: merged.logo } : null,
      primaryColor: merged.primaryColor,
      secondaryColor: merged.secondaryColor,
      supportEmail: merged.supportEmail,
      portalDomain: merged.portalDomain,
    };
  }

  /** Every portal domain in use (the `PortalOrigins` port: browsers on them may call the API). */
  async portalDomains(): Promise<string[]> {
    const rows = await this.settings.find({ select: { portalDomain: true }, where: { portalDomain: Not(IsNull()) } });
    return rows.map((r) => r.portalDomain!.toLowerCase());
  }

  /** `GET /v2/whitelabel/settings`: the caller's organization, or one in its scope. */
  async show(auth: AuthContext, organizationId?: string): Promise<WhitelabelSettingsAttributesDto> {
    const org = await this.organizations.get(auth.tenant, organizationId ?? auth.user.organizationId);
    const { merged, inherited } = await this.effective(org.id);
    return { organization_id: org.id, inherited, ...present(merged) };
  }

  /** `GET /v2/whitelabel?domain=`: public branding of a portal domain (the owner's effective branding). */
  async forDomain(domain: unknown): Promise<BrandingAttributesDto> {
    if (typeof domain !== 'string' || !HOSTNAME.test(domain))
      throw new ParameterError(['domain must be a host name such as portal.example.com']);
    const row = await this.settings.findOneBy({ portalDomain: domain.toLowerCase() });
    if (!row) throw new RecordNotFound();
    return present((await this.effective(row.organizationId)).merged);
  }

  async update(
    auth: AuthContext,
    input: UpdateWhitelabelDto,
    organizationId?: string,
  ): Promise<WhitelabelSettingsAttributesDto> {
    const org = await this.organizations.get(auth.tenant, organizationId ?? auth.user.organizationId);
    if (
      org.id !== auth.user.organizationId &&
      auth.user.role !== 'Super Admin' &&
      org.parentId !== auth.user.organizationId
    ) {
      throw Forbidden("Only the organization's Admins, its partner or a super admin can change its branding");
    }
    const logo =
      typeof input.logo_base64 === 'string' ? parseLogo(input.logo_base64, 'whitelabel.logo_base64') : undefined;
    const domain = input.portal_domain?.toLowerCase();
    if (input.portal_domain !== undefined) {
      // A portal domain is a partner's storefront: ordinary organizations could otherwise squat a partner's name.
      if (auth.user.role !== 'Super Admin' && !org.partner)
        throw Forbidden('Only partner organizations have a portal domain');
      if (domain) {
        const owner = await this.settings.findOneBy({ portalDomain: domain });
        if (owner && owner.organizationId !== org.id)
          throw Conflict('whitelabel.portal_domain is already used by another organization');
      }
    }
    const row =
      (await this.settings.findOneBy({ organizationId: org.id })) ?? this.settings.create({ organizationId: org.id });
    if (input.company_name !== undefined) row.companyName = input.company_name;
    if (input.primary_color !== undefined) row.primaryColor = input.primary_color?.toUpperCase() ?? null;
    if (input.secondary_color !== undefined) row.secondaryColor = input.secondary_color?.toUpperCase() ?? null;
    if (input.support_email !== undefined) row.supportEmail = input.support_email?.toLowerCase() ?? null;
    if (input.portal_domain !== undefined) row.portalDomain = domain ?? null;
    if (input.logo_base64 === null) {
      row.logo = null;
      row.logoContentType = null;
    } else if (logo) {
      row.logo = logo.bytes;
      row.logoContentType = logo.contentType;
    }
    await this.settings.save(row);
    return this.show(auth, org.id);
  }

  private async effective(organizationId: string): Promise<{ merged: Merged; inherited: boolean }> {
    const own = await this.load(organizationId);
    const org = await this.organizations.findById(organizationId);
    const parent = org?.parentId ? await this.load(org.parentId) : null;
    const merged = {} as Record<keyof Merged, unknown>;
    let inherited = false;
    for (const field of BRANDING_FIELDS) {
      if (field === 'logoContentType') continue;
      // The portal domain is the partner's own address, not something a customer inherits.
      const fromParent =
        field !== 'portalDomain' && (own?.[field] ?? null) === null && (parent?.[field] ?? null) !== null;
      const source = fromParent ? parent : own;
      merged[field] = source?.[field] ?? null;
      if (field === 'logo') merged.logoContentType = source?.logoContentType ?? null;
      inherited ||= fromParent;
    }
    return { merged: merged as Merged, inherited };
  }

  private load(organizationId: string): Promise<WhitelabelSettings | null> {
    return this.settings
      .createQueryBuilder('w')
      .addSelect('w.logo')
      .where('w.organization_id = :organizationId', { organizationId })
      .getOne();
  }
}

function present(b: Merged): BrandingAttributesDto {
  return {
    company_name: b.companyName,
    logo: b.logo && b.logoContentType ? `data:${b.logoContentType};base64,${b.logo.toString('base64')}` : null,
    primary_color: b.primaryColor,
    secondary_color: b.secondaryColor,
    support_email: b.supportEmail,
    portal_domain: b.portalDomain,
  };
}
