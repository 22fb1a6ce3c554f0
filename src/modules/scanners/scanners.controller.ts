import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam } from '../../common/http/params';
import { ApiAction, ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { Audited } from '../../common/audit/audited.decorator';
import {
  AssignScannerQueryDto,
  CreateScannerBody,
  ScannerAppTypeQueryDto,
  ScannerAttributesDto,
  UpdateScannerBody,
  VerifyResultDto,
} from './dto/scanner.dto';
import { presentScanner, SCANNER_TYPE } from './scanner.presenter';
import { SCANNER_LIST_SPEC, ScannersService } from './scanners.service';

const VISIBILITY = 'Super admins see every scanner; other users the scanners their organizations may use.';

@ApiTags('Scanners')
@Controller('v2/scanners')
export class ScannersController {
  constructor(private readonly scanners: ScannersService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List scanners', description: VISIBILITY })
  @ApiCollection(SCANNER_TYPE, ScannerAttributesDto)
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(SCANNER_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.scanners.list(auth.tenant, query);
    return collection(
      items.map((s) => presentScanner(s, auth.tenant)),
      meta,
    );
  }

  @Get('activated')
  @Authenticated()
  @ApiOperation({ summary: 'List activated scanners', description: VISIBILITY })
  @ApiCollection(SCANNER_TYPE, ScannerAttributesDto)
  @ApiErrors(422)
  async activated(@Auth() auth: AuthContext, @ListParams(SCANNER_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.scanners.list(auth.tenant, query, true);
    return collection(
      items.map((s) => presentScanner(s, auth.tenant)),
      meta,
    );
  }

  @Post()
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'scanner.create', resource: 'scanner' })
  @ApiOperation({ summary: 'Create a scanner' })
  @ApiResource(SCANNER_TYPE, ScannerAttributesDto, 201)
  @ApiErrors(422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateScannerBody) {
    return { data: presentScanner(await this.scanners.create(auth.tenant, body.scanner), auth.tenant) };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Show a scanner', description: VISIBILITY })
  @ApiResource(SCANNER_TYPE, ScannerAttributesDto)
  @ApiErrors(404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentScanner(await this.scanners.get(auth.tenant, id), auth.tenant) };
  }

  @Put(':id')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'scanner.update', resource: 'scanner' })
  @ApiOperation({
    summary: 'Update a scanner',
    description: 'organization_ids replaces the assignments ([]: usable by every organization).',
  })
  @ApiResource(SCANNER_TYPE, ScannerAttributesDto)
  @ApiErrors(404, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdateScannerBody) {
    return { data: presentScanner(await this.scanners.update(auth.tenant, id, body.scanner), auth.tenant) };
  }

  @Delete(':id')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'scanner.delete', resource: 'scanner' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiOperation({ summary: 'Delete a scanner', description: '409 for the default scanner or one still used by scans.' })
  @ApiErrors(404, 409, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.scanners.remove(auth.tenant, id);
  }

  @Put(':id/activate')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'scanner.activate', resource: 'scanner' })
  @ApiOperation({ summary: 'Activate a scanner' })
  @ApiResource(SCANNER_TYPE, ScannerAttributesDto)
  @ApiErrors(404, 422)
  async activate(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentScanner(await this.scanners.update(auth.tenant, id, { active: true }), auth.tenant) };
  }

  @Put(':id/deactivate')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'scanner.deactivate', resource: 'scanner' })
  @ApiOperation({
    summary: 'Deactivate a scanner',
    description: 'Scans can no longer start on it (422 when they name it).',
  })
  @ApiResource(SCANNER_TYPE, ScannerAttributesDto)
  @ApiErrors(404, 422)
  async deactivate(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentScanner(await this.scanners.update(auth.tenant, id, { active: false }), auth.tenant) };
  }

  @Put(':id/app_type')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'scanner.app_type', resource: 'scanner' })
  @ApiOperation({
    summary: 'Update the app type of a scanner',
    description: '?app_type=builtin|nmap; clears the last verification.',
  })
  @ApiResource(SCANNER_TYPE, ScannerAttributesDto)
  @ApiErrors(404, 422)
  async appType(@Auth() auth: AuthContext, @UuidParam() id: string, @Query() query: ScannerAppTypeQueryDto) {
    return {
      data: presentScanner(await this.scanners.update(auth.tenant, id, { app_type: query.app_type }), auth.tenant),
    };
  }

  @Put(':id/assign')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'scanner.assign', resource: 'scanner' })
  @ApiOperation({
    summary: 'Assign a scanner to an organization',
    description:
      'Once assigned to one or more organizations, only those may use the scanner. Remove assignments with PUT organization_ids.',
  })
  @ApiResource(SCANNER_TYPE, ScannerAttributesDto)
  @ApiErrors(404, 422)
  async assign(@Auth() auth: AuthContext, @UuidParam() id: string, @Query() query: AssignScannerQueryDto) {
    return { data: presentScanner(await this.scanners.assign(auth.tenant, id, query.organization_id), auth.tenant) };
  }

  @Post(':id/verify')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'scanner.verify', resource: 'scanner' })
  @ApiOperation({
    summary: 'Verify a scanner',
    description:
      'Checks that the engine really can run here (nmap: the binary and its version; builtin: the built-in engine). ok=false says why.',
  })
  @ApiAction(VerifyResultDto, 200)
  @ApiErrors(404, 422)
  async verify(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<VerifyResultDto> {
    const result = await this.scanners.verify(auth.tenant, id);
    return {
      ok: result.ok,
      app_type: result.appType,
      version: result.version,
      message: result.message,
      verified_at: result.verifiedAt.toISOString(),
    };
  }
}
