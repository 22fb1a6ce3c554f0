import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam } from '../../common/http/params';
import { ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { Audited } from '../../common/audit/audited.decorator';
import { CatalogService, PLAN_LIST_SPEC, PRODUCT_LIST_SPEC } from './catalog.service';
import {
  CreatePlanBody,
  CreateProductBody,
  PlanAttributesDto,
  ProductAttributesDto,
  UpdatePlanBody,
  UpdateProductBody,
} from './dto/catalog.dto';
import { PLAN_TYPE, presentPlan, presentProduct, PRODUCT_TYPE } from './subscriptions.presenter';

@ApiTags('Products')
@Controller('v2/products')
export class ProductsController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List products' })
  @ApiCollection(PRODUCT_TYPE, ProductAttributesDto)
  @ApiErrors(422)
  async list(@ListParams(PRODUCT_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.catalog.listProducts(query);
    return collection(items.map(presentProduct), meta);
  }

  @Post()
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'product.create', resource: 'product' })
  @ApiOperation({ summary: 'Create a product (Super Admin)' })
  @ApiResource(PRODUCT_TYPE, ProductAttributesDto, 201)
  @ApiErrors(409, 422)
  async create(@Body() body: CreateProductBody) {
    return { data: presentProduct(await this.catalog.createProduct(body.product)) };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Show a product' })
  @ApiResource(PRODUCT_TYPE, ProductAttributesDto)
  @ApiErrors(404, 422)
  async show(@UuidParam() id: string) {
    return { data: presentProduct(await this.catalog.getProduct(id)) };
  }

  @Put(':id')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'product.update', resource: 'product' })
  @ApiOperation({ summary: 'Update a product (Super Admin)' })
  @ApiResource(PRODUCT_TYPE, ProductAttributesDto)
  @ApiErrors(404, 409, 422)
  async update(@UuidParam() id: string, @Body() body: UpdateProductBody) {
    return { data: presentProduct(await this.catalog.updateProduct(id, body.product)) };
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'product.delete', resource: 'product' })
  @ApiOperation({ summary: 'Delete a product without plans (Super Admin)' })
  @ApiErrors(404, 409, 422)
  async remove(@UuidParam() id: string) {
    await this.catalog.deleteProduct(id);
  }
}

@ApiTags('Plans')
@Controller('v2/plans')
export class PlansController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List plans' })
  @ApiCollection(PLAN_TYPE, PlanAttributesDto)
  @ApiErrors(422)
  async list(@ListParams(PLAN_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.catalog.listPlans(query);
    return collection(items.map(presentPlan), meta);
  }

  @Post()
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'plan.create', resource: 'plan' })
  @ApiOperation({ summary: 'Create a plan (Super Admin)', description: 'Features: see the schema of `features`.' })
  @ApiResource(PLAN_TYPE, PlanAttributesDto, 201)
  @ApiErrors(409, 422)
  async create(@Body() body: CreatePlanBody) {
    return { data: presentPlan(await this.catalog.createPlan(body.plan)) };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Show a plan' })
  @ApiResource(PLAN_TYPE, PlanAttributesDto)
  @ApiErrors(404, 422)
  async show(@UuidParam() id: string) {
    return { data: presentPlan(await this.catalog.getPlan(id)) };
  }

  @Put(':id')
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'plan.update', resource: 'plan' })
  @ApiOperation({ summary: 'Update a plan (Super Admin)' })
  @ApiResource(PLAN_TYPE, PlanAttributesDto)
  @ApiErrors(404, 422)
  async update(@UuidParam() id: string, @Body() body: UpdatePlanBody) {
    return { data: presentPlan(await this.catalog.updatePlan(id, body.plan)) };
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ role: 'Super Admin' })
  @Audited({ action: 'plan.delete', resource: 'plan' })
  @ApiOperation({ summary: 'Delete a plan no subscription uses (Super Admin)' })
  @ApiErrors(404, 409, 422)
  async remove(@UuidParam() id: string) {
    await this.catalog.deletePlan(id);
  }
}
