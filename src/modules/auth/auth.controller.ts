import { Body, Controller, Delete, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated, PublicWithApiKey } from '../../common/auth/authenticated.decorator';
import { clientInfo } from '../../common/http/client-info';
import { ApiAction, ApiErrors } from '../../common/http/resource';
import { Audited } from '../../common/audit/audited.decorator';
import { AuthService } from './auth.service';
import { MessageDto, SignInDto, SignInResponseDto } from './dto/auth.dto';

@ApiTags('Authentication')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('sign_in')
  @PublicWithApiKey()
  @Audited({ auto: false })
  @ApiOperation({
    summary: 'Sign in',
    description:
      'Password step. With 2FA on, answers `{otp_session_state, methods}` and no token; call again with `otp_attempt`, ' +
      '`otp_session_state` (and `method`) to get the token. Failures are throttled per account and per IP (429 + Retry-After).',
  })
  @ApiAction(SignInResponseDto, 200)
  @ApiErrors(401, 403, 422, 429)
  signIn(@Body() body: SignInDto, @Req() request: FastifyRequest) {
    return this.auth.signIn(body, clientInfo(request));
  }

  @Delete('sign_out')
  @Authenticated()
  @Audited({ action: 'auth.sign_out', resource: 'session' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign out: the session token stops working at once' })
  @ApiAction(MessageDto, 200)
  async signOut(@Auth() auth: AuthContext): Promise<MessageDto> {
    await this.auth.signOut(auth);
    return { message: 'Signed out' };
  }
}
