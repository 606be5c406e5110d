import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReleasesInitial1767225600000 implements MigrationInterface {
  name = 'ReleasesInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"rel_build_access_request\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"programId\" character varying(36) NOT NULL, \"releaseId\" character varying(36) NOT NULL, \"milestone\" character varying(40), \"requestedBuild\" character varying(200) NOT NULL, \"justification\" text NOT NULL, \"status\" character varying(40) NOT NULL, \"requestedAt\" character varying(24) NOT NULL, \"decidedAt\" character varying(24), \"decidedBy\" character varying(200), \"decisionNote\" text, \"buildType\" character varying(40), \"downloadUrl\" character varying(500), \"accessEndedAt\" character varying(24), \"endReason\" character varying(200), CONSTRAINT \"PK_175e1e4411bdf9d11e52ff6bcec\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"rel_build_access_partner_idx\" ON \"rel_build_access_request\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"rel_build_access_release_idx\" ON \"rel_build_access_request\"  (\"releaseId\") ");
    await queryRunner.query("CREATE INDEX \"rel_build_access_status_idx\" ON \"rel_build_access_request\"  (\"status\") ");
    await queryRunner.query("CREATE TABLE \"rel_partner_change_notice\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"changeKind\" character varying(40) NOT NULL, \"softwareName\" character varying(200) NOT NULL, \"softwareVersion\" character varying(60), \"description\" text NOT NULL, \"plannedReleaseAt\" character varying(24) NOT NULL, \"noticeDeadline\" character varying(24) NOT NULL, \"filedAt\" character varying(24) NOT NULL, \"late\" boolean NOT NULL, CONSTRAINT \"PK_f3d2d9160634da1d78a833a4ce0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"rel_partner_change_notice_partner_idx\" ON \"rel_partner_change_notice\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"rel_partner_change_notice_filed_idx\" ON \"rel_partner_change_notice\"  (\"filedAt\") ");
    await queryRunner.query("CREATE TABLE \"rel_pre_release_material\" (\"id\" character varying(36) NOT NULL, \"programId\" character varying(36) NOT NULL, \"productId\" character varying(36) NOT NULL, \"releaseId\" character varying(36), \"name\" character varying(200) NOT NULL, \"description\" text, \"kind\" character varying(40) NOT NULL, \"developmentKitSince\" character varying(24), \"createdAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_bb3768e3df9320d0e249d3e327a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"rel_pre_release_material_program_idx\" ON \"rel_pre_release_material\"  (\"programId\") ");
    await queryRunner.query("CREATE INDEX \"rel_pre_release_material_product_idx\" ON \"rel_pre_release_material\"  (\"productId\") ");
    await queryRunner.query("CREATE TABLE \"rel_product\" (\"id\" character varying(36) NOT NULL, \"name\" character varying(200) NOT NULL, \"programIds\" text NOT NULL, \"createdAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_fc7c69213466d0584f3c71e65d7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"rel_product_name_uq\" ON \"rel_product\"  (\"name\") ");
    await queryRunner.query("CREATE TABLE \"rel_rc_feedback\" (\"id\" character varying(36) NOT NULL, \"installId\" character varying(36) NOT NULL, \"releaseId\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"submittedAt\" character varying(24) NOT NULL, \"late\" boolean NOT NULL, \"summary\" text NOT NULL, \"items\" text NOT NULL, CONSTRAINT \"PK_94c400c409af2f6d960b8ff34bf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"rel_rc_feedback_install_idx\" ON \"rel_rc_feedback\"  (\"installId\") ");
    await queryRunner.query("CREATE INDEX \"rel_rc_feedback_release_idx\" ON \"rel_rc_feedback\"  (\"releaseId\") ");
    await queryRunner.query("CREATE TABLE \"rel_rc_install\" (\"id\" character varying(36) NOT NULL, \"releaseId\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"installedAt\" character varying(24) NOT NULL, \"rcAvailableAt\" character varying(24) NOT NULL, \"feedbackDueAt\" character varying(24) NOT NULL, \"firstFeedbackAt\" character varying(24), \"firstFeedbackLate\" boolean NOT NULL DEFAULT false, \"recordedAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_c664392970211398da568498a3f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"rel_rc_install_partner_idx\" ON \"rel_rc_install\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"rel_rc_install_due_idx\" ON \"rel_rc_install\"  (\"feedbackDueAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"rel_rc_install_release_partner_uq\" ON \"rel_rc_install\"  (\"releaseId\", \"partnerId\") ");
    await queryRunner.query("CREATE TABLE \"rel_release\" (\"id\" character varying(36) NOT NULL, \"productId\" character varying(36) NOT NULL, \"version\" character varying(60) NOT NULL, \"kind\" character varying(40) NOT NULL, \"milestone\" character varying(40), \"announcedAt\" character varying(24), \"unannouncedFlaggedAt\" character varying(24), \"createdAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_9d60da9f3cb7b0d396ffda186f8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"rel_release_product_idx\" ON \"rel_release\"  (\"productId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"rel_release_product_version_uq\" ON \"rel_release\"  (\"productId\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"rel_release_milestone\" (\"id\" character varying(36) NOT NULL, \"releaseId\" character varying(36) NOT NULL, \"milestone\" character varying(40) NOT NULL, \"availableAt\" character varying(24) NOT NULL, \"buildType\" character varying(40) NOT NULL, \"downloadUrl\" character varying(500) NOT NULL, \"recordedAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_6e87dc61c484155328626bfce27\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"rel_release_milestone_release_idx\" ON \"rel_release_milestone\"  (\"releaseId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"rel_release_milestone_uq\" ON \"rel_release_milestone\"  (\"releaseId\", \"milestone\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"rel_release_milestone_uq\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_release_milestone_release_idx\"");
    await queryRunner.query("DROP TABLE \"rel_release_milestone\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_release_product_version_uq\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_release_product_idx\"");
    await queryRunner.query("DROP TABLE \"rel_release\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_rc_install_release_partner_uq\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_rc_install_due_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_rc_install_partner_idx\"");
    await queryRunner.query("DROP TABLE \"rel_rc_install\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_rc_feedback_release_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_rc_feedback_install_idx\"");
    await queryRunner.query("DROP TABLE \"rel_rc_feedback\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_product_name_uq\"");
    await queryRunner.query("DROP TABLE \"rel_product\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_pre_release_material_product_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_pre_release_material_program_idx\"");
    await queryRunner.query("DROP TABLE \"rel_pre_release_material\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_partner_change_notice_filed_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_partner_change_notice_partner_idx\"");
    await queryRunner.query("DROP TABLE \"rel_partner_change_notice\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_build_access_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_build_access_release_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"rel_build_access_partner_idx\"");
    await queryRunner.query("DROP TABLE \"rel_build_access_request\"");
  }
}
