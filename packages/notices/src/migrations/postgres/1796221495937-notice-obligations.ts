import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticesNoticeObligations1796221495937 implements MigrationInterface {
  name = 'NoticesNoticeObligations1796221495937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ntc_sweep\" ADD \"writtenSince\" character varying(24)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ntc_sweep\" DROP COLUMN \"writtenSince\"");
  }
}
