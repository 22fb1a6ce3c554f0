import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionSecondFactor1796193341366 implements MigrationInterface {
  name = 'SessionSecondFactor1796193341366';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "second_factor_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "second_factor_at"`);
  }
}
