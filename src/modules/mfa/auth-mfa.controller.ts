import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { PublicWithApiKey } from '../../common/auth/authenticated.decorator';
import { clientInfo } from '../../common/http/client-info';
import { ApiAction, ApiErrors } from '../../common/http/resource';
import { Audited } from '../../common/audit/audited.decorator';
import {
  MfaCheckDto,
  MfaSignInResponseDto,
  RecoveryCodeSignInDto,
  SendSmsDto,
  StatusDto,
  WebAuthnSignInDto,
  WebAuthnSignInOptionsDto,
} from './dto/mfa.dto';
import { SignInMfaService } from './sign-in-mfa.service';

@ApiTags('Authentication')
@Controller('auth')
export class AuthMfaController {
  constructor(private readonly signIn: SignInMfaService) {}

  @Post('mfa/check')
  @PublicWithApiKey()
  @Audited({ auto: false })
  @ApiOperation({
    summary: 'Check 2FA',
    description:
      'Second step of sign-in without resending the password: the `otp_session_state` from the password step and a TOTP or SMS code. ' +
      'The state is single use, lives 10 minutes and dies after 5 wrong codes; repeated failures on an account add growing delays (429).',
  })
  @ApiAction(MfaSignInResponseDto, 200)
  @ApiErrors(401, 403, 422, 429)
  check(@Body() body: MfaCheckDto, @Req() request: FastifyRequest) {
    return this.signIn.check(body, clientInfo(request));
  }

  @Post('mfa/send_sms')
  @PublicWithApiKey()
  @Audited({ action: 'auth.mfa_send_sms' })
  @ApiOperation({
    summary: 'Send SMS OTP',
    description:
      'Sends a 6-digit code (10 minutes, single use) to the phone of the account behind `otp_session_state`. At most one per minute.',
  })
  @ApiAction(StatusDto, 200)
  @ApiErrors(401, 422, 429)
  async sendSms(@Body() body: SendSmsDto): Promise<StatusDto> {
    await this.signIn.sendSms(body.otp_session_state);
    return { status: 'sent' };
  }

  @Post('mfa/webauthn/options')
  @PublicWithApiKey()
  @Audited({ action: 'auth.mfa_webauthn_options' })
  @ApiOperation({
    summary: 'WebAuthn options for the second step',
    description:
      'For accounts with a security key or passkey: request options bound to `otp_session_state` (5 minutes, one answer).',
  })
  @ApiAction(WebAuthnSignInOptionsDto, 200)
  @ApiErrors(401, 422)
  webauthnOptions(@Body() body: SendSmsDto) {
    return this.signIn.webauthnOptions(body.otp_session_state);
  }

  @Post('mfa/webauthn/verify')
  @PublicWithApiKey()
  @Audited({ auto: false })
  @ApiOperation({
    summary: 'Second step with a WebAuthn assertion',
    description:
      'Completes sign-in with the answer of navigator.credentials.get() to the options above. Same challenge rules as Check 2FA.',
  })
  @ApiAction(MfaSignInResponseDto, 200)
  @ApiErrors(401, 403, 422, 429)
  webauthnVerify(@Body() body: WebAuthnSignInDto, @Req() request: FastifyRequest) {
    return this.signIn.withWebAuthn(body, clientInfo(request));
  }

  @Post('sign_in_with_recovery_code')
  @PublicWithApiKey()
  @Audited({ auto: false })
  @ApiOperation({
    summary: 'Sign in with recovery code',
    description:
      'Second step of sign-in with one of the recovery codes (case and dashes ignored). Each code works once; the user is emailed.',
  })
  @ApiAction(MfaSignInResponseDto, 200)
  @ApiErrors(401, 403, 422, 429)
  withRecoveryCode(@Body() body: RecoveryCodeSignInDto, @Req() request: FastifyRequest) {
    return this.signIn.withRecoveryCode(body, clientInfo(request));
  }
}
