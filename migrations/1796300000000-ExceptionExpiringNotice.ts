import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExceptionExpiringNotice1796300000000 implements MigrationInterface {
  name = 'ExceptionExpiringNotice1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exceptions" ADD "expiring_notice_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exceptions" DROP COLUMN "expiring_notice_at"`);
  }
}
