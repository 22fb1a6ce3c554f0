import { Body, Controller, Delete, Get, Header, HttpCode, Post, Put, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated, PublicWithApiKey } from '../../common/auth/authenticated.decorator';
import { clientInfo } from '../../common/http/client-info';
import { UuidQuery } from '../../common/http/params';
import { ApiAction, ApiErrors } from '../../common/http/resource';
import { Audited } from '../../common/audit/audited.decorator';
import { SignInResponseDto } from '../auth/dto/auth.dto';
import {
  AcceptInvitationDto,
  AccountMessageDto,
  ConfirmationInfoDto,
  ConfirmDto,
  ForgotPasswordDto,
  ImpersonationDto,
  InvitationInfoDto,
  ResetPasswordDto,
  SsoLinkLoginDto,
} from './dto/accounts.dto';
import { ImpersonationService } from './impersonation.service';
import { OnboardingService } from './onboarding.service';
import { PasswordResetService } from './password-reset.service';
import { SsoLinkService } from './sso-link.service';

/** The `/auth/...` account flows reached from email links, plus impersonation. Rules live in the services. */
@ApiTags('Authentication')
@Controller('auth')
export class AccountsController {
  constructor(
    private readonly onboarding: OnboardingService,
    private readonly passwords: PasswordResetService,
    private readonly ssoLinks: SsoLinkService,
    private readonly impersonation: ImpersonationService,
  ) {}

  @Get('confirmation')
  @PublicWithApiKey()
  @Header('Referrer-Policy', 'no-referrer')
  @ApiOperation({ summary: 'Show what a confirmation link is for', description: 'Does not use the token up.' })
  @ApiQuery({ name: 'confirmation_token', required: true, type: String })
  @ApiAction(ConfirmationInfoDto)
  @ApiErrors(404)
  confirmationInfo(@Query('confirmation_token') token: string) {
    return this.onboarding.confirmationInfo(token);
  }

  @Post('confirmation')
  @PublicWithApiKey()
  @Header('Referrer-Policy', 'no-referrer')
  @Audited({ action: 'auth.confirmation', resource: 'user' })
  @ApiOperation({
    summary: 'Confirm a user',
    description: 'Single use. Sets the password when the account has none yet. Does not sign in.',
  })
  @ApiAction(AccountMessageDto, 200)
  @ApiErrors(404, 422)
  confirm(@Body() body: ConfirmDto, @Req() request: FastifyRequest) {
    return this.onboarding.confirm(body, clientInfo(request));
  }

  @Get('invitation')
  @PublicWithApiKey()
  @Header('Referrer-Policy', 'no-referrer')
  @ApiOperation({
    summary: 'Pre-accept invitation check',
    description: 'Valid or not, for which organization and email. Does not use the token up.',
  })
  @ApiQuery({ name: 'invitation_token', required: true, type: String })
  @ApiAction(InvitationInfoDto)
  @ApiErrors(404)
  invitationInfo(@Query('invitation_token') token: string) {
    return this.onboarding.invitationInfo(token);
  }

  @Put('invitation')
  @PublicWithApiKey()
  @Header('Referrer-Policy', 'no-referrer')
  @Audited({ action: 'auth.invitation_accept', resource: 'user' })
  @ApiOperation({
    summary: 'Accept an invitation',
    description: 'Single use, 7 days. Sets the password and profile, confirms the account. Does not sign in.',
  })
  @ApiAction(AccountMessageDto)
  @ApiErrors(404, 422)
  acceptInvitation(@Body() body: AcceptInvitationDto, @Req() request: FastifyRequest) {
    return this.onboarding.acceptInvitation(body, clientInfo(request));
  }

  @Post('password')
  @PublicWithApiKey()
  @Audited({ action: 'auth.password_forgot' })
  @ApiOperation({
    summary: 'Forgot password',
    description:
      'Same answer whether or not the account exists; the email (link valid 1 hour) is sent in the background. Rate limited per email and per IP.',
  })
  @ApiAction(AccountMessageDto, 200)
  @ApiErrors(422, 429)
  forgot(@Body() body: ForgotPasswordDto, @Req() request: FastifyRequest) {
    return this.passwords.request(body.email, clientInfo(request));
  }

  @Put('password')
  @PublicWithApiKey()
  @Header('Referrer-Policy', 'no-referrer')
  @Audited({ action: 'auth.password_reset', resource: 'user' })
  @ApiOperation({
    summary: 'Reset password',
    description:
      'Single use token, valid 1 hour. Ends every session of the user, does not sign in (the second factor applies at the next sign-in), emails the user.',
  })
  @ApiAction(AccountMessageDto)
  @ApiErrors(404, 422)
  reset(@Body() body: ResetPasswordDto, @Req() request: FastifyRequest) {
    return this.passwords.reset(body, clientInfo(request));
  }

  @Post('sso_link_login')
  @PublicWithApiKey()
  @Audited({ auto: false })
  @ApiOperation({
    summary: 'SSO link login',
    description:
      'Exchanges a one-time link token for a session. With 2FA on, answers `{otp_session_state, methods}` and no token, as sign-in does.',
  })
  @ApiAction(SignInResponseDto, 200)
  @ApiErrors(401, 403, 422)
  ssoLinkLogin(@Body() body: SsoLinkLoginDto, @Req() request: FastifyRequest) {
    return this.ssoLinks.login(body, clientInfo(request));
  }

  @Post('impersonate')
  @Authenticated({ role: 'Admin', forbidWhileImpersonating: true })
  @Audited({ auto: false })
  @ApiOperation({
    summary: 'Impersonate a user',
    description:
      'Admins: users of lower role in organizations they manage; Super Admins: any user of lower role. Never a blocked user, never nested. ' +
      'The session lasts at most 1 hour and its token carries the RFC 8693 `act` claim. While it lasts, credential changes are refused (403).',
  })
  @ApiQuery({ name: 'uuid', required: true, schema: { type: 'string', format: 'uuid' } })
  @ApiAction(ImpersonationDto, 201)
  @ApiErrors(403, 404, 422)
  impersonate(@Auth() auth: AuthContext, @UuidQuery('uuid') uuid: string, @Req() request: FastifyRequest) {
    return this.impersonation.start(auth, uuid, clientInfo(request));
  }

  @Delete('impersonate')
  @Authenticated()
  @Audited({ auto: false })
  @HttpCode(200)
  @ApiOperation({
    summary: 'Stop impersonating',
    description:
      'Called with the impersonation token. Ends it and returns a session for the admin (for what was left of the admin’s own session).',
  })
  @ApiQuery({ name: 'impersonator_revert_token', required: true, type: String })
  @ApiAction(SignInResponseDto, 200)
  @ApiErrors(422)
  stopImpersonating(
    @Auth() auth: AuthContext,
    @Query('impersonator_revert_token') revertToken: string | undefined,
    @Req() request: FastifyRequest,
  ) {
    return this.impersonation.stop(auth, revertToken, clientInfo(request));
  }
}
