import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AiAssistant1796193216001 implements MigrationInterface {
  name = 'AiAssistant1796193216001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ai_usage" ("month" date NOT NULL, "prompts" integer NOT NULL DEFAULT '0', "offline_prompts" integer NOT NULL DEFAULT '0', "prompt_tokens" bigint NOT NULL DEFAULT '0', "completion_tokens" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, CONSTRAINT "PK_426e96da57c57fd5545f5d65b60" PRIMARY KEY ("month", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "chat_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vulnerability_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "content" text NOT NULL, "source" character varying(10), "model" character varying(200), "citations" text array NOT NULL DEFAULT '{}', "prompt_tokens" integer, "completion_tokens" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "ck_chat_messages_source" CHECK ("source" IS NULL OR "source" IN ('llm', 'offline')), CONSTRAINT "ck_chat_messages_role" CHECK ("role" IN ('user', 'assistant')), CONSTRAINT "PK_40c55ee0e571e268b0d3cd37d10" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_chat_messages_user_id" ON "chat_messages"  ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_chat_messages_thread" ON "chat_messages"  ("vulnerability_id", "user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_chat_messages_organization_id" ON "chat_messages"  ("organization_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "ai_usage" ADD CONSTRAINT "FK_d79fd7fc104b4dc04a125009c7a" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_f1383929298eab549936c20ed03" FOREIGN KEY ("vulnerability_id") REFERENCES "vulnerabilities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_5588b6cea298cedec7063c0d33e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_c223dac1c7d1c04c8954ce669dc" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_c223dac1c7d1c04c8954ce669dc"`);
    await queryRunner.query(`ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_5588b6cea298cedec7063c0d33e"`);
    await queryRunner.query(`ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_f1383929298eab549936c20ed03"`);
    await queryRunner.query(`ALTER TABLE "ai_usage" DROP CONSTRAINT "FK_d79fd7fc104b4dc04a125009c7a"`);
    await queryRunner.query(`DROP INDEX "public"."idx_chat_messages_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_chat_messages_thread"`);
    await queryRunner.query(`DROP INDEX "public"."idx_chat_messages_user_id"`);
    await queryRunner.query(`DROP TABLE "chat_messages"`);
    await queryRunner.query(`DROP TABLE "ai_usage"`);
  }
}
