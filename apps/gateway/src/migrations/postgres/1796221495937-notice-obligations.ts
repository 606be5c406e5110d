import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticeObligations1796221495937 implements MigrationInterface {
  name = 'NoticeObligations1796221495937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"cert_listing\" DROP COLUMN \"fullRecertificationReleaseId\"");
    await queryRunner.query("ALTER TABLE \"cert_listing\" DROP COLUMN \"fullRecertificationRequiredAt\"");
    await queryRunner.query("ALTER TABLE \"cert_hot_fix\" ADD \"settledAt\" character varying(24)");
    await queryRunner.query("ALTER TABLE \"ntc_sweep\" ADD \"writtenSince\" character varying(24)");
    await queryRunner.query("CREATE INDEX \"IDX_f055f1f225586e8722bbfeeb9c\" ON \"cert_hot_fix\"  (\"estimatedUpdateOn\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f65918c2da3e20b416630e3c5e\" ON \"cert_hot_fix\"  (\"filedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_68ce3515537f198c7300adc12c\" ON \"fee_invoice\"  (\"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c5042bf76b9a86d539a397e5d8\" ON \"fee_invoice\"  (\"dueAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c6402885d6f29db1e3befb9d48\" ON \"mem_agreement\"  (\"termEndsAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bc40039f0a138bc76847089a1c\" ON \"pc_audit\"  (\"firstWindowEndsAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f6a7df86704f3053f41d48eece\" ON \"pc_audit\"  (\"secondWindowEndsAt\") ");
    await queryRunner.query("CREATE INDEX \"rel_rc_install_recorded_idx\" ON \"rel_rc_install\"  (\"recordedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_315a9214215bd807af766015a2\" ON \"sup_case\"  (\"openedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_62a09dec4c900370a3ef53c1d3\" ON \"sup_case_escalation\"  (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7d3c645320f4cbc2cb21433d2c\" ON \"sup_end_of_support\"  (\"setAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ebaa89cd580a38bcd8e9f0e7d5\" ON \"sup_tsanet_member\"  (\"renewalOn\") ");
    // CERT-9: re-certification follows from the releases at the instant asked; the table that marked listings once goes.
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d8dde5957e72d98c73a7cbe920\"");
    await queryRunner.query("DROP TABLE \"cert_platform_release\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"cert_platform_release\" (\"id\" character varying(36) NOT NULL, \"releaseId\" character varying(36) NOT NULL, \"productId\" character varying(36) NOT NULL, \"version\" character varying(60) NOT NULL, \"appliedAt\" character varying(24) NOT NULL, \"listingsMarked\" integer NOT NULL, CONSTRAINT \"PK_885b2758e91b29f0db21cf070d1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d8dde5957e72d98c73a7cbe920\" ON \"cert_platform_release\"  (\"releaseId\") ");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ebaa89cd580a38bcd8e9f0e7d5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7d3c645320f4cbc2cb21433d2c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_62a09dec4c900370a3ef53c1d3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_315a9214215bd807af766015a2\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_rc_install_recorded_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f6a7df86704f3053f41d48eece\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bc40039f0a138bc76847089a1c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c6402885d6f29db1e3befb9d48\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c5042bf76b9a86d539a397e5d8\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_68ce3515537f198c7300adc12c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f65918c2da3e20b416630e3c5e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f055f1f225586e8722bbfeeb9c\"");
    await queryRunner.query("ALTER TABLE \"ntc_sweep\" DROP COLUMN \"writtenSince\"");
    await queryRunner.query("ALTER TABLE \"cert_hot_fix\" DROP COLUMN \"settledAt\"");
    await queryRunner.query("ALTER TABLE \"cert_listing\" ADD \"fullRecertificationRequiredAt\" character varying(24)");
    await queryRunner.query("ALTER TABLE \"cert_listing\" ADD \"fullRecertificationReleaseId\" character varying(36)");
  }
}
