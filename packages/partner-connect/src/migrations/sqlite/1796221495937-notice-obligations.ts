import { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerConnectNoticeObligations1796221495937 implements MigrationInterface {
  name = 'PartnerConnectNoticeObligations1796221495937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_bc40039f0a138bc76847089a1c\" ON \"pc_audit\" (\"firstWindowEndsAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f6a7df86704f3053f41d48eece\" ON \"pc_audit\" (\"secondWindowEndsAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_f6a7df86704f3053f41d48eece\"");
    await queryRunner.query("DROP INDEX \"IDX_bc40039f0a138bc76847089a1c\"");
  }
}
