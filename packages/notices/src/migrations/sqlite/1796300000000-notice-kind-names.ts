import { MigrationInterface, QueryRunner } from 'typeorm';
import { RENAMED_NOTICE_KINDS } from '../../rules/kind-names.rules';
import { renameStoredNoticeKinds } from '../rename-notice-kinds';

/** Data only: notice kinds become `<domain>.<snake_case>` (see `RENAMED_NOTICE_KINDS`). */
export class NoticesNoticeKindNames1796300000000 implements MigrationInterface {
  name = 'NoticesNoticeKindNames1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await renameStoredNoticeKinds(queryRunner, Object.entries(RENAMED_NOTICE_KINDS));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await renameStoredNoticeKinds(queryRunner, Object.entries(RENAMED_NOTICE_KINDS).map(([from, to]) => [to, from] as const));
  }
}
