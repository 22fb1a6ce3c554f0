import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiParam, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Audited } from '../../common/audit/audited.decorator';
import { ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { ApiAction, ApiErrors, ApiResource, PageMetaDto, collection } from '../../common/http/resource';
import { RecommendationDto, RecommendBody, SaqTemplateAttributesDto, SaqTypeAttributesDto } from './dto/saq.dto';
import { SAQ_TYPES, saqCatalog } from './saq-catalog';
import { parseRecommendAnswers, recommendSaq } from './saq-recommender';
import { presentSaqTemplate, presentSaqType, SAQ_TEMPLATE_TYPE, SAQ_TYPE_TYPE } from './saq.presenter';

@ApiTags('SAQ')
@Controller('v2/saqs')
export class SaqTypesController {
  @Get('types')
  @Authenticated()
  @ApiOperation({
    summary: 'List the SAQ types',
    description:
      `The ${SAQ_TYPES.length} self-assessment questionnaire types of PCI DSS v4.0.1 (${SAQ_TYPES.join(', ')}): who each is for, ` +
      'its eligibility criteria, response options and number of questions. A fixed catalog shipped with the product: ' +
      'one page, no filters (query parameters are a 422).',
  })
  @ApiExtraModels(SaqTypeAttributesDto, PageMetaDto)
  @ApiResponse({
    status: 200,
    schema: {
      type: 'object',
      properties: {
        data: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string', format: 'uuid' },
              type: { type: 'string', example: SAQ_TYPE_TYPE },
              attributes: { $ref: getSchemaPath(SaqTypeAttributesDto) },
              relationships: { type: 'object' },
            },
          },
        },
        meta: { $ref: getSchemaPath(PageMetaDto) },
      },
    },
  })
  @ApiErrors(422)
  types(@Query() query: Record<string, unknown>) {
    const keys = Object.keys(query ?? {});
    if (keys.length) throw new ParameterError(keys.map((k) => `${k} is not a parameter of this list`));
    const all = saqCatalog.all();
    return collection(all.map(presentSaqType), { page: 1, per_page: all.length, total: all.length, total_pages: 1 });
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
