import { MigrationInterface, QueryRunner } from 'typeorm';

export class MembershipNoticeObligations1796221495937 implements MigrationInterface {
  name = 'MembershipNoticeObligations1796221495937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_c6402885d6f29db1e3befb9d48\" ON \"mem_agreement\" (\"termEndsAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_c6402885d6f29db1e3befb9d48\"");
  }
}
