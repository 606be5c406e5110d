import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReleasesNoticeObligations1796221495937 implements MigrationInterface {
  name = 'ReleasesNoticeObligations1796221495937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"rel_rc_install_recorded_idx\" ON \"rel_rc_install\" (\"recordedAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"rel_rc_install_recorded_idx\"");
  }
}
