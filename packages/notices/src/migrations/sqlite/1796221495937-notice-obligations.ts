import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticesNoticeObligations1796221495937 implements MigrationInterface {
  name = 'NoticesNoticeObligations1796221495937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_444587884f8778c0e2f7d288d6\"");
    await queryRunner.query("CREATE TABLE \"temporary_ntc_sweep\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"windowFrom\" varchar(24) NOT NULL, \"windowTo\" varchar(24) NOT NULL, \"ranAt\" varchar(24) NOT NULL, \"produced\" integer NOT NULL DEFAULT (0), \"ranBy\" varchar(200) NOT NULL, \"writtenSince\" varchar(24))");
    await queryRunner.query("INSERT INTO \"temporary_ntc_sweep\"(\"id\", \"windowFrom\", \"windowTo\", \"ranAt\", \"produced\", \"ranBy\") SELECT \"id\", \"windowFrom\", \"windowTo\", \"ranAt\", \"produced\", \"ranBy\" FROM \"ntc_sweep\"");
    await queryRunner.query("DROP TABLE \"ntc_sweep\"");
    await queryRunner.query("ALTER TABLE \"temporary_ntc_sweep\" RENAME TO \"ntc_sweep\"");
    await queryRunner.query("CREATE INDEX \"IDX_444587884f8778c0e2f7d288d6\" ON \"ntc_sweep\" (\"windowTo\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_444587884f8778c0e2f7d288d6\"");
    await queryRunner.query("ALTER TABLE \"ntc_sweep\" RENAME TO \"temporary_ntc_sweep\"");
    await queryRunner.query("CREATE TABLE \"ntc_sweep\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"windowFrom\" varchar(24) NOT NULL, \"windowTo\" varchar(24) NOT NULL, \"ranAt\" varchar(24) NOT NULL, \"produced\" integer NOT NULL DEFAULT (0), \"ranBy\" varchar(200) NOT NULL)");
    await queryRunner.query("INSERT INTO \"ntc_sweep\"(\"id\", \"windowFrom\", \"windowTo\", \"ranAt\", \"produced\", \"ranBy\") SELECT \"id\", \"windowFrom\", \"windowTo\", \"ranAt\", \"produced\", \"ranBy\" FROM \"temporary_ntc_sweep\"");
    await queryRunner.query("DROP TABLE \"temporary_ntc_sweep\"");
    await queryRunner.query("CREATE INDEX \"IDX_444587884f8778c0e2f7d288d6\" ON \"ntc_sweep\" (\"windowTo\") ");
  }
}
