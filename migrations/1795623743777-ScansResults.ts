import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScansResults1795623743777 implements MigrationInterface {
  name = 'ScansResults1795623743777';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "hosts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "address" character varying(255) NOT NULL, "hostname" character varying(255), "status" character varying(8) NOT NULL, "os" character varying(255), "services" jsonb NOT NULL DEFAULT '[]', "open_ports" integer NOT NULL DEFAULT '0', "critical_count" integer NOT NULL DEFAULT '0', "high_count" integer NOT NULL DEFAULT '0', "medium_count" integer NOT NULL DEFAULT '0', "low_count" integer NOT NULL DEFAULT '0', "info_count" integer NOT NULL DEFAULT '0', "risk_score" integer NOT NULL DEFAULT '0', "pci_fail" boolean NOT NULL DEFAULT false, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_scan_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c4bcf0826e0e2847faee4da1746" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_hosts_org_risk" ON "hosts"  ("organization_id", "risk_score") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_hosts_org_address" ON "hosts"  ("organization_id", "address") `);
    await queryRunner.query(`CREATE TABLE "vulnerability_check_stats" ("organization_id" uuid NOT NULL, "check_id" character varying(200) NOT NULL, "title" character varying(500) NOT NULL, "severity" character varying(10) NOT NULL, "severity_rank" smallint NOT NULL, "open_count" integer NOT NULL, "fixed_count" integer NOT NULL, "pci_fail_count" integer NOT NULL, CONSTRAINT "PK_9195953433e5b9f66c0bcb72fb0" PRIMARY KEY ("organization_id", "check_id", "severity_rank"))`);
    await queryRunner.query(`CREATE INDEX "idx_vulnerability_check_stats_org_open" ON "vulnerability_check_stats"  ("organization_id", "open_count") `);
    await queryRunner.query(`CREATE TABLE "vulnerabilities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "host_id" uuid, "host" character varying(255) NOT NULL, "hostname" character varying(255), "port" integer NOT NULL DEFAULT '0', "protocol" character varying(8) NOT NULL DEFAULT '', "check_id" character varying(200) NOT NULL, "title" character varying(500) NOT NULL, "description" text NOT NULL, "solution" text NOT NULL, "cvss_vector" character varying(200) NOT NULL, "cvss_score" double precision NOT NULL, "severity" character varying(10) NOT NULL, "severity_rank" smallint NOT NULL, "cve" text array NOT NULL DEFAULT '{}', "cwe" text array NOT NULL DEFAULT '{}', "evidence" text NOT NULL, "pci_fail" boolean NOT NULL, "pci_reason" character varying(255), "status" character varying(10) NOT NULL, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "fixed_at" TIMESTAMP WITH TIME ZONE, "last_scan_id" uuid, "last_history_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ee96a1a8d70c431bc2d86485502" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_vulnerabilities_host_id" ON "vulnerabilities"  ("host_id") `);
    await queryRunner.query(`CREATE INDEX "idx_vulnerabilities_org_status_severity" ON "vulnerabilities"  ("organization_id", "status", "severity_rank") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_vulnerabilities_key" ON "vulnerabilities"  ("organization_id", "host", "port", "protocol", "check_id") `);
    await queryRunner.query(`CREATE TABLE "scans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "name" character varying(255) NOT NULL, "description" text, "target_id" uuid NOT NULL, "scanner_id" uuid, "scan_profile_id" uuid, "port_list_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'never_run', "progress" smallint NOT NULL DEFAULT '0', "last_history_id" uuid, "last_started_at" TIMESTAMP WITH TIME ZONE, "last_finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41156c08314b9e541c1cb18c588" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_scans_user_id" ON "scans"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "idx_scans_target_id" ON "scans"  ("target_id") `);
    await queryRunner.query(`CREATE INDEX "idx_scans_org_created" ON "scans"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "scan_histories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "scan_id" uuid NOT NULL, "user_id" uuid, "schedule_id" uuid, "trigger" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "progress" smallint NOT NULL DEFAULT '0', "attempt" smallint NOT NULL DEFAULT '1', "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "heartbeat_at" TIMESTAMP WITH TIME ZONE, "stop_requested_at" TIMESTAMP WITH TIME ZONE, "error_message" character varying(500), "engine" character varying(16), "engine_version" character varying(64), "target_name" character varying(255), "host_count" integer, "statistics" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_faa142e92497c7480fffc94a529" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_scan_histories_org_status" ON "scan_histories"  ("organization_id", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_scan_histories_scan_created" ON "scan_histories"  ("scan_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "scan_findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "scan_id" uuid NOT NULL, "history_id" uuid NOT NULL, "scan_host_id" uuid NOT NULL, "vulnerability_id" uuid NOT NULL, "host" character varying(255) NOT NULL, "port" integer, "protocol" character varying(8), "check_id" character varying(200) NOT NULL, "title" character varying(500) NOT NULL, "severity" character varying(10) NOT NULL, "severity_rank" smallint NOT NULL, "cvss_score" double precision NOT NULL, "evidence" text NOT NULL, "pci_fail" boolean NOT NULL, "change" character varying(16) NOT NULL, CONSTRAINT "PK_afa9823e4fb6423e484c58b1aca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_scan_findings_scan_id" ON "scan_findings"  ("scan_id") `);
    await queryRunner.query(`CREATE INDEX "idx_scan_findings_vulnerability_id" ON "scan_findings"  ("vulnerability_id") `);
    await queryRunner.query(`CREATE INDEX "idx_scan_findings_history" ON "scan_findings"  ("history_id", "severity_rank", "id") `);
    await queryRunner.query(`CREATE TABLE "scan_hosts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "scan_id" uuid NOT NULL, "history_id" uuid NOT NULL, "host_id" uuid, "address" character varying(255) NOT NULL, "hostname" character varying(255), "status" character varying(8) NOT NULL, "os" character varying(255), "services" jsonb NOT NULL DEFAULT '[]', "vulnerability_count" integer NOT NULL DEFAULT '0', "max_severity_rank" smallint, "scanned_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_26c13813d01466a788c21498451" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_scan_hosts_scan_id" ON "scan_hosts"  ("scan_id") `);
    await queryRunner.query(`CREATE INDEX "idx_scan_hosts_history" ON "scan_hosts"  ("history_id", "address") `);
    await queryRunner.query(`ALTER TABLE "hosts" ADD CONSTRAINT "FK_25285bf8319e3c034324fa6b84d" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vulnerability_check_stats" ADD CONSTRAINT "FK_aef9938524e0c60263392db77c8" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" ADD CONSTRAINT "FK_9719189c1917034bf397446bf5c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scans" ADD CONSTRAINT "FK_a350cdc2aa71aeef0a0113ef252" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scan_histories" ADD CONSTRAINT "FK_1729e1a6de8dcce25ac87bd4825" FOREIGN KEY ("scan_id") REFERENCES "scans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scan_findings" ADD CONSTRAINT "FK_ba63c58e726c80e001451719cce" FOREIGN KEY ("history_id") REFERENCES "scan_histories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scan_hosts" ADD CONSTRAINT "FK_2d5ca2df10aa4fc268ee327f938" FOREIGN KEY ("history_id") REFERENCES "scan_histories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // List indexes in the order the API sorts (severity / last seen, NULLS LAST, then id), so the first pages of
    // GET /v2/vulnerabilities are read along an index even with millions of findings.
    await queryRunner.query(`CREATE INDEX "idx_vulnerabilities_org_severity" ON "vulnerabilities" ("organization_id", "severity_rank" DESC NULLS LAST, "id")`);
    // One check's findings in list order: a check's severity correlates with nothing the severity index could skip.
    await queryRunner.query(`CREATE INDEX "idx_vulnerabilities_org_check" ON "vulnerabilities" ("organization_id", "check_id", "severity_rank" DESC NULLS LAST, "id")`);
    await queryRunner.query(`CREATE INDEX "idx_vulnerabilities_org_last_seen" ON "vulnerabilities" ("organization_id", "last_seen_at" DESC NULLS LAST, "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_vulnerabilities_org_last_seen"`);
    await queryRunner.query(`DROP INDEX "public"."idx_vulnerabilities_org_severity"`);
    await queryRunner.query(`ALTER TABLE "scan_hosts" DROP CONSTRAINT "FK_2d5ca2df10aa4fc268ee327f938"`);
    await queryRunner.query(`ALTER TABLE "scan_findings" DROP CONSTRAINT "FK_ba63c58e726c80e001451719cce"`);
    await queryRunner.query(`ALTER TABLE "scan_histories" DROP CONSTRAINT "FK_1729e1a6de8dcce25ac87bd4825"`);
    await queryRunner.query(`ALTER TABLE "scans" DROP CONSTRAINT "FK_a350cdc2aa71aeef0a0113ef252"`);
    await queryRunner.query(`ALTER TABLE "vulnerabilities" DROP CONSTRAINT "FK_9719189c1917034bf397446bf5c"`);
    await queryRunner.query(`ALTER TABLE "vulnerability_check_stats" DROP CONSTRAINT "FK_aef9938524e0c60263392db77c8"`);
    await queryRunner.query(`ALTER TABLE "hosts" DROP CONSTRAINT "FK_25285bf8319e3c034324fa6b84d"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scan_hosts_history"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scan_hosts_scan_id"`);
    await queryRunner.query(`DROP TABLE "scan_hosts"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scan_findings_history"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scan_findings_vulnerability_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scan_findings_scan_id"`);
    await queryRunner.query(`DROP TABLE "scan_findings"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scan_histories_scan_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scan_histories_org_status"`);
    await queryRunner.query(`DROP TABLE "scan_histories"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scans_org_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scans_target_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scans_user_id"`);
    await queryRunner.query(`DROP TABLE "scans"`);
    await queryRunner.query(`DROP INDEX "public"."uq_vulnerabilities_key"`);
    await queryRunner.query(`DROP INDEX "public"."idx_vulnerabilities_org_status_severity"`);
    await queryRunner.query(`DROP INDEX "public"."idx_vulnerabilities_org_check"`);
    await queryRunner.query(`DROP INDEX "public"."idx_vulnerabilities_host_id"`);
    await queryRunner.query(`DROP TABLE "vulnerabilities"`);
    await queryRunner.query(`DROP INDEX "public"."idx_vulnerability_check_stats_org_open"`);
    await queryRunner.query(`DROP TABLE "vulnerability_check_stats"`);
    await queryRunner.query(`DROP INDEX "public"."uq_hosts_org_address"`);
    await queryRunner.query(`DROP INDEX "public"."idx_hosts_org_risk"`);
    await queryRunner.query(`DROP TABLE "hosts"`);
  }
}
