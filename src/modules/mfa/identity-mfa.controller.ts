import { Body, Controller, Delete, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiHeader, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { clientInfo } from '../../common/http/client-info';
import { UuidParam } from '../../common/http/params';
import { ApiAction, ApiErrors } from '../../common/http/resource';
import { Audited } from '../../common/audit/audited.decorator';
import {
  EnrolledFactorDto,
  FactorListDto,
  RegeneratedCodesDto,
  StatusDto,
  StepUpDto,
  StepUpTokenDto,
  TotpEnrollStartDto,
  TotpEnrollVerifyDto,
  TrustedDeviceListDto,
  WebAuthnEnrollVerifyDto,
  WebAuthnOptionsDto,
  WebAuthnStepUpOptionsDto,
  WebAuthnStepUpVerifyDto,
} from './dto/mfa.dto';
import { IdentityMfaService } from './identity-mfa.service';
import { TrustedDevicesService } from './trusted-devices.service';

const STEP_UP_HEADER = {
  name: 'x-mfa-step-up-token',
  required: true,
  description: 'From POST .../step-up or .../step-up/webauthn/verify',
};

@ApiTags('Identity MFA')
@Controller('v1/identity/auth/mfa')
export class IdentityMfaController {
  constructor(
    private readonly mfa: IdentityMfaService,
    private readonly trustedDevices: TrustedDevicesService,
  ) {}

  @Get('factors')
  @Authenticated()
  @ApiOperation({
    summary: 'List enrolled MFA factors for the caller',
    description: 'Secrets and public keys are never returned.',
  })
  @ApiAction(FactorListDto)
  listFactors(@Auth() auth: AuthContext) {
    return this.mfa.listFactors(auth);
  }

  @Post('totp/enroll/start')
  // Adding a factor while one exists needs a fresh factor: otherwise a stolen session could add its own TOTP and
  // use it to pass every later step-up.
  @Authenticated({ stepUp: 'token', forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.totp_enroll_start', resource: 'mfa_factor' })
  @ApiOperation({
    summary: 'Begin TOTP factor enrollment',
    description:
      '160-bit secret; the factor exists only after verify. Needs `x-mfa-step-up-token` when a factor is already enrolled.',
  })
  @ApiAction(TotpEnrollStartDto, 200)
  startTotp(@Auth() auth: AuthContext) {
    return this.mfa.startTotp(auth);
  }

  @Post('totp/enroll/verify')
  @Authenticated({ forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.totp_enroll_verify', resource: 'mfa_factor' })
  @ApiOperation({
    summary: 'Complete TOTP factor enrollment',
    description: 'Recovery codes come back only with the first factor, once.',
  })
  @ApiAction(EnrolledFactorDto, 200)
  @ApiErrors(422, 429)
  verifyTotp(@Auth() auth: AuthContext, @Body() body: TotpEnrollVerifyDto, @Req() request: FastifyRequest) {
    return this.mfa.verifyTotp(auth, body, clientInfo(request));
  }

  @Post('webauthn/enroll/options')
  @Authenticated({ stepUp: 'token', forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.webauthn_enroll_start', resource: 'mfa_factor' })
  @ApiOperation({
    summary: 'Begin WebAuthn factor enrollment',
    description: 'Needs `x-mfa-step-up-token` when a factor is already enrolled.',
  })
  @ApiAction(WebAuthnOptionsDto, 200)
  webauthnOptions(@Auth() auth: AuthContext) {
    return this.mfa.webauthnOptions(auth);
  }

  @Post('webauthn/enroll/verify')
  @Authenticated({ forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.webauthn_enroll_verify', resource: 'mfa_factor' })
  @ApiOperation({
    summary: 'Complete WebAuthn factor enrollment',
    description: 'The enrollment token is spent by the first answer, right or wrong.',
  })
  @ApiAction(EnrolledFactorDto, 200)
  @ApiErrors(422)
  webauthnVerify(@Auth() auth: AuthContext, @Body() body: WebAuthnEnrollVerifyDto, @Req() request: FastifyRequest) {
    return this.mfa.webauthnVerify(auth, body, clientInfo(request));
  }

  @Post('step-up')
  @Authenticated()
  @Audited({ action: 'mfa.step_up', resource: 'user' })
  @ApiOperation({
    summary: 'Prove a fresh factor to authorise a sensitive MFA mutation',
    description:
      'TOTP code, recovery code (spent), or SMS code. The token lives 5 minutes and works only for this user and session.',
  })
  @ApiAction(StepUpTokenDto, 200)
  @ApiErrors(422, 429)
  stepUp(@Auth() auth: AuthContext, @Body() body: StepUpDto, @Req() request: FastifyRequest) {
    return this.mfa.stepUpWithCode(auth, body.factor, body.code, clientInfo(request));
  }

  @Post('step-up/sms/send')
  @Authenticated()
  @Audited({ action: 'mfa.step_up_sms_send', resource: 'user' })
  @ApiOperation({
    summary: 'Send an SMS code for step-up (or for disabling SMS 2FA)',
    description: 'Valid 10 minutes, for this session only; one per minute.',
  })
  @ApiAction(StatusDto, 200)
  @ApiErrors(422, 429)
  sendStepUpSms(@Auth() auth: AuthContext) {
    return this.mfa.sendStepUpSms(auth);
  }

  @Post('step-up/webauthn/options')
  @Authenticated()
  @Audited({ action: 'mfa.step_up_webauthn_start', resource: 'user' })
  @ApiOperation({ summary: 'Begin a WebAuthn-backed step-up ceremony' })
  @ApiAction(WebAuthnStepUpOptionsDto, 200)
  @ApiErrors(422)
  webauthnStepUpOptions(@Auth() auth: AuthContext) {
    return this.mfa.webauthnStepUpOptions(auth);
  }

  @Post('step-up/webauthn/verify')
  @Authenticated()
  @Audited({ action: 'mfa.step_up_webauthn', resource: 'user' })
  @ApiOperation({
    summary: 'Complete a WebAuthn step-up ceremony',
    description: 'The transit token is single use; the signature counter is stored.',
  })
  @ApiAction(StepUpTokenDto, 200)
  @ApiErrors(422, 429)
  webauthnStepUpVerify(@Auth() auth: AuthContext, @Body() body: WebAuthnStepUpVerifyDto) {
    return this.mfa.webauthnStepUpVerify(auth, body);
  }

  @Delete('factors/:id')
  @Authenticated({ stepUp: 'token', forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.factor_delete', resource: 'mfa_factor' })
  @HttpCode(204)
  @ApiHeader(STEP_UP_HEADER)
  @ApiOperation({ summary: 'Remove an enrolled MFA factor' })
  @ApiNoContentResponse()
  @ApiErrors(404, 422)
  async removeFactor(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.mfa.removeFactor(auth, id, clientInfo(request));
  }

  @Post('recovery-codes/regenerate')
  @Authenticated({ stepUp: 'token', forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.recovery_codes_regenerate', resource: 'user' })
  @ApiHeader(STEP_UP_HEADER)
  @ApiOperation({
    summary: "Regenerate the identity's single-use recovery codes",
    description:
      'A fresh batch of 10 (generation + 1); every code of the previous generation stops working in the same transaction. Shown once.',
  })
  @ApiAction(RegeneratedCodesDto, 200)
  @ApiErrors(422)
  regenerate(@Auth() auth: AuthContext, @Req() request: FastifyRequest) {
    return this.mfa.regenerateRecoveryCodes(auth, clientInfo(request));
  }

  @Get('trusted-devices')
  @Authenticated()
  @ApiOperation({
    summary: "List the identity's active 'remember this device' records",
    description: 'Newest last_seen_at first; token hashes are never returned.',
  })
  @ApiAction(TrustedDeviceListDto)
  listTrustedDevices(@Auth() auth: AuthContext) {
    return this.mfa.listTrustedDevices(auth);
  }

  @Delete('trusted-devices')
  @Authenticated()
  @Audited({ action: 'mfa.trusted_devices_revoke_all', resource: 'trusted_device' })
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke every trusted device for the caller' })
  @ApiNoContentResponse()
  async revokeAll(@Auth() auth: AuthContext): Promise<void> {
    await this.trustedDevices.revokeAll(auth.user.id);
  }

  @Delete('trusted-devices/:id')
  @Authenticated()
  @Audited({ action: 'mfa.trusted_device_revoke', resource: 'trusted_device' })
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a single trusted device' })
  @ApiNoContentResponse()
  @ApiErrors(404, 422)
  async revokeOne(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.trustedDevices.revoke(auth.user.id, id);
  }
}
