import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { ParameterError } from '../../common/errors/app-error';
import { ApiAction, ApiErrors } from '../../common/http/resource';
import { Audited } from '../../common/audit/audited.decorator';
import { UsersService } from '../users/users.service';
import { AccessTokensService } from './access-tokens.service';
import { AccessTokenDto, ChangePasswordBody, MessageDto, ValidTokenDto } from './dto/auth.dto';
import { SessionsService } from './sessions.service';

@ApiTags('User')
@Controller('v2/user')
export class UserCredentialsController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly accessTokens: AccessTokensService,
  ) {}

  @Put('password')
  @Authenticated({ stepUp: true, forbidWhileImpersonating: true })
  @Audited({ action: 'user.password_change', resource: 'user' })
  @ApiOperation({
    summary: 'Change current user password',
    description: 'Needs the current password; ends every other session.',
  })
  @ApiAction(MessageDto)
  @ApiErrors(422)
  async changePassword(@Auth() auth: AuthContext, @Body() body: ChangePasswordBody): Promise<MessageDto> {
    const { current_password, password, password_confirmation } = body.user;
    if (password !== password_confirmation)
      throw new ParameterError(['user.password_confirmation does not match user.password']);
    await this.users.changePassword(auth.user.id, current_password, password);
    await this.sessions.revokeAllForUser(auth.user.id, 'password_changed', auth.sessionId);
    return { message: 'Password changed; other sessions were signed out' };
  }

  @Get('valid_token')
  @Authenticated()
  @ApiOperation({ summary: 'Check that the authorization token is valid' })
  @ApiAction(ValidTokenDto)
  async validToken(@Auth() auth: AuthContext): Promise<ValidTokenDto> {
    const session = auth.sessionId ? await this.sessions.find(auth.sessionId, auth.user.id) : undefined;
    return {
      valid: true,
      credential: auth.credential,
      expires_at: session?.expiresAt.toISOString() ?? null,
      impersonated: !!auth.impersonatorId,
    };
  }

  @Put('generate_access_token')
  @Authenticated({ stepUp: true, forbidWhileImpersonating: true })
  @Audited({ action: 'user.access_token_generate', resource: 'access_token' })
  @ApiOperation({
    summary: 'Generate a new access token',
    description: 'Replaces any previous token. The token is shown once; send it as `Authorization: Basic <token>`.',
  })
  @ApiAction(AccessTokenDto)
  async generate(@Auth() auth: AuthContext): Promise<AccessTokenDto> {
    const token = await this.accessTokens.generate(auth.user.id);
    return {
      token,
      username: auth.user.username,
      message: 'Access token generated. Store it now: it will not be shown again.',
    };
  }

  @Put('revoke_access_token')
  @Authenticated()
  @Audited({ action: 'user.access_token_revoke', resource: 'access_token' })
  @ApiOperation({ summary: 'Revoke the current access token' })
  @ApiAction(MessageDto)
  async revoke(@Auth() auth: AuthContext): Promise<MessageDto> {
    const revoked = await this.accessTokens.revoke(auth.user.id);
    return { message: revoked ? 'Access token revoked' : 'There was no access token to revoke' };
  }
}
