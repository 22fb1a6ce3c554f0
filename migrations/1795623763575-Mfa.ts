import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Mfa1795623763575 implements MigrationInterface {
  name = 'Mfa1795623763575';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mfa_ceremonies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "token_hash" character(64) NOT NULL, "session_id" uuid, "label" character varying(100), "secret_ciphertext" text, "phone" character varying(32), "challenge" character varying(128), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8926db638f17c6d176142788828" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mfa_ceremonies_user_id" ON "mfa_ceremonies"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mfa_ceremonies_token_hash" ON "mfa_ceremonies"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "mfa_accounts" ("user_id" uuid NOT NULL, "default_method" character varying(8), "recovery_generation" integer NOT NULL DEFAULT '0', "unrevealed_codes_ciphertext" text, "failed_attempts" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_45e92a01ad535a78cd0eae4c8c6" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "mfa_factors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "type" character varying(16) NOT NULL, "label" character varying(100) NOT NULL, "secret_ciphertext" text, "last_used_step" integer, "phone" character varying(32), "credential_id" character varying(1024), "public_key" text, "sign_count" bigint NOT NULL DEFAULT '0', "transports" jsonb, "aaguid" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2a242f78dd4fed11bd563d4f933" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mfa_factors_user_id" ON "mfa_factors"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mfa_factors_credential_id" ON "mfa_factors"  ("credential_id") `);
    await queryRunner.query(`CREATE TABLE "mfa_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "generation" integer NOT NULL, "code_hash" character varying(255) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0076416b1b84361afc3371ba121" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mfa_recovery_codes_user_id" ON "mfa_recovery_codes"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "mfa_sms_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "context_id" uuid NOT NULL, "code_hash" character varying(255) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_dadd4482abdf9d1b5dbb198b822" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mfa_sms_codes_user_purpose" ON "mfa_sms_codes"  ("user_id", "purpose") `);
    await queryRunner.query(`CREATE TABLE "sms_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to" character varying(32) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b64347e4647de6ac287b2ed834" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "mfa_trusted_devices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "label" character varying(255), "ip_address" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3ccc9c93b389a78e973a8620138" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mfa_trusted_devices_user_id" ON "mfa_trusted_devices"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mfa_trusted_devices_token_hash" ON "mfa_trusted_devices"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "mfa_sign_in_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "state_hash" character(64) NOT NULL, "failed_attempts" integer NOT NULL DEFAULT '0', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68100e30c4df8f97a6f644a381a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mfa_sign_in_challenges_user_id" ON "mfa_sign_in_challenges"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mfa_sign_in_challenges_state_hash" ON "mfa_sign_in_challenges"  ("state_hash") `);
    await queryRunner.query(`ALTER TABLE "mfa_ceremonies" ADD CONSTRAINT "FK_bfde19c1425878f1ad89cd6b7dc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mfa_accounts" ADD CONSTRAINT "FK_45e92a01ad535a78cd0eae4c8c6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mfa_factors" ADD CONSTRAINT "FK_120abae8e4a6232bfe2c75b59d2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mfa_recovery_codes" ADD CONSTRAINT "FK_23aa6c5fdecdd98508fd4456acf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mfa_sms_codes" ADD CONSTRAINT "FK_ac098705f8061ecd92d70c4deec" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mfa_trusted_devices" ADD CONSTRAINT "FK_0bdffa71f5d62b70632541b3817" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mfa_sign_in_challenges" ADD CONSTRAINT "FK_6604f1ed869c9038898c0348ffd" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mfa_sign_in_challenges" DROP CONSTRAINT "FK_6604f1ed869c9038898c0348ffd"`);
    await queryRunner.query(`ALTER TABLE "mfa_trusted_devices" DROP CONSTRAINT "FK_0bdffa71f5d62b70632541b3817"`);
    await queryRunner.query(`ALTER TABLE "mfa_sms_codes" DROP CONSTRAINT "FK_ac098705f8061ecd92d70c4deec"`);
    await queryRunner.query(`ALTER TABLE "mfa_recovery_codes" DROP CONSTRAINT "FK_23aa6c5fdecdd98508fd4456acf"`);
    await queryRunner.query(`ALTER TABLE "mfa_factors" DROP CONSTRAINT "FK_120abae8e4a6232bfe2c75b59d2"`);
    await queryRunner.query(`ALTER TABLE "mfa_accounts" DROP CONSTRAINT "FK_45e92a01ad535a78cd0eae4c8c6"`);
    await queryRunner.query(`ALTER TABLE "mfa_ceremonies" DROP CONSTRAINT "FK_bfde19c1425878f1ad89cd6b7dc"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mfa_sign_in_challenges_state_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_sign_in_challenges_user_id"`);
    await queryRunner.query(`DROP TABLE "mfa_sign_in_challenges"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mfa_trusted_devices_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_trusted_devices_user_id"`);
    await queryRunner.query(`DROP TABLE "mfa_trusted_devices"`);
    await queryRunner.query(`DROP TABLE "sms_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_sms_codes_user_purpose"`);
    await queryRunner.query(`DROP TABLE "mfa_sms_codes"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_recovery_codes_user_id"`);
    await queryRunner.query(`DROP TABLE "mfa_recovery_codes"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mfa_factors_credential_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_factors_user_id"`);
    await queryRunner.query(`DROP TABLE "mfa_factors"`);
    await queryRunner.query(`DROP TABLE "mfa_accounts"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mfa_ceremonies_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_ceremonies_user_id"`);
    await queryRunner.query(`DROP TABLE "mfa_ceremonies"`);
  }
}
