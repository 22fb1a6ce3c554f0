import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Conflict, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import type { CreatePlanDto, CreateProductDto, UpdatePlanDto, UpdateProductDto } from './dto/catalog.dto';
import { parseFeatures } from './features';
import { INTERVALS, Plan } from './plan.entity';
import { Product } from './product.entity';
import { Subscription } from './subscription.entity';

export const PRODUCT_LIST_SPEC: ListSpec = {
  columns: {
    code: { sql: 'p.code', type: 'string' },
    name: { sql: 'p.name', type: 'string' },
    created_at: { sql: 'p.created_at', type: 'date' },
    updated_at: { sql: 'p.updated_at', type: 'date' },
  },
  defaultSort: 'name:asc',
  search: ['code', 'name'],
  tieBreaker: 'p.id',
};

export const PLAN_LIST_SPEC: ListSpec = {
  columns: {
    code: { sql: 'pl.code', type: 'string' },
    name: { sql: 'pl.name', type: 'string' },
    product: { sql: 'product.code', type: 'string' },
    open: { sql: 'pl.open', type: 'boolean' },
    default: { sql: 'pl.is_default', type: 'boolean' },
    self_service: { sql: 'pl.self_service', type: 'boolean' },
    interval: { sql: 'pl.interval', type: 'enum', values: INTERVALS },
    price: { sql: 'pl.price', type: 'number' },
    created_at: { sql: 'pl.created_at', type: 'date' },
    updated_at: { sql: 'pl.updated_at', type: 'date' },
  },
  defaultSort: 'name:asc',
  search: ['code', 'name'],
  tieBreaker: 'pl.id',
};

/** Products and plans: the installation's catalogue, written by super admins only (the controllers say so). */
@Injectable()
export class CatalogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listProducts(query: ListQuery) {
    return paginate(this.dataSource.getRepository(Product).createQueryBuilder('p'), query, PRODUCT_LIST_SPEC);
  }

  async getProduct(id: string): Promise<Product> {
    const product = await this.dataSource.getRepository(Product).findOneBy({ id });
    if (!product) throw new RecordNotFound();
    return product;
  }

  async createProduct(input: CreateProductDto): Promise<Product> {
    const repo = this.dataSource.getRepository(Product);
    await this.assertCodeFree(Product, input.code, 'product.code');
    return repo.save(repo.create({ code: input.code, name: input.name, description: input.description ?? null }));
  }

  async updateProduct(id: string, input: UpdateProductDto): Promise<Product> {
    const product = await this.getProduct(id);
    if (input.code !== undefined && input.code !== product.code) {
      await this.assertCodeFree(Product, input.code, 'product.code');
      product.code = input.code;
    }
    if (input.name !== undefined) product.name = input.name;
    if (input.description !== undefined) product.description = input.description;
    return this.dataSource.getRepository(Product).save(product);
  }

  async deleteProduct(id: string): Promise<void> {
    const product = await this.getProduct(id);
    const plans = await this.dataSource.getRepository(Plan).countBy({ productId: product.id });
    if (plans) throw Conflict(`The product still has ${plans} plan(s); delete them first`);
    await this.dataSource.getRepository(Product).delete({ id: product.id });
  }

  listPlans(query: ListQuery) {
    const qb = this.dataSource.getRepository(Plan).createQueryBuilder('pl').innerJoinAndSelect('pl.product', 'product');
    return paginate(qb, query, PLAN_LIST_SPEC);
  }

  async getPlan(id: string): Promise<Plan> {
    const plan = await this.dataSource.getRepository(Plan).findOne({ where: { id }, relations: { product: true } });
    if (!plan) throw new RecordNotFound();
    return plan;
  }

  /** A plan by code, for subscribing; a bad code is the client's mistake (422), named by `field`. */
  async planByCode(code: string, field: string, manager?: EntityManager): Promise<Plan> {
    const plan = await (manager ?? this.dataSource.manager)
      .getRepository(Plan)
      .findOne({ where: { code }, relations: { product: true } });
    if (!plan) throw new ParameterError([`${field} is not a known plan`]);
    return plan;
  }

  defaultPlan(manager?: EntityManager): Promise<Plan | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(Plan)
      .findOne({ where: { isDefault: true }, relations: { product: true } });
  }

  async createPlan(input: CreatePlanDto): Promise<Plan> {
    const { features, problems } = parseFeatures(input.features, 'plan.features');
    const product = await this.dataSource.getRepository(Product).findOneBy({ code: input.product });
    if (!product) problems.push('plan.product is not a known product');
    if (problems.length) throw new ParameterError(problems);
    await this.assertCodeFree(Plan, input.code, 'plan.code');
    const id = await this.dataSource.transaction(async (tx) => {
      if (input.default) await tx.getRepository(Plan).update({ isDefault: true }, { isDefault: false });
      const repo = tx.getRepository(Plan);
      const plan = await repo.save(
        repo.create({
          code: input.code,
          name: input.name,
          description: input.description ?? null,
          productId: product!.id,
          open: input.open ?? false,
          isDefault: input.default ?? false,
          selfService: input.self_service ?? false,
          interval: input.interval ?? 'monthly',
          price: input.price ?? '0',
          features,
        }),
      );
      return plan.id;
    });
    return this.getPlan(id);
  }

  async updatePlan(id: string, input: UpdatePlanDto): Promise<Plan> {
    const plan = await this.getPlan(id);
    const { features, problems } = parseFeatures(input.features, 'plan.features');
    if (problems.length) throw new ParameterError(problems);
    await this.dataSource.transaction(async (tx) => {
      if (input.default === true && !plan.isDefault)
        await tx.getRepository(Plan).update({ isDefault: true }, { isDefault: false });
      const changes: Partial<Plan> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.description !== undefined) changes.description = input.description;
      if (input.open !== undefined) changes.open = input.open;
      if (input.default !== undefined) changes.isDefault = input.default;
      if (input.self_service !== undefined) changes.selfService = input.self_service;
      if (input.interval !== undefined) changes.interval = input.interval;
      if (input.price !== undefined) changes.price = input.price;
      if (input.features !== undefined) changes.features = features;
      if (Object.keys(changes).length) await tx.getRepository(Plan).update({ id: plan.id }, changes);
    });
    return this.getPlan(id);
  }

  async deletePlan(id: string): Promise<void> {
    const plan = await this.getPlan(id);
    const used = await this.dataSource.getRepository(Subscription).countBy({ planId: plan.id });
    if (used) throw Conflict(`The plan is used by ${used} subscription(s); it cannot be deleted`);
    await this.dataSource.getRepository(Plan).delete({ id: plan.id });
  }

  private async assertCodeFree(entity: typeof Plan | typeof Product, code: string, field: string) {
    const taken = await this.dataSource.getRepository<Plan | Product>(entity).existsBy({ code });
    if (taken) throw Conflict(`${field} is already taken`);
  }
}
