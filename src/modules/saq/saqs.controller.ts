import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiNoContentResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Audited } from '../../common/audit/audited.decorator';
import { UuidParam } from '../../common/http/params';
import { ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import {
  ApproveSaqBody,
  CloneSaqBody,
  CreateSaqBody,
  SaqAnswerDto,
  SaqAttributesDto,
  SaqFormatQuery,
  UpdateSaqBody,
} from './dto/saq.dto';
import { SaqPdfService } from './saq-pdf.service';
import { presentSaq, SAQ_TYPE } from './saq.presenter';
import { ASV_EVIDENCE_DAYS, SAQ_LIST_SPEC, SaqsService } from './saqs.service';

const STATUS_RULES =
  '`status` follows the AOC (Part 3): compliant when every requirement is in place, in place with CCW or not ' +
  'applicable (SAQ D: not tested requirements are excepted and `partial` is true); compliant_with_legal_exception ' +
  'when the only not-in-place answers have `legal_exception: true`; non_compliant otherwise (including unanswered ' +
  'requirements).';

@ApiTags('SAQ')
@ApiExtraModels(SaqAnswerDto)
@Controller('v2/saqs')
export class SaqsController {
  constructor(
    private readonly saqs: SaqsService,
    private readonly pdf: SaqPdfService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'List SAQs',
    description: `Self-assessment questionnaires of your organizations. Items leave out \`answers\` (GET one SAQ for them). ${STATUS_RULES}`,
  })
  @ApiCollection(SAQ_TYPE, SaqAttributesDto)
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(SAQ_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.saqs.list(auth.tenant, query);
    return collection((await this.saqs.views(items, false)).map(presentSaq), meta);
  }

  @Post()
  @Authenticated()
  @Audited({ action: 'saq.create', resource: 'saq' })
  @ApiOperation({
    summary: 'Start an SAQ',
    description:
      'Part 1 is prefilled from the organization (company name, address, website, contact); given fields override it. ' +
      "If the organization has a template for the type (PUT /v2/saqs/{id}/template), the new SAQ starts from the template's " +
      'answers and Part 2 (eligibility to be confirmed again). Answers may be given at once, with the same rules as PUT.',
  })
  @ApiResource(SAQ_TYPE, SaqAttributesDto, 201)
  @ApiErrors(422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateSaqBody) {
    return { data: presentSaq(await this.saqs.view(await this.saqs.create(auth, body.saq))) };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'Show an SAQ (JSON, or PDF with ?format=pdf)',
    description:
      `${STATUS_RULES} \`asv_evidence\` is the organization's latest completed scan run with a PCI pass result from the ` +
      `last ${ASV_EVIDENCE_DAYS} days (frozen at approval). With \`format=pdf\` the answer is the questionnaire and the ` +
      'Attestation of Compliance as one PDF, branded with the whitelabel settings (Parts 1-2, answers by requirement, ' +
      'compensating controls worksheets, explanations, action plan, Part 3 with the signer).',
  })
  @ApiProduces('application/json', 'application/pdf')
  @ApiResource(SAQ_TYPE, SaqAttributesDto)
  @ApiResponse({
    status: 200,
    description: 'PDF (format=pdf)',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string, @Query() query: SaqFormatQuery) {
    const saq = await this.saqs.get(auth.tenant, id);
    const view = await this.saqs.view(saq);
    if (query.format === 'pdf') {
      const stream = await this.pdf.render(view);
      return new StreamableFile(stream, {
        type: 'application/pdf',
        disposition: `attachment; filename="${this.pdf.fileName(saq)}"`,
      });
    }
    return { data: presentSaq(view) };
  }

  @Put(':id')
  @Authenticated()
  @Audited({ action: 'saq.update', resource: 'saq' })
  @ApiOperation({
    summary: 'Save answers and Part 1/2 (partial)',
    description:
      'Answers by requirement id; requirements not named keep their answers, `null` clears one. Unknown requirement ' +
      'ids, options the type does not offer, and missing explanations (reason for not applicable / not tested, ' +
      'remediation date for not in place, the six CCW fields for in place with CCW) are 422s naming the field; ' +
      'nothing is saved then. An approved SAQ is read-only (409).',
  })
  @ApiResource(SAQ_TYPE, SaqAttributesDto)
  @ApiErrors(404, 409, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdateSaqBody) {
    return { data: presentSaq(await this.saqs.view(await this.saqs.update(auth, id, body.saq))) };
  }

  @Delete(':id')
  @Authenticated()
  @Audited({ action: 'saq.delete', resource: 'saq' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiOperation({ summary: 'Delete a draft SAQ', description: 'An approved SAQ is kept as the record (409).' })
  @ApiErrors(404, 409, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.saqs.remove(auth.tenant, id);
  }

  @Post(':id/clone')
  @Authenticated()
  @Audited({ action: 'saq.clone', resource: 'saq' })
  @ApiOperation({
    summary: "Start next year's SAQ from this one",
    description:
      'Same type, answers and Part 1/2 (eligibility to be confirmed again), unapproved, for the next assessment period ' +
      '(default: the year after this one). Body optional: `{"saq": {"assessment_period": {"start", "end"}}}`.',
  })
  @ApiResource(SAQ_TYPE, SaqAttributesDto, 201)
  @ApiErrors(404, 422)
  async clone(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: CloneSaqBody) {
    return { data: presentSaq(await this.saqs.view(await this.saqs.clone(auth, id, body?.saq))) };
  }

  @Put(':id/approve')
  // A signature: the explicit step-up token, not a session's recent second factor ("sudo mode").
  @Authenticated({ role: 'Admin', stepUp: 'token', forbidWhileImpersonating: true })
  @Audited({ action: 'saq.approve', resource: 'saq' })
  @ApiOperation({
    summary: 'Approve (attest) an SAQ',
    description:
      'An Admin with a second factor attests (AOC Part 3b: name, title, date) with a fresh step-up token ' +
      "(`x-mfa-step-up-token`, always: a session's recent second factor does not sign for it); not while impersonating (the attestation is the officer's own). 409 `saq.incomplete` while requirements are unanswered, `saq.eligibility_not_confirmed` " +
      `before part2.eligibility_confirmed, \`saq.asv_scan_required\` when the type contains 11.3.2, 11.3.2 is attested ` +
      `and the organization has no passing PCI ASV scan from the last ${ASV_EVIDENCE_DAYS} days; 403 ` +
      '`mfa.enrollment_required` without any second factor; 422 when a non-compliant result has no target_date. The ' +
      'approved SAQ is read-only, the approval is audited and `saq.approved` is published with it.',
  })
  @ApiResource(SAQ_TYPE, SaqAttributesDto)
  @ApiErrors(403, 404, 409, 422)
  async approve(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: ApproveSaqBody) {
    return { data: presentSaq(await this.saqs.view(await this.saqs.approve(auth, id, body.attestation))) };
  }

  @Put(':id/template')
  @Authenticated()
  @Audited({ action: 'saq.template', resource: 'saq' })
  @ApiOperation({
    summary: "Make this SAQ the organization's template for its type",
    description:
      'New SAQs of the type start from its answers and Part 2. One template per type: the previous one stops being it. ' +
      'Allowed on approved SAQs (it changes none of their content).',
  })
  @ApiResource(SAQ_TYPE, SaqAttributesDto)
  @ApiErrors(404, 422)
  async template(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentSaq(await this.saqs.view(await this.saqs.makeTemplate(auth.tenant, id))) };
  }
}
