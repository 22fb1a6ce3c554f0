import { Controller, Get } from '@nestjs/common';
import { UuidParam } from '../../common/http/params';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { ApiCollection, ApiErrors, ApiResource, collection, resource } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import type { AuditEvent } from './audit-event.entity';
import { AUDIT_LIST_SPEC, AuditService } from './audit.service';
import { AuditEventAttributesDto } from './dto/audit-event.dto';

const TYPE = 'audit_event';

const present = (e: AuditEvent) =>
  resource<AuditEventAttributesDto>(TYPE, e.id, {
    occurred_at: e.occurredAt.toISOString(),
    action: e.action,
    result: e.result,
    status_code: e.statusCode,
    actor_id: e.actorId,
    actor_username: e.actorUsername,
    impersonator_id: e.impersonatorId,
    organization_id: e.organizationId,
    resource_type: e.resourceType,
    resource_id: e.resourceId,
    ip: e.ip,
    user_agent: e.userAgent,
    details: e.details,
  });

@ApiTags('Audit')
@Controller('v2/audit/events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authenticated({ role: 'Admin' })
  @ApiOperation({
    summary: 'List audit events',
    description: "Admins see their organizations' events; super admins all.",
  })
  @ApiCollection(TYPE, AuditEventAttributesDto)
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(AUDIT_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.audit.list(auth.tenant, query);
    return collection(items.map(present), meta);
  }

  @Get(':id')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({ summary: 'Show an audit event' })
  @ApiResource(TYPE, AuditEventAttributesDto)
  @ApiErrors(404, 422)
  async get(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: present(await this.audit.get(auth.tenant, id)) };
  }
}
