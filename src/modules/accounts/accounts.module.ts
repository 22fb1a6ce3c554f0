import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { AccountPagesController } from './account-pages.controller';
import { AccountsController } from './accounts.controller';
import { ImpersonationService } from './impersonation.service';
import { OnboardingService } from './onboarding.service';
import { PasswordResetRequest } from './password-reset-request.entity';
import { PasswordResetService } from './password-reset.service';
import { SsoLinkService } from './sso-link.service';

/** Confirmation, invitations, password reset, SSO link login and impersonation (the `/auth/...` account flows). */
@Module({
  imports: [TypeOrmModule.forFeature([PasswordResetRequest]), UsersModule, AuthModule],
  controllers: [AccountsController, AccountPagesController],
  providers: [OnboardingService, PasswordResetService, SsoLinkService, ImpersonationService],
})
export class AccountsModule {}
