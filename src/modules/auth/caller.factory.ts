import { Injectable } from '@nestjs/common';
import type { AuthContext, AuthUser } from '../../common/auth/auth-context';
import type { Role } from '../../common/auth/roles';
import { Unauthorized } from '../../common/errors/app-error';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { OrganizationsService } from '../organizations/organizations.service';
import { UsersService } from '../users/users.service';
import { AccessTokensService } from './access-tokens.service';
import { SessionsService } from './sessions.service';

interface CallerRow {
  userId: string;
  username: string;
  email: string;
  role: string;
  organizationId: string;
  organizationPartner: boolean;
}

/** Builds the one auth object of a request from a session or an access token. */
@Injectable()
export class CallerFactory {
  constructor(
    private readonly sessions: SessionsService,
    private readonly accessTokens: AccessTokensService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  /** `withProfile`: also load the caller's profile (`AuthContext.callerRow`), for routes that present the caller. */
  async fromSession(sessionId: string, userId: string, withProfile = false): Promise<Omit<AuthContext, 'apiKeyId'>> {
    const row = await this.sessions.find(sessionId, userId, this.profileColumns(withProfile));
    if (!row) throw Unauthorized('Invalid or expired token', 'auth.invalid_token');
    const dead = this.sessions.deadReason(row);
    if (dead) throw Unauthorized(dead, 'auth.invalid_token');
    this.sessions.touch(row);
    return {
      user: this.user(row),
      credential: 'session',
      sessionId: row.sessionId,
      secondFactorAt: row.secondFactorAt,
      impersonatorId: row.impersonatorId,
      tenant: await this.tenant(row),
      callerRow: withProfile ? row : undefined,
    };
  }

  async fromAccessToken(raw: string, withProfile = false): Promise<Omit<AuthContext, 'apiKeyId'>> {
    const row = await this.accessTokens.find(raw, this.profileColumns(withProfile));
    if (!row || row.blockedAt) throw Unauthorized('Invalid access token', 'auth.invalid_token');
    return {
      user: this.user(row),
      credential: 'access_token',
      sessionId: null,
      impersonatorId: null,
      tenant: await this.tenant(row),
      callerRow: withProfile ? row : undefined,
    };
  }

  private profileColumns(withProfile: boolean): string {
    return withProfile ? this.users.profileColumns() : '';
  }

  private user(row: CallerRow): AuthUser {
    return {
      id: row.userId,
      username: row.username,
      email: row.email,
      role: row.role as Role,
      organizationId: row.organizationId,
    };
  }

  /** Tenancy is decided here, once: Super Admin sees all, a partner's Admin also its customers. */
  async tenant(row: Pick<CallerRow, 'role' | 'organizationId' | 'organizationPartner'>): Promise<TenantScope> {
    if (row.role === 'Super Admin') return TenantScope.all(row.organizationId);
    if (row.role === 'Admin' && row.organizationPartner) {
      return TenantScope.of(row.organizationId, await this.organizations.customerIdsOf(row.organizationId));
    }
    return TenantScope.of(row.organizationId);
  }
}
