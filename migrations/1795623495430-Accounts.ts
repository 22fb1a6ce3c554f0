import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795623495430 implements MigrationInterface {
  name = 'Accounts1795623495430';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purpose" character varying(32) NOT NULL, "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_by_id" uuid, "context" jsonb NOT NULL DEFAULT '{}', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_account_tokens_token_hash" ON "account_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_account_tokens_user_id" ON "account_tokens"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "password_reset_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key_hash" character varying(64) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4aa83fc224280f3c94c3e214d65" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_password_reset_requests_key_requested_at" ON "password_reset_requests"  ("key_hash", "requested_at") `);
    await queryRunner.query(`ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"`);
    await queryRunner.query(`DROP INDEX "public"."idx_password_reset_requests_key_requested_at"`);
    await queryRunner.query(`DROP TABLE "password_reset_requests"`);
    await queryRunner.query(`DROP INDEX "public"."idx_account_tokens_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_account_tokens_token_hash"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
  }
}
