import { MigrationInterface, QueryRunner } from 'typeorm';

export class FeesNoticeObligations1796221495937 implements MigrationInterface {
  name = 'FeesNoticeObligations1796221495937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_68ce3515537f198c7300adc12c\" ON \"fee_invoice\" (\"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c5042bf76b9a86d539a397e5d8\" ON \"fee_invoice\" (\"dueAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_c5042bf76b9a86d539a397e5d8\"");
    await queryRunner.query("DROP INDEX \"IDX_68ce3515537f198c7300adc12c\"");
  }
}
