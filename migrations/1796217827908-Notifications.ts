import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796217827908 implements MigrationInterface {
  name = 'Notifications1796217827908';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event" character varying(64) NOT NULL, "title" character varying(255) NOT NULL, "body" text NOT NULL, "resource_type" character varying(64), "resource_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "seen_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_user_event" ON "notifications"  ("user_id", "event_id") `);
    await queryRunner.query(`CREATE INDEX "idx_notifications_unseen" ON "notifications"  ("organization_id", "user_id") WHERE "seen_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_unread" ON "notifications"  ("organization_id", "user_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_org_user_created" ON "notifications"  ("organization_id", "user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_cb7b1fb018b296f2107e998b2ff" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_cb7b1fb018b296f2107e998b2ff"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_org_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_unread"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_unseen"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notifications_user_event"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
