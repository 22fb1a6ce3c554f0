import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Saq1796193873806 implements MigrationInterface {
  name = 'Saq1796193873806';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "saqs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(16) NOT NULL, "state" character varying(16) NOT NULL DEFAULT 'draft', "status" character varying(40) NOT NULL, "progress" smallint NOT NULL DEFAULT '0', "answered_count" integer NOT NULL DEFAULT '0', "requirement_count" integer NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "part1" jsonb NOT NULL, "part2" jsonb NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "is_template" boolean NOT NULL DEFAULT false, "cloned_from_id" uuid, "created_by" uuid, "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "attestation" jsonb, "asv_evidence" jsonb, "expires_at" TIMESTAMP WITH TIME ZONE, "expiry_reminder_sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, CONSTRAINT "PK_42687335b500724cbf8b06d6dc9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_saqs_reminder_due" ON "saqs"  ("expires_at") WHERE "state" = 'approved' AND "expiry_reminder_sent_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_saqs_template" ON "saqs"  ("organization_id", "type") WHERE "is_template"`);
    await queryRunner.query(`CREATE INDEX "idx_saqs_org_created" ON "saqs"  ("organization_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "saqs" ADD CONSTRAINT "FK_5d12258487f1e534d03d4058bf3" FOREIGN KEY ("cloned_from_id") REFERENCES "saqs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "saqs" ADD CONSTRAINT "FK_c367604af5dc568115cc4fbbfba" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "saqs" ADD CONSTRAINT "FK_94b437af7883a108d3540f9cda8" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "saqs" ADD CONSTRAINT "FK_bd54b21e2bacdd8bfeba69dbcfa" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "saqs" DROP CONSTRAINT "FK_bd54b21e2bacdd8bfeba69dbcfa"`);
    await queryRunner.query(`ALTER TABLE "saqs" DROP CONSTRAINT "FK_94b437af7883a108d3540f9cda8"`);
    await queryRunner.query(`ALTER TABLE "saqs" DROP CONSTRAINT "FK_c367604af5dc568115cc4fbbfba"`);
    await queryRunner.query(`ALTER TABLE "saqs" DROP CONSTRAINT "FK_5d12258487f1e534d03d4058bf3"`);
    await queryRunner.query(`DROP INDEX "public"."idx_saqs_org_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_saqs_template"`);
    await queryRunner.query(`DROP INDEX "public"."idx_saqs_reminder_due"`);
    await queryRunner.query(`DROP TABLE "saqs"`);
  }
}
