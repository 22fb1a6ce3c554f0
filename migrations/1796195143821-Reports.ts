import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1796195143821 implements MigrationInterface {
  name = 'Reports1796195143821';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "advanced_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(255) NOT NULL, "description" text, "kind" character varying(16) NOT NULL, "format" character varying(8) NOT NULL, "scope" jsonb NOT NULL DEFAULT '{}', "filters" jsonb NOT NULL DEFAULT '{}', "sections" text array, "recipients" text array NOT NULL DEFAULT '{}', "external_recipients_approved_by" uuid, "recurrence" jsonb, "rrule" text, "enabled" boolean NOT NULL DEFAULT true, "next_run_at" TIMESTAMP WITH TIME ZONE, "last_run_at" TIMESTAMP WITH TIME ZONE, "last_report_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, CONSTRAINT "PK_7eaab4183fe0e4c132a229edb3e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_advanced_reports_next_run_at" ON "advanced_reports"  ("next_run_at") `);
    await queryRunner.query(`CREATE INDEX "idx_advanced_reports_organization_id" ON "advanced_reports"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "advanced_report_id" uuid, "trigger" character varying(16) NOT NULL DEFAULT 'manual', "name" character varying(255) NOT NULL, "kind" character varying(16) NOT NULL, "format" character varying(8) NOT NULL, "scope" jsonb NOT NULL DEFAULT '{}', "filters" jsonb NOT NULL DEFAULT '{}', "sections" text array, "time_zone" character varying(64) NOT NULL DEFAULT 'UTC', "status" character varying(16) NOT NULL DEFAULT 'queued', "progress" smallint NOT NULL DEFAULT '0', "error_message" character varying(500), "file_name" character varying(255), "content_type" character varying(100), "size" bigint, "sha256" character varying(64), "signature" character varying(128), "storage_backend" character varying(16), "storage_key" character varying(500), "started_at" TIMESTAMP WITH TIME ZONE, "generated_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "file_deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_reports_expires_at" ON "reports"  ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "idx_reports_advanced_report" ON "reports"  ("advanced_report_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "idx_reports_org_created" ON "reports"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "report_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "recipient" character varying(255) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "downloads" integer NOT NULL DEFAULT '0', "last_used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, CONSTRAINT "PK_29ee444dc7f5c7d3066f2f30d7c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_report_links_token_hash" ON "report_links"  ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_report_links_report_recipient" ON "report_links"  ("report_id", "recipient") `);
    await queryRunner.query(`CREATE INDEX "idx_report_links_organization_id" ON "report_links"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "report_file_chunks" ("key" character varying(500) NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_5952942aaf41432851b5f6e2c2b" PRIMARY KEY ("key", "seq"))`);
    await queryRunner.query(`ALTER TABLE "advanced_reports" ADD CONSTRAINT "FK_873dd568de99a6a37dae05cc751" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reports" ADD CONSTRAINT "FK_e2cb2c896bdcbc2cd045035a4e5" FOREIGN KEY ("advanced_report_id") REFERENCES "advanced_reports"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reports" ADD CONSTRAINT "FK_9a489187107505eb31692438181" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_links" ADD CONSTRAINT "FK_361a804d62dde73e678eed9a418" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_links" ADD CONSTRAINT "FK_fcbcbd9657b45e99f0d6e5caae1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_links" DROP CONSTRAINT "FK_fcbcbd9657b45e99f0d6e5caae1"`);
    await queryRunner.query(`ALTER TABLE "report_links" DROP CONSTRAINT "FK_361a804d62dde73e678eed9a418"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_9a489187107505eb31692438181"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_e2cb2c896bdcbc2cd045035a4e5"`);
    await queryRunner.query(`ALTER TABLE "advanced_reports" DROP CONSTRAINT "FK_873dd568de99a6a37dae05cc751"`);
    await queryRunner.query(`DROP TABLE "report_file_chunks"`);
    await queryRunner.query(`DROP INDEX "public"."idx_report_links_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_report_links_report_recipient"`);
    await queryRunner.query(`DROP INDEX "public"."uq_report_links_token_hash"`);
    await queryRunner.query(`DROP TABLE "report_links"`);
    await queryRunner.query(`DROP INDEX "public"."idx_reports_org_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_reports_advanced_report"`);
    await queryRunner.query(`DROP INDEX "public"."idx_reports_expires_at"`);
    await queryRunner.query(`DROP TABLE "reports"`);
    await queryRunner.query(`DROP INDEX "public"."idx_advanced_reports_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_advanced_reports_next_run_at"`);
    await queryRunner.query(`DROP TABLE "advanced_reports"`);
  }
}
