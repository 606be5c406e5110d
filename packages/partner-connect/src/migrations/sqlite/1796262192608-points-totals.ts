import { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerConnectPointsTotals1796262192608 implements MigrationInterface {
  name = 'PartnerConnectPointsTotals1796262192608';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"pc_points_total\" (\"partnerId\" varchar(36) NOT NULL, \"programYear\" integer NOT NULL, \"kind\" varchar(12) NOT NULL, \"source\" varchar(20) NOT NULL, \"month\" varchar(7) NOT NULL, \"amount\" bigint NOT NULL, \"lastEarnedAt\" varchar(24) NOT NULL, PRIMARY KEY (\"partnerId\", \"programYear\", \"kind\", \"source\", \"month\"))");
    // PC-2/PC-12: the totals start from the ledger as it stands; from here on every append adds to them.
    await queryRunner.query(
      'INSERT INTO "pc_points_total" ("partnerId", "programYear", "kind", "source", "month", "amount", "lastEarnedAt") ' +
        'SELECT "partnerId", "programYear", "kind", "source", substr("earnedAt", 1, 7), SUM("amount"), MAX("earnedAt") FROM "pc_points_entry" ' +
        'GROUP BY "partnerId", "programYear", "kind", "source", substr("earnedAt", 1, 7)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"pc_points_total\"");
  }
}
