import { Controller, Get, Headers, HttpCode, Put, Query, Req } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { ApiStepUpSecurity, Authenticated } from '../../common/auth/authenticated.decorator';
import { clientInfo } from '../../common/http/client-info';
import { ApiAction, ApiErrors } from '../../common/http/resource';
import { Audited } from '../../common/audit/audited.decorator';
import {
  DefaultMethodDto,
  DefaultMethodQuery,
  EnableMfaQuery,
  EnableMfaResponseDto,
  LookupPhoneQuery,
  OtpAttemptQuery,
  PhoneLookupDto,
  RecoveryCodesDto,
  StatusDto,
} from './dto/mfa.dto';
import { lookupPhone, UserMfaService } from './user-mfa.service';

/** How `/v2` routes that need a step-up are satisfied (sudo mode), for their descriptions. */
const STEP_UP_RULE =
  'a second factor proved by this session within the last STEP_UP_WINDOW_SECONDS (default 10 minutes: sign-in with a ' +
  'code, verify_installation, a step-up), or `x-mfa-step-up-token`';

@ApiTags('User 2FA')
@Controller('v2/user/mfa')
export class UserMfaController {
  constructor(private readonly mfa: UserMfaService) {}

  @Put('enable')
  // A second method needs a fresh proof of the first (a stolen session must not add a factor of its own).
  @Authenticated({ stepUp: true, forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.enable', resource: 'mfa_factor' })
  @ApiOperation({
    summary: 'Enable 2FA',
    description:
      'First step. `sms`: the number must be a valid mobile number; a code is sent (one per minute). `totp`: answers the otpauth URI ' +
      'and the secret for manual entry. Finish with verify_installation within 10 minutes. When a method is already enabled, ' +
      `needs ${STEP_UP_RULE}.`,
  })
  @ApiAction(EnableMfaResponseDto)
  @ApiErrors(409, 422, 429)
  enable(@Auth() auth: AuthContext, @Query() query: EnableMfaQuery) {
    return this.mfa.enable(auth, query.method, query.phone_number, query.country_code);
  }

  @Put('verify_installation')
  @Authenticated({ forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.verify_installation', resource: 'mfa_factor' })
  @ApiOperation({
    summary: 'Verify 2FA installation',
    description:
      'The code received by SMS or shown by the app. The first method also creates the recovery codes (read them once with ' +
      'GET recovery_codes). The code counts as a fresh second factor of this session (step-up window).',
  })
  @ApiAction(StatusDto)
  @ApiErrors(422, 429)
  verifyInstallation(@Auth() auth: AuthContext, @Query() query: OtpAttemptQuery, @Req() request: FastifyRequest) {
    return this.mfa.verifyInstallation(auth, query.method, query.otp_attempt, clientInfo(request));
  }

  @Put('disable')
  @Authenticated({ stepUp: true, forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.disable', resource: 'mfa_factor' })
  @ApiOperation({
    summary: 'Disable 2FA',
    description:
      `Needs ${STEP_UP_RULE}, and a valid code of the method turned off (TOTP: a current code; SMS: a code from ` +
      '`POST /v1/identity/auth/mfa/step-up/sms/send`). With no method left, the recovery codes are deleted too.',
  })
  @ApiAction(StatusDto)
  @ApiErrors(422, 429)
  disable(@Auth() auth: AuthContext, @Query() query: OtpAttemptQuery, @Req() request: FastifyRequest) {
    return this.mfa.disable(auth, query.method, query.otp_attempt, clientInfo(request));
  }

  @Get('lookup_phone')
  @Authenticated()
  @ApiOperation({
    summary: 'Lookup phone number',
    description: 'Validates a number (full metadata) and tells whether it can receive SMS.',
  })
  @ApiAction(PhoneLookupDto)
  @ApiErrors(422)
  lookupPhone(@Query() query: LookupPhoneQuery): PhoneLookupDto {
    return lookupPhone(query.phone_number, query.country_code);
  }

  @Put('default_method')
  @Authenticated({ forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.default_method', resource: 'user' })
  @ApiOperation({
    summary: 'Default 2FA method',
    description: 'The method used at sign-in when none is named; must be enabled.',
  })
  @ApiAction(DefaultMethodDto)
  @ApiErrors(422)
  defaultMethod(@Auth() auth: AuthContext, @Query() query: DefaultMethodQuery) {
    return this.mfa.setDefaultMethod(auth, query.method);
  }

  @Put('generate_recovery_codes')
  // The step-up is checked by the service: the first set needs none.
  @ApiStepUpSecurity()
  @Authenticated({ forbidWhileImpersonating: true })
  @Audited({ action: 'mfa.recovery_codes_generate', resource: 'user' })
  @HttpCode(200)
  @ApiOperation({
    summary: 'Generate Recovery Codes',
    description:
      'Needs at least one 2FA method. Replaces the previous codes at once; read the new codes once with GET recovery_codes. ' +
      `Generating the first set (while no recovery code was ever shown) needs nothing more; later sets need ${STEP_UP_RULE}.`,
  })
  @ApiHeader({ name: 'x-mfa-step-up-token', required: false })
  @ApiResponse({ status: 200, description: 'Recovery codes generated (no body)' })
  @ApiErrors(422)
  async generateRecoveryCodes(
    @Auth() auth: AuthContext,
    @Req() request: FastifyRequest,
    @Headers('x-mfa-step-up-token') stepUp?: string,
  ): Promise<void> {
    await this.mfa.generateRecoveryCodes(auth, stepUp, clientInfo(request));
  }

  @Get('recovery_codes')
  @Authenticated({ forbidWhileImpersonating: true })
  @ApiOperation({
    summary: 'Get Recovery Codes',
    description: 'The plaintext codes once after each generation; afterwards only `remaining` and `generation`.',
  })
  @ApiAction(RecoveryCodesDto)
  recoveryCodes(@Auth() auth: AuthContext) {
    return this.mfa.recoveryCodes(auth);
  }
}
