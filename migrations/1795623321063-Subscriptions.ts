import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Subscriptions1795623321063 implements MigrationInterface {
  name = 'Subscriptions1795623321063';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "name" character varying(255) NOT NULL, "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_products_code" ON "products"  ("code") `);
    await queryRunner.query(`CREATE TABLE "plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "name" character varying(255) NOT NULL, "description" text, "product_id" uuid NOT NULL, "open" boolean NOT NULL DEFAULT false, "is_default" boolean NOT NULL DEFAULT false, "self_service" boolean NOT NULL DEFAULT false, "interval" character varying(16) NOT NULL DEFAULT 'monthly', "price" numeric(12,2) NOT NULL DEFAULT '0', "features" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3720521a81c7c24fe9b7202ba61" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plans_code" ON "plans"  ("code") `);
    await queryRunner.query(`CREATE INDEX "idx_plans_product_id" ON "plans"  ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plans_default" ON "plans"  ("is_default") WHERE "is_default" = true`);
    await queryRunner.query(`CREATE TABLE "subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "product_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'active', "interval" character varying(16) NOT NULL DEFAULT 'monthly', "start_date" TIMESTAMP WITH TIME ZONE NOT NULL, "end_date" TIMESTAMP WITH TIME ZONE, "price" numeric(12,2) NOT NULL DEFAULT '0', "trial_enabled" boolean NOT NULL DEFAULT false, "features" jsonb NOT NULL DEFAULT '{}', "canceled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a87248d73155605cf782be9ee5e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_subscriptions_organization_id" ON "subscriptions"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "idx_subscriptions_plan_id" ON "subscriptions"  ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "idx_subscriptions_end_date" ON "subscriptions"  ("end_date") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_subscriptions_active_product" ON "subscriptions"  ("organization_id", "product_id") WHERE "status" = 'active'`);
    await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "FK_d69ef64a2077d2159f98e9f6dfb" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "subscriptions" ADD CONSTRAINT "FK_9ea1509175fa294fc64d43a9fe6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "subscriptions" ADD CONSTRAINT "FK_e45fca5d912c3a2fab512ac25dc" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "subscriptions" ADD CONSTRAINT "FK_b7f78362e96be1edd6203e047f6" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subscriptions" DROP CONSTRAINT "FK_b7f78362e96be1edd6203e047f6"`);
    await queryRunner.query(`ALTER TABLE "subscriptions" DROP CONSTRAINT "FK_e45fca5d912c3a2fab512ac25dc"`);
    await queryRunner.query(`ALTER TABLE "subscriptions" DROP CONSTRAINT "FK_9ea1509175fa294fc64d43a9fe6"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "FK_d69ef64a2077d2159f98e9f6dfb"`);
    await queryRunner.query(`DROP INDEX "public"."uq_subscriptions_active_product"`);
    await queryRunner.query(`DROP INDEX "public"."idx_subscriptions_end_date"`);
    await queryRunner.query(`DROP INDEX "public"."idx_subscriptions_plan_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_subscriptions_organization_id"`);
    await queryRunner.query(`DROP TABLE "subscriptions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plans_default"`);
    await queryRunner.query(`DROP INDEX "public"."idx_plans_product_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plans_code"`);
    await queryRunner.query(`DROP TABLE "plans"`);
    await queryRunner.query(`DROP INDEX "public"."uq_products_code"`);
    await queryRunner.query(`DROP TABLE "products"`);
  }
}
