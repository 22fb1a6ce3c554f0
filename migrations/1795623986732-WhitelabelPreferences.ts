import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WhitelabelPreferences1795623986732 implements MigrationInterface {
  name = 'WhitelabelPreferences1795623986732';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "whitelabel_settings" ("organization_id" uuid NOT NULL, "company_name" character varying(255), "logo" bytea, "logo_content_type" character varying(32), "primary_color" character varying(7), "secondary_color" character varying(7), "support_email" character varying(255), "portal_domain" character varying(253), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf9a63b166b1a3cd0fc9a3f17cb" PRIMARY KEY ("organization_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_whitelabel_settings_portal_domain" ON "whitelabel_settings"  ("portal_domain") `);
    await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "event" character varying(64) NOT NULL, "enabled" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e1b77b1639cf557629fd13e1110" PRIMARY KEY ("user_id", "event"))`);
    await queryRunner.query(`ALTER TABLE "whitelabel_settings" ADD CONSTRAINT "FK_bf9a63b166b1a3cd0fc9a3f17cb" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`);
    await queryRunner.query(`ALTER TABLE "whitelabel_settings" DROP CONSTRAINT "FK_bf9a63b166b1a3cd0fc9a3f17cb"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."uq_whitelabel_settings_portal_domain"`);
    await queryRunner.query(`DROP TABLE "whitelabel_settings"`);
  }
}
