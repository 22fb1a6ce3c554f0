import { type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthContext, RequestWithAuth } from '../../common/auth/auth-context';
import { CredentialResolver } from '../../common/auth/auth.ports';
import { Unauthorized } from '../../common/errors/app-error';
import { CallerFactory } from './caller.factory';
import { JwtPassportGuard } from './jwt.strategy';

/** `Authorization: Bearer <JWT>` (through passport-jwt) or `Authorization: Basic <access-token>`. */
@Injectable()
export class AuthorizationHeaderResolver extends CredentialResolver {
  constructor(
    private readonly jwtGuard: JwtPassportGuard,
    private readonly callers: CallerFactory,
  ) {
    super();
  }

  async resolve(context: ExecutionContext, apiKeyId: string): Promise<AuthContext> {
    const request = context
      .switchToHttp()
      .getRequest<FastifyRequest & RequestWithAuth & { user?: Omit<AuthContext, 'apiKeyId'> }>();
    const header = request.headers.authorization;
    if (!header) throw Unauthorized('Missing credentials (Authorization header)', 'auth.invalid_token');
    const [scheme, value] = header.split(' ', 2);
    if (/^bearer$/i.test(scheme) && value) {
      await this.jwtGuard.canActivate(context);
      return { ...request.user!, apiKeyId };
    }
    if (/^basic$/i.test(scheme) && value) {
      return { ...(await this.callers.fromAccessToken(value.trim(), !!request.loadCallerProfile)), apiKeyId };
    }
    throw Unauthorized('Unsupported Authorization scheme (use Bearer or Basic)', 'auth.invalid_token');
  }
}
