import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Schedules1795623379580 implements MigrationInterface {
  name = 'Schedules1795623379580';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "schedules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "scan_id" uuid NOT NULL, "name" character varying(255), "start_at" character varying(19) NOT NULL, "time_zone" character varying(64) NOT NULL, "frequency" character varying(16) NOT NULL, "interval" integer NOT NULL DEFAULT '1', "weekdays" character varying(2) array, "month_day" smallint, "week_of_month" smallint, "weekday" character varying(2), "end_date" character varying(10), "count" integer, "enabled" boolean NOT NULL DEFAULT true, "rrule" text NOT NULL, "next_run_at" TIMESTAMP WITH TIME ZONE, "last_run_at" TIMESTAMP WITH TIME ZONE, "last_run_outcome" character varying(32), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e33fc2ea755a5765e3564e66dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_schedules_organization_id" ON "schedules"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "idx_schedules_user_id" ON "schedules"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "idx_schedules_scan_id" ON "schedules"  ("scan_id") `);
    await queryRunner.query(`CREATE INDEX "idx_schedules_due" ON "schedules"  ("next_run_at") WHERE enabled = true AND next_run_at IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "schedule_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "schedule_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "scan_id" uuid NOT NULL, "scheduled_for" TIMESTAMP WITH TIME ZONE NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dispatched_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(32) NOT NULL, "history_id" uuid, CONSTRAINT "uq_schedule_runs_slot" UNIQUE ("schedule_id", "scheduled_for"), CONSTRAINT "PK_ef93e91d5380c5f16f34c274af0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_schedule_runs_organization_id" ON "schedule_runs"  ("organization_id") `);
    await queryRunner.query(`ALTER TABLE "schedules" ADD CONSTRAINT "FK_d1bf39af497cf234b69a09f894f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "schedules" ADD CONSTRAINT "FK_55e6651198104efea0b04568a88" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "schedule_runs" ADD CONSTRAINT "FK_6da9e9ef293587b64bbe6dd9b1f" FOREIGN KEY ("schedule_id") REFERENCES "schedules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schedule_runs" DROP CONSTRAINT "FK_6da9e9ef293587b64bbe6dd9b1f"`);
    await queryRunner.query(`ALTER TABLE "schedules" DROP CONSTRAINT "FK_55e6651198104efea0b04568a88"`);
    await queryRunner.query(`ALTER TABLE "schedules" DROP CONSTRAINT "FK_d1bf39af497cf234b69a09f894f"`);
    await queryRunner.query(`DROP INDEX "public"."idx_schedule_runs_organization_id"`);
    await queryRunner.query(`DROP TABLE "schedule_runs"`);
    await queryRunner.query(`DROP INDEX "public"."idx_schedules_due"`);
    await queryRunner.query(`DROP INDEX "public"."idx_schedules_scan_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_schedules_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_schedules_organization_id"`);
    await queryRunner.query(`DROP TABLE "schedules"`);
  }
}
