import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import { RouteAccessModule } from '../../common/auth/route-access.module';
import { AccountToken } from './account-token.entity';
import { AccountTokensService } from './account-tokens.service';
import { PasswordService } from './password.service';
import { UserMails } from './user-mails.service';
import { User } from './user.entity';
import { UsersAdminController } from './users-admin.controller';
import { UsersAdminService } from './users-admin.service';
import { UsersCsvService } from './users-csv.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, AccountToken]), RouteAccessModule],
  controllers: [UsersController, UsersAdminController],
  providers: [UsersService, PasswordService, AccountTokensService, UserMails, UsersAdminService, UsersCsvService],
  exports: [UsersService, PasswordService, AccountTokensService, UserMails],
})
export class UsersModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** POST /v2/users/import takes a CSV body: Fastify hands it over as a string (within the app's body limit). */
  onModuleInit() {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify || fastify.hasContentTypeParser('text/csv')) return;
    fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  }
}
