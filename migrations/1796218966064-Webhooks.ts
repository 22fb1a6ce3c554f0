import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks (issue 16): `webhooks` (sealed secrets, failure record), `webhook_deliveries` (one per event and webhook
 * for event deliveries: `uq_webhook_deliveries_event_webhook` makes fan-out idempotent) and
 * `webhook_delivery_attempts` (every try).
 */
export class Webhooks1796218966064 implements MigrationInterface {
  name = 'Webhooks1796218966064';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "webhooks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "name" character varying(255) NOT NULL, "url" character varying(2048) NOT NULL, "events" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, "secret_sealed" text NOT NULL, "previous_secret_sealed" text, "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, "consecutive_failures" integer NOT NULL DEFAULT '0', "failing_since" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "disabled_reason" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, CONSTRAINT "PK_9e8795cfc899ab7bdaa831e8527" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_webhooks_user_id" ON "webhooks"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "idx_webhooks_organization_id" ON "webhooks"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "webhook_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "event" character varying(64) NOT NULL, "event_id" uuid NOT NULL, "redelivery_of" uuid, "body" text NOT NULL, "status" character varying(16) NOT NULL, "attempt_count" integer NOT NULL DEFAULT '0', "response_status" integer, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_webhook_deliveries_event_webhook" ON "webhook_deliveries"  ("event_id", "webhook_id") WHERE "kind" = 'event'`);
    await queryRunner.query(`CREATE INDEX "idx_webhook_deliveries_webhook_created" ON "webhook_deliveries"  ("webhook_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "webhook_delivery_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "number" integer NOT NULL, "url" character varying(2048) NOT NULL, "request_headers" jsonb NOT NULL, "response_status" integer, "response_headers" jsonb, "response_body" text, "duration_ms" integer NOT NULL, "error" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_59ef9124585b56c18b98548a0c6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_webhook_delivery_attempts_number" ON "webhook_delivery_attempts"  ("delivery_id", "number") `);
    await queryRunner.query(`ALTER TABLE "webhooks" ADD CONSTRAINT "FK_0d523f6f997c86e052c49b1455f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhooks" ADD CONSTRAINT "FK_1263da9f2a66fe09006bd86130e" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_a0286aeb96db651efd1ae2966f2" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_f9942da65d9e85fbd78e1a9bfc1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery_attempts" ADD CONSTRAINT "FK_647916c401c0c275df5f00c148f" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_delivery_attempts" DROP CONSTRAINT "FK_647916c401c0c275df5f00c148f"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_f9942da65d9e85fbd78e1a9bfc1"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_a0286aeb96db651efd1ae2966f2"`);
    await queryRunner.query(`ALTER TABLE "webhooks" DROP CONSTRAINT "FK_1263da9f2a66fe09006bd86130e"`);
    await queryRunner.query(`ALTER TABLE "webhooks" DROP CONSTRAINT "FK_0d523f6f997c86e052c49b1455f"`);
    await queryRunner.query(`DROP INDEX "public"."uq_webhook_delivery_attempts_number"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."idx_webhook_deliveries_webhook_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_webhook_deliveries_event_webhook"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."idx_webhooks_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_webhooks_user_id"`);
    await queryRunner.query(`DROP TABLE "webhooks"`);
  }
}
