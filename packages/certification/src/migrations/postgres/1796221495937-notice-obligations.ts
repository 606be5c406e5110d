import { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificationNoticeObligations1796221495937 implements MigrationInterface {
  name = 'CertificationNoticeObligations1796221495937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"cert_listing\" DROP COLUMN \"fullRecertificationReleaseId\"");
    await queryRunner.query("ALTER TABLE \"cert_listing\" DROP COLUMN \"fullRecertificationRequiredAt\"");
    await queryRunner.query("ALTER TABLE \"cert_hot_fix\" ADD \"settledAt\" character varying(24)");
    await queryRunner.query("CREATE INDEX \"IDX_f055f1f225586e8722bbfeeb9c\" ON \"cert_hot_fix\"  (\"estimatedUpdateOn\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f65918c2da3e20b416630e3c5e\" ON \"cert_hot_fix\"  (\"filedAt\") ");
    // CERT-9: re-certification follows from the releases at the instant asked; the table that marked listings once goes.
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d8dde5957e72d98c73a7cbe920\"");
    await queryRunner.query("DROP TABLE \"cert_platform_release\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"cert_platform_release\" (\"id\" character varying(36) NOT NULL, \"releaseId\" character varying(36) NOT NULL, \"productId\" character varying(36) NOT NULL, \"version\" character varying(60) NOT NULL, \"appliedAt\" character varying(24) NOT NULL, \"listingsMarked\" integer NOT NULL, CONSTRAINT \"PK_885b2758e91b29f0db21cf070d1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d8dde5957e72d98c73a7cbe920\" ON \"cert_platform_release\"  (\"releaseId\") ");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f65918c2da3e20b416630e3c5e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f055f1f225586e8722bbfeeb9c\"");
    await queryRunner.query("ALTER TABLE \"cert_hot_fix\" DROP COLUMN \"settledAt\"");
    await queryRunner.query("ALTER TABLE \"cert_listing\" ADD \"fullRecertificationRequiredAt\" character varying(24)");
    await queryRunner.query("ALTER TABLE \"cert_listing\" ADD \"fullRecertificationReleaseId\" character varying(36)");
  }
}
