import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { AccessToken } from './access-token.entity';
import { AccessTokensService } from './access-tokens.service';
import { AuthThrottle } from './auth-throttle.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CallerFactory } from './caller.factory';
import { AuthorizationHeaderResolver } from './credential.resolver';
import { JwtPassportGuard, JwtStrategy } from './jwt.strategy';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle.service';
import { UserCredentialsController } from './user-credentials.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([Session, AccessToken, AuthThrottle]),
    PassportModule,
    // The secret is read when signing (AppSecrets), so that the module builds before migrations have run.
    JwtModule.register({ signOptions: { algorithm: 'HS256' } }),
    UsersModule,
    OrganizationsModule,
  ],
  controllers: [AuthController, UserCredentialsController],
  providers: [
    AuthService,
    SessionsService,
    AccessTokensService,
    SignInThrottle,
    CallerFactory,
    JwtStrategy,
    JwtPassportGuard,
    AuthorizationHeaderResolver,
  ],
  exports: [
    AuthService,
    SessionsService,
    AccessTokensService,
    CallerFactory,
    AuthorizationHeaderResolver,
    SignInThrottle,
  ],
})
export class AuthModule {}
