import { Body, Controller, Delete, Get, HttpCode, Post, Put, Req, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam, UuidQuery } from '../../common/http/params';
import { ApiAction, ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { FilterParams, ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { Audited } from '../../common/audit/audited.decorator';
import { UserAttributesDto } from './dto/user.dto';
import {
  CanBeDeletedDto,
  ConfirmationSentDto,
  CreateUserBody,
  ImportResultDto,
  InviteUserBody,
  SsoLinkDto,
  TransferResultDto,
  UpdateUserBody,
} from './dto/users-admin.dto';
import { USER_TYPE } from './user.presenter';
import { ADMIN_USER_LIST_SPEC, UsersAdminService } from './users-admin.service';
import { EXPORT_COLUMNS, MAX_IMPORT_ROWS, UsersCsvService } from './users-csv.service';

@ApiTags('Users')
@Controller('v2/users')
export class UsersAdminController {
  constructor(
    private readonly admin: UsersAdminService,
    private readonly csv: UsersCsvService,
  ) {}

  @Get()
  @Authenticated({ role: 'Admin' })
  @ApiOperation({ summary: 'List users', description: 'Users of the organizations the caller manages.' })
  @ApiCollection(USER_TYPE, UserAttributesDto)
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(ADMIN_USER_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.admin.list(auth.tenant, query);
    return collection(items, meta);
  }

  @Post()
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'user.create', resource: 'user' })
  @ApiOperation({
    summary: 'Create a user',
    description:
      'No password: unless `confirmed` is true the user gets a confirmation email and chooses a password when confirming.',
  })
  @ApiResource(USER_TYPE, UserAttributesDto, 201)
  @ApiErrors(404, 409, 422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateUserBody) {
    return { data: await this.admin.create(auth, body.user) };
  }

  @Post('invite')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'user.invite', resource: 'user' })
  @ApiOperation({
    summary: 'Invite a user',
    description: 'Creates the user and emails a single-use invitation link valid 7 days.',
  })
  @ApiResource(USER_TYPE, UserAttributesDto, 201)
  @ApiErrors(404, 409, 422)
  async invite(@Auth() auth: AuthContext, @Body() body: InviteUserBody) {
    return { data: await this.admin.invite(auth, body.user) };
  }

  @Post('import')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'user.import', resource: 'user' })
  @ApiOperation({
    summary: 'Import users from CSV',
    description:
      `Body: a CSV file (Content-Type text/csv) with a header row. Columns: username, email (required), role, first_name, last_name, ` +
      `organization_id, locale, timezone, confirmed; the export's id, verified, blocked and created_at columns are ignored. ` +
      `At most ${MAX_IMPORT_ROWS} rows. Any bad row rejects the whole file (422 naming the rows, header = row 1) and nothing is created.`,
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'username,email,role\njdoe,jdoe@example.com,User\n' } })
  @ApiAction(ImportResultDto, 201)
  @ApiErrors(422)
  importCsv(@Auth() auth: AuthContext, @Req() request: FastifyRequest) {
    return this.csv.importCsv(auth, request.body);
  }

  @Get('export')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({
    summary: 'Export users as CSV (streamed)',
    description: `Columns: ${EXPORT_COLUMNS.join(', ')}. Takes the filters of GET /v2/users; not paged.`,
  })
  @ApiProduces('text/csv')
  @ApiResponse({ status: 200, description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiErrors(422)
  exportCsv(@Auth() auth: AuthContext, @FilterParams(ADMIN_USER_LIST_SPEC) query: ListQuery) {
    return new StreamableFile(this.csv.exportCsv(auth.tenant, query), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="users.csv"',
    });
  }

  @Get(':id')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({ summary: 'Get a user' })
  @ApiResource(USER_TYPE, UserAttributesDto)
  @ApiErrors(404, 422)
  async get(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: await this.admin.present(await this.admin.getInScope(auth.tenant, id)) };
  }

  @Put(':id')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'user.update', resource: 'user' })
  @ApiOperation({
    summary: 'Update a user',
    description: 'Profile, username, email, role (never above yours) and `blocked`. Not the password.',
  })
  @ApiResource(USER_TYPE, UserAttributesDto)
  @ApiErrors(403, 404, 409, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdateUserBody) {
    return { data: await this.admin.update(auth, id, body.user) };
  }

  @Delete(':id')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'user.delete', resource: 'user' })
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a user',
    description: 'Refused (409) while the user owns resources: see can_be_deleted, transfer them first.',
  })
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiErrors(403, 404, 409, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string) {
    await this.admin.remove(auth, id);
  }

  @Get(':id/can_be_deleted')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({ summary: 'Whether a user can be deleted, and why not' })
  @ApiAction(CanBeDeletedDto)
  @ApiErrors(404, 422)
  canBeDeleted(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return this.admin.canBeDeleted(auth, id);
  }

  @Put(':id/inherit')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'user.inherit', resource: 'user' })
  @ApiOperation({ summary: 'Move every resource of from_user_id to this user (one transaction)' })
  @ApiQuery({ name: 'from_user_id', required: true, schema: { type: 'string', format: 'uuid' } })
  @ApiAction(TransferResultDto)
  @ApiErrors(403, 404, 422)
  inherit(@Auth() auth: AuthContext, @UuidParam() id: string, @UuidQuery('from_user_id') fromUserId: string) {
    return this.admin.transfer(auth, fromUserId, id);
  }

  @Put(':id/partner')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'user.partner_set', resource: 'user' })
  @ApiOperation({ summary: 'Make a user of a partner organization a partner user' })
  @ApiResource(USER_TYPE, UserAttributesDto)
  @ApiErrors(403, 404, 422)
  async setPartner(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: await this.admin.setPartner(auth, id, true) };
  }

  @Delete(':id/partner')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'user.partner_unset', resource: 'user' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove the partner flag of a user' })
  @ApiResource(USER_TYPE, UserAttributesDto)
  @ApiErrors(403, 404, 422)
  async unsetPartner(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: await this.admin.setPartner(auth, id, false) };
  }

  @Post(':id/resend_confirmation')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'user.resend_confirmation', resource: 'user' })
  @ApiOperation({ summary: 'Send a new confirmation email', description: 'Earlier confirmation links stop working.' })
  @ApiAction(ConfirmationSentDto, 200)
  @ApiErrors(404, 409, 422)
  async resendConfirmation(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<ConfirmationSentDto> {
    await this.admin.resendConfirmation(auth, id);
    return { message: 'Confirmation email sent' };
  }

  @Post(':id/sso_link')
  @Authenticated({ role: 'Admin', forbidWhileImpersonating: true })
  @Audited({ action: 'user.sso_link_create', resource: 'user' })
  @ApiOperation({
    summary: 'Create a one-time SSO login link',
    description:
      'For a user of lower role in an organization you manage. Valid 5 minutes, once; exchanged at POST /auth/sso_link_login. 2FA still applies.',
  })
  @ApiAction(SsoLinkDto, 201)
  @ApiErrors(403, 404, 422)
  ssoLink(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return this.admin.mintSsoLink(auth, id);
  }
}
