import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportNoticeObligations1796221495937 implements MigrationInterface {
  name = 'SupportNoticeObligations1796221495937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_315a9214215bd807af766015a2\" ON \"sup_case\"  (\"openedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_62a09dec4c900370a3ef53c1d3\" ON \"sup_case_escalation\"  (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7d3c645320f4cbc2cb21433d2c\" ON \"sup_end_of_support\"  (\"setAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ebaa89cd580a38bcd8e9f0e7d5\" ON \"sup_tsanet_member\"  (\"renewalOn\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ebaa89cd580a38bcd8e9f0e7d5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7d3c645320f4cbc2cb21433d2c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_62a09dec4c900370a3ef53c1d3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_315a9214215bd807af766015a2\"");
  }
}
