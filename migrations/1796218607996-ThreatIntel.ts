import type { MigrationInterface, QueryRunner } from 'typeorm';

const EFFECTIVE = `(COALESCE("recast_severity_rank", "severity_rank"))`;
const INCLUDE = `INCLUDE ("severity_rank", "recast_severity_rank", "exception_status")`;

/**
 * CISA KEV and FIRST EPSS (issue 13): the catalogue, the EPSS history by (cve, day), the enrichment columns of
 * `vulnerabilities`, and the list index in the new default order (severity, then known exploited, then EPSS).
 */
export class ThreatIntel1796218607996 implements MigrationInterface {
  name = 'ThreatIntel1796218607996';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kev_entries" ("cve_id" character varying(32) NOT NULL, "vendor_project" character varying(255) NOT NULL, "product" character varying(255) NOT NULL, "vulnerability_name" character varying(500) NOT NULL, "date_added" date NOT NULL, "due_date" date, "short_description" text NOT NULL, "required_action" text NOT NULL, "known_ransomware_campaign_use" character varying(16) NOT NULL, "catalog_version" character varying(32) NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_491c1267cf554180d4064c1fbec" PRIMARY KEY ("cve_id"))`);
    await queryRunner.query(`CREATE TABLE "epss_scores" ("cve_id" character varying(32) NOT NULL, "score_date" date NOT NULL, "epss" double precision NOT NULL, "percentile" double precision NOT NULL, "model_version" character varying(32), CONSTRAINT "PK_206804662447dc56272293b9c55" PRIMARY KEY ("cve_id", "score_date"))`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD "known_exploited" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD "kev_due_date" date`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD "epss_score" double precision`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD "epss_percentile" double precision`);
    await queryRunner.query(`DROP INDEX "idx_vulnerabilities_org_severity"`);
    await queryRunner.query(
      `CREATE INDEX "idx_vulnerabilities_org_severity" ON "vulnerabilities" ("organization_id", ${EFFECTIVE} DESC NULLS LAST, "known_exploited" DESC NULLS LAST, "epss_score" DESC NULLS LAST, "id") ${INCLUDE}`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_vulnerabilities_org_known_exploited" ON "vulnerabilities" ("organization_id", "status") WHERE "known_exploited"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_vulnerabilities_org_known_exploited"`);
    await queryRunner.query(`DROP INDEX "idx_vulnerabilities_org_severity"`);
    await queryRunner.query(
      `CREATE INDEX "idx_vulnerabilities_org_severity" ON "vulnerabilities" ("organization_id", ${EFFECTIVE} DESC NULLS LAST, "id") ${INCLUDE}`,
    );
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP COLUMN "epss_percentile"`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP COLUMN "epss_score"`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP COLUMN "kev_due_date"`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP COLUMN "known_exploited"`);
    await queryRunner.query(`DROP TABLE "epss_scores"`);
    await queryRunner.query(`DROP TABLE "kev_entries"`);
  }
}
