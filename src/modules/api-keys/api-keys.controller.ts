import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { ApiCollection, ApiErrors, ApiResource, collection, resource } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { UuidParam } from '../../common/http/params';
import { WrappedBody } from '../../common/http/wrapped-body';
import { Audited } from '../../common/audit/audited.decorator';
import type { ApiKey } from './api-key.entity';
import { API_KEY_LIST_SPEC, ApiKeysService } from './api-keys.service';

const TYPE = 'api_key';

class ApiKeyAttributesDto {
  @ApiProperty() name: string;
  @ApiProperty({ description: 'First characters of the key, to tell keys apart' }) prefix: string;
  @ApiPropertyOptional({ description: 'The key itself: only in the answer to its creation' }) key?: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) last_used_at: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) revoked_at: string | null;
}

class CreateApiKeyDto {
  @ApiProperty({ example: 'Portal' }) @IsString() @IsNotEmpty() @MaxLength(120) name: string;
}
class CreateApiKeyBody extends WrappedBody('api_key', CreateApiKeyDto) {}

const present = (k: ApiKey, rawKey?: string) =>
  resource<ApiKeyAttributesDto>(TYPE, k.id, {
    name: k.name,
    prefix: k.prefix,
    ...(rawKey ? { key: rawKey } : {}),
    created_at: k.createdAt.toISOString(),
    last_used_at: k.lastUsedAt?.toISOString() ?? null,
    revoked_at: k.revokedAt?.toISOString() ?? null,
  });

/** Client API keys (installation-wide; super admins only). Not in API.md's tables, which leave their management open. */
@ApiTags('API keys')
@Controller('v2/api_keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @Authenticated({ role: 'Super Admin' })
  @ApiOperation({ summary: 'List API keys (never the keys themselves)' })
  @ApiCollection(TYPE, ApiKeyAttributesDto)
  @ApiErrors(422)
  async list(@ListParams(API_KEY_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.keys.listPage(query);
    return collection(
      items.map((k) => present(k)),
      meta,
    );
  }

  @Post()
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'api_key.create', resource: 'api_key' })
  @ApiOperation({ summary: 'Create an API key: the key is in this answer only' })
  @ApiResource(TYPE, ApiKeyAttributesDto, 201)
  @ApiErrors(422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateApiKeyBody) {
    const { key, rawKey } = await this.keys.create(body.api_key.name, auth.user.id);
    return { data: present(key, rawKey) };
  }

  @Delete(':id')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'api_key.revoke', resource: 'api_key' })
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key' })
  @ApiErrors(404, 422)
  async revoke(@UuidParam() id: string) {
    await this.keys.revoke(id);
  }
}
