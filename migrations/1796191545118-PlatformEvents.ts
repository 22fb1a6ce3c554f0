import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlatformEvents1796191545118 implements MigrationInterface {
  name = 'PlatformEvents1796191545118';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "domain_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "organization_id" uuid NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "relayed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_66e0920a32dda3a89b46ee7a981" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_domain_events_relayed_at" ON "domain_events"  ("relayed_at") `);
    await queryRunner.query(`CREATE INDEX "idx_domain_events_pending" ON "domain_events"  ("occurred_at") WHERE "relayed_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "domain_event_receipts" ("event_id" uuid NOT NULL, "subscriber" character varying(200) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_934da41754086f915dbd08ca221" PRIMARY KEY ("event_id", "subscriber"))`);
    await queryRunner.query(`CREATE INDEX "idx_domain_event_receipts_received_at" ON "domain_event_receipts"  ("received_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_domain_event_receipts_received_at"`);
    await queryRunner.query(`DROP TABLE "domain_event_receipts"`);
    await queryRunner.query(`DROP INDEX "public"."idx_domain_events_pending"`);
    await queryRunner.query(`DROP INDEX "public"."idx_domain_events_relayed_at"`);
    await queryRunner.query(`DROP TABLE "domain_events"`);
  }
}
