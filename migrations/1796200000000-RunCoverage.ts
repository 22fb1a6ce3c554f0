import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a completed run covered (hosts reached, ports probed, checks run): only findings inside it are closed by it. */
export class RunCoverage1796200000000 implements MigrationInterface {
  name = 'RunCoverage1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scan_histories" ADD "coverage" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scan_histories" DROP COLUMN "coverage"`);
  }
}
