import type { MigrationInterface, QueryRunner } from 'typeorm';
import { builtinPortLists } from '../src/modules/port-lists/builtin-port-lists';

/** Fixed ids of the seeded rows, so that scans, tests and later migrations can name them. */
const BUILTIN_SCANNER_ID = '00000000-0000-4000-8000-0000000b0001';
const NMAP_SCANNER_ID = '00000000-0000-4000-8000-0000000b0002';
const PORT_LIST = {
  top100Tcp: '00000000-0000-4000-8000-0000000a0001',
  top1000Tcp: '00000000-0000-4000-8000-0000000a0002',
  allTcp: '00000000-0000-4000-8000-0000000a0003',
  pciAsvDefault: '00000000-0000-4000-8000-0000000a0005',
};
const ALL_CHECKS = ['banner', 'tls', 'http', 'rules'];
const PROFILES: [string, string, string, string, string[], number, number, boolean][] = [
  [
    '00000000-0000-4000-8000-0000000c0001',
    'Discovery',
    'Finds open ports among the 100 most common TCP ports and identifies their services.',
    PORT_LIST.top100Tcp,
    ['banner'],
    1500,
    200,
    false,
  ],
  [
    '00000000-0000-4000-8000-0000000c0002',
    'Full and fast',
    'Every check (services, TLS, HTTP, known-vulnerable versions) on the 1000 most common TCP ports.',
    PORT_LIST.top1000Tcp,
    ALL_CHECKS,
    2000,
    200,
    true,
  ],
  [
    '00000000-0000-4000-8000-0000000c0003',
    'Full TCP',
    'Every check on all 65535 TCP ports: thorough and slow.',
    PORT_LIST.allTcp,
    ALL_CHECKS,
    2000,
    500,
    false,
  ],
  [
    '00000000-0000-4000-8000-0000000c0004',
    'PCI ASV',
    'External vulnerability scan as PCI DSS 11.3.2 requires: every check on all TCP ports and the common UDP services, PCI pass/fail per finding.',
    PORT_LIST.pciAsvDefault,
    ALL_CHECKS,
    3000,
    300,
    false,
  ],
];

export class ScanConfiguration1795623845162 implements MigrationInterface {
  name = 'ScanConfiguration1795623845162';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "port_lists" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "name" character varying(255) NOT NULL, "description" text, "app_type" character varying(16) NOT NULL DEFAULT 'all', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_port_lists_app_type" CHECK ("app_type" IN ('all', 'builtin', 'nmap')), CONSTRAINT "PK_af59f23c9a585b44a926b5ededb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_port_lists_organization_id" ON "port_lists"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "port_list_ranges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "port_list_id" uuid NOT NULL, "protocol" character varying(3) NOT NULL, "start_port" integer NOT NULL, "end_port" integer NOT NULL, CONSTRAINT "ck_port_list_ranges_ports" CHECK ("start_port" >= 1 AND "start_port" <= "end_port" AND "end_port" <= 65535), CONSTRAINT "ck_port_list_ranges_protocol" CHECK ("protocol" IN ('tcp', 'udp')), CONSTRAINT "PK_0a0e98a4e65968da6ffa1b85a45" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_port_list_ranges_port_list_id" ON "port_list_ranges"  ("port_list_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "scanners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(255) NOT NULL, "description" text, "app_type" character varying(16) NOT NULL, "active" boolean NOT NULL DEFAULT true, "is_default" boolean NOT NULL DEFAULT false, "verified_at" TIMESTAMP WITH TIME ZONE, "verification_ok" boolean, "engine_version" character varying(120), "verification_message" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_scanners_app_type" CHECK ("app_type" IN ('builtin', 'nmap')), CONSTRAINT "PK_f4804ec12667d305ac04219ca4f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "scanner_organizations" ("scanner_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2dc3e3b92cade166d5f1be52f92" PRIMARY KEY ("scanner_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_scanner_organizations_organization_id" ON "scanner_organizations"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "scan_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(255) NOT NULL, "description" text, "port_list_id" uuid NOT NULL, "checks" text array NOT NULL, "timeout_ms" integer NOT NULL, "concurrency" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "is_default" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_scan_profiles_limits" CHECK ("timeout_ms" > 0 AND "concurrency" > 0), CONSTRAINT "PK_c7f975dffad9722e1acd15fd5dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_scan_profiles_port_list_id" ON "scan_profiles"  ("port_list_id") `);
    await queryRunner.query(
      `CREATE TABLE "targets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid, "name" character varying(255) NOT NULL, "description" text, "hosts" text array NOT NULL, "host_count" numeric(40,0) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_targets_host_count" CHECK ("host_count" >= 0), CONSTRAINT "PK_87084f49e9de9dd6a3e83906584" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_targets_organization_id" ON "targets"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "idx_targets_user_id" ON "targets"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "port_lists" ADD CONSTRAINT "FK_fa2469c5523050aa23ff088e5f8" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "port_list_ranges" ADD CONSTRAINT "FK_f64da19035bc3932ea7fd5e04e3" FOREIGN KEY ("port_list_id") REFERENCES "port_lists"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scanner_organizations" ADD CONSTRAINT "FK_a7087f0364b2dd327ccdda05e1b" FOREIGN KEY ("scanner_id") REFERENCES "scanners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scanner_organizations" ADD CONSTRAINT "FK_f59e7cdc318b68dd1dbd4c6ffa3" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scan_profiles" ADD CONSTRAINT "FK_1de31e5345a88dae05cd816d686" FOREIGN KEY ("port_list_id") REFERENCES "port_lists"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "targets" ADD CONSTRAINT "FK_beeca0391bab459cf12aac22d68" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "targets" ADD CONSTRAINT "FK_5707dffce4a948a37bb5cf97108" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    // At most one default scanner and one default profile (declared with synchronize: false on the entities).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_scanners_default" ON "scanners" ("is_default") WHERE "is_default"`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_scan_profiles_default" ON "scan_profiles" ("is_default") WHERE "is_default"`,
    );

    // Built-in port lists as the data files hold them today; POST /v2/port_lists/sync restores them later.
    for (const list of builtinPortLists()) {
      await queryRunner.query(
        `INSERT INTO "port_lists" ("id", "organization_id", "name", "description", "app_type", "active") VALUES ($1, NULL, $2, $3, $4, true)`,
        [list.id, list.name, list.description, list.appType],
      );
      await queryRunner.query(
        `INSERT INTO "port_list_ranges" ("port_list_id", "protocol", "start_port", "end_port") SELECT $1, r.protocol, r.start_port, r.end_port FROM unnest($2::text[], $3::int[], $4::int[]) AS r(protocol, start_port, end_port)`,
        [list.id, list.ranges.map((r) => r.protocol), list.ranges.map((r) => r.start), list.ranges.map((r) => r.end)],
      );
    }
    await queryRunner.query(
      `INSERT INTO "scanners" ("id", "name", "description", "app_type", "active", "is_default") VALUES ($1, $2, $3, 'builtin', true, true), ($4, $5, $6, 'nmap', false, false)`,
      [
        BUILTIN_SCANNER_ID,
        'Built-in scanner',
        'The engine that ships with the platform (TCP connect, services, TLS, HTTP, known-vulnerable versions).',
        NMAP_SCANNER_ID,
        'Nmap',
        'Runs nmap -sV where the binary is installed. Verify it, then activate it.',
      ],
    );
    for (const [id, name, description, portListId, checks, timeoutMs, concurrency, isDefault] of PROFILES) {
      await queryRunner.query(
        `INSERT INTO "scan_profiles" ("id", "name", "description", "port_list_id", "checks", "timeout_ms", "concurrency", "active", "is_default") VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8)`,
        [id, name, description, portListId, checks, timeoutMs, concurrency, isDefault],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_scan_profiles_default"`);
    await queryRunner.query(`DROP INDEX "public"."uq_scanners_default"`);
    await queryRunner.query(`ALTER TABLE "targets" DROP CONSTRAINT "FK_5707dffce4a948a37bb5cf97108"`);
    await queryRunner.query(`ALTER TABLE "targets" DROP CONSTRAINT "FK_beeca0391bab459cf12aac22d68"`);
    await queryRunner.query(`ALTER TABLE "scan_profiles" DROP CONSTRAINT "FK_1de31e5345a88dae05cd816d686"`);
    await queryRunner.query(`ALTER TABLE "scanner_organizations" DROP CONSTRAINT "FK_f59e7cdc318b68dd1dbd4c6ffa3"`);
    await queryRunner.query(`ALTER TABLE "scanner_organizations" DROP CONSTRAINT "FK_a7087f0364b2dd327ccdda05e1b"`);
    await queryRunner.query(`ALTER TABLE "port_list_ranges" DROP CONSTRAINT "FK_f64da19035bc3932ea7fd5e04e3"`);
    await queryRunner.query(`ALTER TABLE "port_lists" DROP CONSTRAINT "FK_fa2469c5523050aa23ff088e5f8"`);
    await queryRunner.query(`DROP INDEX "public"."idx_targets_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_targets_organization_id"`);
    await queryRunner.query(`DROP TABLE "targets"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scan_profiles_port_list_id"`);
    await queryRunner.query(`DROP TABLE "scan_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scanner_organizations_organization_id"`);
    await queryRunner.query(`DROP TABLE "scanner_organizations"`);
    await queryRunner.query(`DROP TABLE "scanners"`);
    await queryRunner.query(`DROP INDEX "public"."idx_port_list_ranges_port_list_id"`);
    await queryRunner.query(`DROP TABLE "port_list_ranges"`);
    await queryRunner.query(`DROP INDEX "public"."idx_port_lists_organization_id"`);
    await queryRunner.query(`DROP TABLE "port_lists"`);
  }
}
