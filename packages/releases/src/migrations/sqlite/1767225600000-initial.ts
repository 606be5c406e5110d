import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReleasesInitial1767225600000 implements MigrationInterface {
  name = 'ReleasesInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"rel_build_access_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"programId\" varchar(36) NOT NULL, \"releaseId\" varchar(36) NOT NULL, \"milestone\" varchar(40), \"requestedBuild\" varchar(200) NOT NULL, \"justification\" text NOT NULL, \"status\" varchar(40) NOT NULL, \"requestedAt\" varchar(24) NOT NULL, \"decidedAt\" varchar(24), \"decidedBy\" varchar(200), \"decisionNote\" text, \"buildType\" varchar(40), \"downloadUrl\" varchar(500), \"accessEndedAt\" varchar(24), \"endReason\" varchar(200))");
    await queryRunner.query("CREATE INDEX \"rel_build_access_partner_idx\" ON \"rel_build_access_request\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"rel_build_access_release_idx\" ON \"rel_build_access_request\" (\"releaseId\") ");
    await queryRunner.query("CREATE INDEX \"rel_build_access_status_idx\" ON \"rel_build_access_request\" (\"status\") ");
    await queryRunner.query("CREATE TABLE \"rel_partner_change_notice\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"changeKind\" varchar(40) NOT NULL, \"softwareName\" varchar(200) NOT NULL, \"softwareVersion\" varchar(60), \"description\" text NOT NULL, \"plannedReleaseAt\" varchar(24) NOT NULL, \"noticeDeadline\" varchar(24) NOT NULL, \"filedAt\" varchar(24) NOT NULL, \"late\" boolean NOT NULL)");
    await queryRunner.query("CREATE INDEX \"rel_partner_change_notice_partner_idx\" ON \"rel_partner_change_notice\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"rel_partner_change_notice_filed_idx\" ON \"rel_partner_change_notice\" (\"filedAt\") ");
    await queryRunner.query("CREATE TABLE \"rel_pre_release_material\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"programId\" varchar(36) NOT NULL, \"productId\" varchar(36) NOT NULL, \"releaseId\" varchar(36), \"name\" varchar(200) NOT NULL, \"description\" text, \"kind\" varchar(40) NOT NULL, \"developmentKitSince\" varchar(24), \"createdAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"rel_pre_release_material_program_idx\" ON \"rel_pre_release_material\" (\"programId\") ");
    await queryRunner.query("CREATE INDEX \"rel_pre_release_material_product_idx\" ON \"rel_pre_release_material\" (\"productId\") ");
    await queryRunner.query("CREATE TABLE \"rel_product\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"programIds\" text NOT NULL, \"createdAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"rel_product_name_uq\" ON \"rel_product\" (\"name\") ");
    await queryRunner.query("CREATE TABLE \"rel_rc_feedback\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"installId\" varchar(36) NOT NULL, \"releaseId\" varchar(36) NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"submittedAt\" varchar(24) NOT NULL, \"late\" boolean NOT NULL, \"summary\" text NOT NULL, \"items\" text NOT NULL)");
    await queryRunner.query("CREATE INDEX \"rel_rc_feedback_install_idx\" ON \"rel_rc_feedback\" (\"installId\") ");
    await queryRunner.query("CREATE INDEX \"rel_rc_feedback_release_idx\" ON \"rel_rc_feedback\" (\"releaseId\") ");
    await queryRunner.query("CREATE TABLE \"rel_rc_install\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"releaseId\" varchar(36) NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"installedAt\" varchar(24) NOT NULL, \"rcAvailableAt\" varchar(24) NOT NULL, \"feedbackDueAt\" varchar(24) NOT NULL, \"firstFeedbackAt\" varchar(24), \"firstFeedbackLate\" boolean NOT NULL DEFAULT (0), \"recordedAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"rel_rc_install_partner_idx\" ON \"rel_rc_install\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"rel_rc_install_due_idx\" ON \"rel_rc_install\" (\"feedbackDueAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"rel_rc_install_release_partner_uq\" ON \"rel_rc_install\" (\"releaseId\", \"partnerId\") ");
    await queryRunner.query("CREATE TABLE \"rel_release\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"productId\" varchar(36) NOT NULL, \"version\" varchar(60) NOT NULL, \"kind\" varchar(40) NOT NULL, \"milestone\" varchar(40), \"announcedAt\" varchar(24), \"unannouncedFlaggedAt\" varchar(24), \"createdAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"rel_release_product_idx\" ON \"rel_release\" (\"productId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"rel_release_product_version_uq\" ON \"rel_release\" (\"productId\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"rel_release_milestone\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"releaseId\" varchar(36) NOT NULL, \"milestone\" varchar(40) NOT NULL, \"availableAt\" varchar(24) NOT NULL, \"buildType\" varchar(40) NOT NULL, \"downloadUrl\" varchar(500) NOT NULL, \"recordedAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"rel_release_milestone_release_idx\" ON \"rel_release_milestone\" (\"releaseId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"rel_release_milestone_uq\" ON \"rel_release_milestone\" (\"releaseId\", \"milestone\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"rel_release_milestone_uq\"");
    await queryRunner.query("DROP INDEX \"rel_release_milestone_release_idx\"");
    await queryRunner.query("DROP TABLE \"rel_release_milestone\"");
    await queryRunner.query("DROP INDEX \"rel_release_product_version_uq\"");
    await queryRunner.query("DROP INDEX \"rel_release_product_idx\"");
    await queryRunner.query("DROP TABLE \"rel_release\"");
    await queryRunner.query("DROP INDEX \"rel_rc_install_release_partner_uq\"");
    await queryRunner.query("DROP INDEX \"rel_rc_install_due_idx\"");
    await queryRunner.query("DROP INDEX \"rel_rc_install_partner_idx\"");
    await queryRunner.query("DROP TABLE \"rel_rc_install\"");
    await queryRunner.query("DROP INDEX \"rel_rc_feedback_release_idx\"");
    await queryRunner.query("DROP INDEX \"rel_rc_feedback_install_idx\"");
    await queryRunner.query("DROP TABLE \"rel_rc_feedback\"");
    await queryRunner.query("DROP INDEX \"rel_product_name_uq\"");
    await queryRunner.query("DROP TABLE \"rel_product\"");
    await queryRunner.query("DROP INDEX \"rel_pre_release_material_product_idx\"");
    await queryRunner.query("DROP INDEX \"rel_pre_release_material_program_idx\"");
    await queryRunner.query("DROP TABLE \"rel_pre_release_material\"");
    await queryRunner.query("DROP INDEX \"rel_partner_change_notice_filed_idx\"");
    await queryRunner.query("DROP INDEX \"rel_partner_change_notice_partner_idx\"");
    await queryRunner.query("DROP TABLE \"rel_partner_change_notice\"");
    await queryRunner.query("DROP INDEX \"rel_build_access_status_idx\"");
    await queryRunner.query("DROP INDEX \"rel_build_access_release_idx\"");
    await queryRunner.query("DROP INDEX \"rel_build_access_partner_idx\"");
    await queryRunner.query("DROP TABLE \"rel_build_access_request\"");
  }
}
