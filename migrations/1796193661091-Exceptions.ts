import type { MigrationInterface, QueryRunner } from 'typeorm';

const EFFECTIVE = `(COALESCE("recast_severity_rank", "severity_rank"))`;
// INCLUDE: PostgreSQL answers a query from an expression index alone (the capped counts) only when every column the
// query names is in the index, the expression's own columns included.
const EFFECTIVE_RANK_INDEXES: [string, string][] = [
  [
    'idx_vulnerabilities_org_severity',
    `("organization_id", ${EFFECTIVE} DESC NULLS LAST, "id") INCLUDE ("severity_rank", "recast_severity_rank", "exception_status")`,
  ],
  ['idx_vulnerabilities_org_check', `("organization_id", "check_id", ${EFFECTIVE} DESC NULLS LAST, "id")`],
  [
    'idx_vulnerabilities_org_status_severity',
    `("organization_id", "status", ${EFFECTIVE}) INCLUDE ("severity_rank", "recast_severity_rank")`,
  ],
];
const REPORTED_RANK_INDEXES: [string, string][] = [
  ['idx_vulnerabilities_org_severity', `("organization_id", "severity_rank" DESC NULLS LAST, "id")`],
  ['idx_vulnerabilities_org_check', `("organization_id", "check_id", "severity_rank" DESC NULLS LAST, "id")`],
  ['idx_vulnerabilities_org_status_severity', `("organization_id", "status", "severity_rank")`],
];

/**
 * Exceptions (issue 14): the `exceptions` and `exception_findings` tables, the organization setting
 * `exceptions_self_approval`, the exception columns of `vulnerabilities` with their per-reason counters, and indexes:
 * - one pending or active exception per scope (`uq_exceptions_live_scope`);
 * - the severity list indexes of `vulnerabilities` rebuilt on the effective rank
 *   `COALESCE(recast_severity_rank, severity_rank)` that lists sort and filter on (a disputed severity re-rates);
 * - `q[exception_status]` / `q[exception_reason]` on the findings that show an exception, in the default order (a
 *   rule covers the findings of some checks: the planner cannot find them along the severity index).
 */
export class Exceptions1796193661091 implements MigrationInterface {
  name = 'Exceptions1796193661091';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "exceptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reason" character varying(32) NOT NULL, "justification" text NOT NULL, "evidence" text, "recast_severity" character varying(10), "expires_at" TIMESTAMP WITH TIME ZONE, "status" character varying(16) NOT NULL, "scope" character varying(16) NOT NULL, "vulnerability_id" uuid, "check_id" character varying(200) NOT NULL, "host_id" uuid, "target_id" uuid, "covered_count" integer NOT NULL DEFAULT '0', "user_id" uuid, "updated_by_id" uuid, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_comment" text, "ended_by_id" uuid, "ended_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, CONSTRAINT "PK_30e436ef146011cd8a1a758069c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_exceptions_vulnerability_id" ON "exceptions"  ("vulnerability_id") `);
    await queryRunner.query(`CREATE INDEX "idx_exceptions_host_id" ON "exceptions"  ("host_id") `);
    await queryRunner.query(`CREATE INDEX "idx_exceptions_target_id" ON "exceptions"  ("target_id") `);
    await queryRunner.query(`CREATE INDEX "idx_exceptions_user_id" ON "exceptions"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "idx_exceptions_due" ON "exceptions"  ("expires_at") WHERE "status" IN ('pending', 'active') AND "expires_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_exceptions_org_check" ON "exceptions"  ("organization_id", "check_id") `);
    await queryRunner.query(`CREATE INDEX "idx_exceptions_org_status" ON "exceptions"  ("organization_id", "status") `);
    await queryRunner.query(`CREATE TABLE "exception_findings" ("exception_id" uuid NOT NULL, "vulnerability_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, CONSTRAINT "PK_b2ca845f559508c88b075f0c20b" PRIMARY KEY ("exception_id", "vulnerability_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_exception_findings_vulnerability_id" ON "exception_findings"  ("vulnerability_id") `);
    await queryRunner.query(`CREATE INDEX "idx_exception_findings_exception_added" ON "exception_findings"  ("exception_id", "added_at", "vulnerability_id") `);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "exceptions_self_approval" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "vulnerability_check_stats" ADD "false_positive_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "vulnerability_check_stats" ADD "accepted_risk_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "vulnerability_check_stats" ADD "compensating_control_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "vulnerability_check_stats" ADD "disputed_severity_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD "exception_id" uuid`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD "exception_reason" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD "exception_status" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD "recast_severity_rank" smallint`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD "exception_excluded" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD "exception_pci_fail" boolean`);
    await queryRunner.query(`ALTER TABLE "exceptions" ADD CONSTRAINT "FK_765c1c9d50878e4f96c40037533" FOREIGN KEY ("vulnerability_id") REFERENCES "vulnerabilities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exceptions" ADD CONSTRAINT "FK_886a8c3299a6f2efd2186c3ba57" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exceptions" ADD CONSTRAINT "FK_ea97e46b92bf830812b8ed0e373" FOREIGN KEY ("target_id") REFERENCES "targets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exceptions" ADD CONSTRAINT "FK_a417336bbb7ca2c321727588aa4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exceptions" ADD CONSTRAINT "FK_182141620255491b6bce9cbd1da" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exceptions" ADD CONSTRAINT "FK_16e40c560fd4fc1147abc67eaa5" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exceptions" ADD CONSTRAINT "FK_61042930101e9a333bb8bcb240b" FOREIGN KEY ("ended_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exceptions" ADD CONSTRAINT "FK_892c9de0a1d5e32e162926018b3" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exception_findings" ADD CONSTRAINT "FK_289d8bc993b79b64d3d0ed31029" FOREIGN KEY ("exception_id") REFERENCES "exceptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exception_findings" ADD CONSTRAINT "FK_30c670ffaeb0f937f71206899c4" FOREIGN KEY ("vulnerability_id") REFERENCES "vulnerabilities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_exceptions_live_scope" ON "exceptions" ("organization_id", "scope", "check_id", (COALESCE("vulnerability_id", "host_id", "target_id", "organization_id"))) WHERE "status" IN ('pending', 'active')`);
    for (const [name, columns] of EFFECTIVE_RANK_INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
      await queryRunner.query(`CREATE INDEX "${name}" ON "vulnerabilities" ${columns}`);
    }
    // Filtered lists in the default order (and the covered counts by reported severity, index-only).
    await queryRunner.query(`CREATE INDEX "idx_vulnerabilities_org_exception_status" ON "vulnerabilities" ("organization_id", "exception_status", ${EFFECTIVE} DESC NULLS LAST, "id") INCLUDE ("severity_rank", "status") WHERE "exception_status" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_vulnerabilities_org_exception_reason" ON "vulnerabilities" ("organization_id", "exception_reason", ${EFFECTIVE} DESC NULLS LAST, "id") INCLUDE ("status") WHERE "exception_status" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_vulnerabilities_org_exception_reason"`);
    await queryRunner.query(`DROP INDEX "public"."idx_vulnerabilities_org_exception_status"`);
    for (const [name, columns] of REPORTED_RANK_INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
      await queryRunner.query(`CREATE INDEX "${name}" ON "vulnerabilities" ${columns}`);
    }
    await queryRunner.query(`DROP INDEX "public"."uq_exceptions_live_scope"`);
    await queryRunner.query(`ALTER TABLE "exception_findings" DROP CONSTRAINT "FK_30c670ffaeb0f937f71206899c4"`);
    await queryRunner.query(`ALTER TABLE "exception_findings" DROP CONSTRAINT "FK_289d8bc993b79b64d3d0ed31029"`);
    await queryRunner.query(`ALTER TABLE "exceptions" DROP CONSTRAINT "FK_892c9de0a1d5e32e162926018b3"`);
    await queryRunner.query(`ALTER TABLE "exceptions" DROP CONSTRAINT "FK_61042930101e9a333bb8bcb240b"`);
    await queryRunner.query(`ALTER TABLE "exceptions" DROP CONSTRAINT "FK_16e40c560fd4fc1147abc67eaa5"`);
    await queryRunner.query(`ALTER TABLE "exceptions" DROP CONSTRAINT "FK_182141620255491b6bce9cbd1da"`);
    await queryRunner.query(`ALTER TABLE "exceptions" DROP CONSTRAINT "FK_a417336bbb7ca2c321727588aa4"`);
    await queryRunner.query(`ALTER TABLE "exceptions" DROP CONSTRAINT "FK_ea97e46b92bf830812b8ed0e373"`);
    await queryRunner.query(`ALTER TABLE "exceptions" DROP CONSTRAINT "FK_886a8c3299a6f2efd2186c3ba57"`);
    await queryRunner.query(`ALTER TABLE "exceptions" DROP CONSTRAINT "FK_765c1c9d50878e4f96c40037533"`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP COLUMN "exception_pci_fail"`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP COLUMN "exception_excluded"`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP COLUMN "recast_severity_rank"`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP COLUMN "exception_status"`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP COLUMN "exception_reason"`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP COLUMN "exception_id"`);
    await queryRunner.query(`ALTER TABLE "vulnerability_check_stats" DROP COLUMN "disputed_severity_count"`);
    await queryRunner.query(`ALTER TABLE "vulnerability_check_stats" DROP COLUMN "compensating_control_count"`);
    await queryRunner.query(`ALTER TABLE "vulnerability_check_stats" DROP COLUMN "accepted_risk_count"`);
    await queryRunner.query(`ALTER TABLE "vulnerability_check_stats" DROP COLUMN "false_positive_count"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "exceptions_self_approval"`);
    await queryRunner.query(`DROP INDEX "public"."idx_exception_findings_exception_added"`);
    await queryRunner.query(`DROP INDEX "public"."idx_exception_findings_vulnerability_id"`);
    await queryRunner.query(`DROP TABLE "exception_findings"`);
    await queryRunner.query(`DROP INDEX "public"."idx_exceptions_org_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_exceptions_org_check"`);
    await queryRunner.query(`DROP INDEX "public"."idx_exceptions_due"`);
    await queryRunner.query(`DROP INDEX "public"."idx_exceptions_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_exceptions_target_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_exceptions_host_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_exceptions_vulnerability_id"`);
    await queryRunner.query(`DROP TABLE "exceptions"`);
  }
}
