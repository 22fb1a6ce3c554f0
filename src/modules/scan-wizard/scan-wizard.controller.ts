import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audited } from '../../common/audit/audited.decorator';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { ApiAction, ApiErrors } from '../../common/http/resource';
import { WizardBody, WizardResultDto } from './dto/wizard.dto';
import { ScanWizardService } from './scan-wizard.service';

@ApiTags('Scans')
@Controller('v2/scans')
export class ScanWizardController {
  constructor(private readonly wizard: ScanWizardService) {}

  @Post('wizard')
  @Authenticated()
  @Audited({ action: 'scan.wizard', resource: 'scan' })
  @ApiOperation({
    summary: 'Create target + scan (+ schedule) at once',
    description:
      'Creates a target, a scan of it and, when `schedule` is given, its schedule; optionally starts a first run. ' +
      'Any error (422 naming `target.`, `scan.` or `schedule.` fields) leaves nothing created.',
  })
  @ApiAction(WizardResultDto, 201)
  @ApiErrors(401, 403, 422)
  create(@Auth() auth: AuthContext, @Body() body: WizardBody): Promise<WizardResultDto> {
    return this.wizard.create(auth, body);
  }
}
