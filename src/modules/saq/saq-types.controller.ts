import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Audited } from '../../common/audit/audited.decorator';
import { RecordNotFound } from '../../common/errors/app-error';
import { ApiAction, ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { listInMemory } from '../../common/listing/in-memory';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery, ListSpec } from '../../common/listing/list-query';
import { RecommendationDto, RecommendBody, SaqTemplateAttributesDto, SaqTypeAttributesDto } from './dto/saq.dto';
import { SAQ_TYPES, saqCatalog } from './saq-catalog';
import { parseRecommendAnswers, recommendSaq } from './saq-recommender';
import { presentSaqTemplate, presentSaqType, SAQ_TEMPLATE_TYPE, SAQ_TYPE_TYPE } from './saq.presenter';

/** Columns of `GET /v2/saqs/types` (read from the catalogue; the SQL expressions are not used). */
const SAQ_TYPE_LIST_SPEC: ListSpec = {
  columns: {
    type: { sql: 'type', type: 'enum', values: SAQ_TYPES },
    name: { sql: 'name', type: 'string' },
    applies_to: { sql: 'applies_to', type: 'enum', values: ['merchant', 'service_provider'] },
    channels: { sql: 'channels', type: 'string[]', sortable: false },
    requirement_count: { sql: 'requirement_count', type: 'number' },
  },
  defaultSort: 'type:asc',
  search: ['name', 'type'],
  tieBreaker: 'type',
};

@ApiTags('SAQ')
@Controller('v2/saqs')
export class SaqTypesController {
  @Get('types')
  @Authenticated()
  @ApiOperation({
    summary: 'List the SAQ types',
    description:
      `The ${SAQ_TYPES.length} self-assessment questionnaire types of PCI DSS v4.0.1 (${SAQ_TYPES.join(', ')}): who each is for, ` +
      'its eligibility criteria, response options and number of questions. A fixed catalogue shipped with the product, ' +
      'listed with the usual grammar (e.g. `q[applies_to]=merchant`, `q[channels]=ecommerce`, `sort_by=requirement_count:desc`).',
  })
  @ApiCollection(SAQ_TYPE_TYPE, SaqTypeAttributesDto)
  @ApiErrors(422)
  types(@ListParams(SAQ_TYPE_LIST_SPEC) query: ListQuery) {
    const { items, meta } = listInMemory(saqCatalog.all(), query, SAQ_TYPE_LIST_SPEC, (entry, column) => {
      const d = entry.definition;
      return (
        { channels: d.channels, requirement_count: entry.requirements.length }[column as string] ??
        (d as unknown as Record<string, string>)[column]
      );
    });
    return collection(items.map(presentSaqType), meta);
  }

  @Get('types/:type/template')
  @Authenticated()
  @ApiOperation({
    summary: 'The questions of an SAQ type',
    description:
      "Every requirement of the type by PCI DSS number, grouped by principal requirement, in this product's own " +
      'wording, with the ASV-scan flag (11.3.2) and scope notes. `type` is case-insensitive.',
  })
  @ApiParam({ name: 'type', enum: SAQ_TYPES })
  @ApiResource(SAQ_TEMPLATE_TYPE, SaqTemplateAttributesDto)
  @ApiErrors(404)
  template(@Param('type') type: string) {
    const entry = saqCatalog.find(type);
    if (!entry) throw new RecordNotFound();
    return { data: presentSaqTemplate(entry) };
  }

  @Post('recommend')
  @Authenticated()
  @Audited({ auto: false })
  @ApiOperation({
    summary: 'Which SAQ fits (extension)',
    description:
      'Takes answers about payment channels and how card data is handled and answers the SAQ type with the reasons, ' +
      'the type each channel alone points to, and why each other type does not fit. Changes nothing. Unknown ' +
      'questions, invalid values and missing answers are 422s naming the field.',
  })
  @ApiAction(RecommendationDto, 200)
  @ApiErrors(422)
  recommend(@Body() body: RecommendBody): RecommendationDto {
    return recommendSaq(parseRecommendAnswers(body.answers));
  }
}
