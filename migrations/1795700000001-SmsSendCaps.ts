import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Phone and client IP of each SMS code, for the per-phone and per-IP send caps (SMS pumping, mfa.md B-33). */
export class SmsSendCaps1795700000001 implements MigrationInterface {
  name = 'SmsSendCaps1795700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mfa_sms_codes" ADD "phone" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "mfa_sms_codes" ADD "ip" character varying(64)`);
    await queryRunner.query(`CREATE INDEX "idx_mfa_sms_codes_ip_sent" ON "mfa_sms_codes"  ("ip", "sent_at") `);
    await queryRunner.query(`CREATE INDEX "idx_mfa_sms_codes_phone_sent" ON "mfa_sms_codes"  ("phone", "sent_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_sms_codes_phone_sent"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_sms_codes_ip_sent"`);
    await queryRunner.query(`ALTER TABLE "mfa_sms_codes" DROP COLUMN "ip"`);
    await queryRunner.query(`ALTER TABLE "mfa_sms_codes" DROP COLUMN "phone"`);
  }
}
