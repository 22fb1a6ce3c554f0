import type { TwoFactorStatus } from '../../common/auth/auth.ports';
import { resource } from '../../common/http/resource';
import type { User, UserOrganization } from './user.entity';
import type { UserAttributesDto } from './dto/user.dto';

export const USER_TYPE = 'user';

export function userAttributes(
  user: User,
  organization: Pick<UserOrganization, 'id' | 'name'>,
  twoFactor: TwoFactorStatus,
): UserAttributesDto {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    role: user.role,
    locale: user.locale,
    timezone: user.timezone,
    active_product: user.activeProduct,
    organization: { id: organization.id, uuid: organization.id, name: organization.name },
    partner: user.partner,
    verified: !!user.confirmedAt,
    provider: user.provider,
    blocked: !!user.blockedAt,
    sign_in_count: user.signInCount,
    last_sign_in_at: user.lastSignInAt?.toISOString() ?? null,
    last_sign_in_ip: user.lastSignInIp,
    two_factor_authentication: twoFactor,
    incomplete_details: !user.firstName || !user.lastName,
    first_name: user.firstName,
    last_name: user.lastName,
    phone: user.phone,
    mobile_phone: user.mobilePhone,
    url: user.url,
    title: user.title,
    address: user.address,
    city: user.city,
    state: user.state,
    country: user.country,
    zipcode: user.zipcode,
    comment: user.comment,
    created_at: user.createdAt.toISOString(),
    updated_at: user.updatedAt.toISOString(),
  };
}

export const presentUser = (
  user: User,
  organization: Pick<UserOrganization, 'id' | 'name'>,
  twoFactor: TwoFactorStatus,
) =>
  resource(USER_TYPE, user.id, userAttributes(user, organization, twoFactor), {
    organization: { data: { id: organization.id, type: 'organization' } },
  });
