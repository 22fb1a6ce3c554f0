import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { ApiCollection, ApiErrors, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { ScanProfileAttributesDto } from './dto/scanner.dto';
import { presentScanProfile, SCAN_PROFILE_TYPE } from './scanner.presenter';
import { SCAN_PROFILE_LIST_SPEC, ScanProfilesService } from './scan-profiles.service';

@ApiTags('Scan profiles')
@Controller('v2/scan_profiles')
export class ScanProfilesController {
  constructor(private readonly profiles: ScanProfilesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'List scan profiles (configs)',
    description: 'Which checks run, with which port list, timeout and concurrency.',
  })
  @ApiCollection(SCAN_PROFILE_TYPE, ScanProfileAttributesDto)
  @ApiErrors(422)
  async list(@ListParams(SCAN_PROFILE_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.profiles.list(query);
    return collection(items.map(presentScanProfile), meta);
  }

  @Get('activated')
  @Authenticated()
  @ApiOperation({ summary: 'List activated scan profiles' })
  @ApiCollection(SCAN_PROFILE_TYPE, ScanProfileAttributesDto)
  @ApiErrors(422)
  async activated(@ListParams(SCAN_PROFILE_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.profiles.list(query, true);
    return collection(items.map(presentScanProfile), meta);
  }
}
