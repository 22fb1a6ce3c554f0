import { resource } from '../../common/http/resource';
import type { OrganizationAttributesDto, OrganizationMemberDto } from './dto/organization.dto';
import type { Organization } from './organization.entity';

export const ORGANIZATION_TYPE = 'organization';

export function organizationAttributes(
  org: Organization,
  members: OrganizationMemberDto[],
  canEdit: boolean,
): OrganizationAttributesDto {
  return {
    uuid: org.id,
    name: org.name,
    company_name: org.companyName,
    description: org.description,
    partner: org.partner,
    parent_id: org.parentId,
    creation_time: org.createdAt.toISOString(),
    modification_time: org.updatedAt.toISOString(),
    members,
    settings: { can_edit_organization: canEdit, exceptions_self_approval: org.exceptionsSelfApproval },
    details: {
      address: org.address,
      city: org.city,
      state: org.state,
      zipcode: org.zipcode,
      country: org.country,
      phone: org.phone,
      website: org.website,
      email: org.email,
      contact_name: org.contactName,
      contact_title: org.contactTitle,
      contact_phone: org.contactPhone,
      contact_email: org.contactEmail,
    },
    incomplete_details: !org.companyName || !(org.email || org.contactEmail),
  };
}

export const presentOrganization = (org: Organization, members: OrganizationMemberDto[], canEdit: boolean) =>
  resource(ORGANIZATION_TYPE, org.id, organizationAttributes(org, members, canEdit), {
    ...(org.parentId ? { parent: { data: { id: org.parentId, type: ORGANIZATION_TYPE } } } : {}),
  });
