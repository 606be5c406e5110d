import { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerConnectPointsTotals1796262192608 implements MigrationInterface {
  name = 'PartnerConnectPointsTotals1796262192608';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"pc_points_total\" (\"partnerId\" character varying(36) NOT NULL, \"programYear\" integer NOT NULL, \"kind\" character varying(12) NOT NULL, \"source\" character varying(20) NOT NULL, \"month\" character varying(7) NOT NULL, \"amount\" bigint NOT NULL, \"lastEarnedAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_553a73fae98410fe2b2e0e30357\" PRIMARY KEY (\"partnerId\", \"programYear\", \"kind\", \"source\", \"month\"))");
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
