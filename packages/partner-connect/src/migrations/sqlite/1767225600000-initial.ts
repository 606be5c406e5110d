import { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerConnectInitial1767225600000 implements MigrationInterface {
  name = 'PartnerConnectInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"pc_participant\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"enteredAt\" varchar(24) NOT NULL, \"level\" varchar(40) NOT NULL, \"status\" varchar(40) NOT NULL DEFAULT ('ACTIVE'), \"enrollmentInvoiceId\" varchar(64), \"terminatedAt\" varchar(24))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f00b2c97c6f977bf8ea7a515fb\" ON \"pc_participant\" (\"partnerId\") ");
    await queryRunner.query("CREATE TABLE \"pc_level_change\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"fromLevel\" varchar(40), \"toLevel\" varchar(40) NOT NULL, \"reason\" varchar(200) NOT NULL, \"at\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_d4c564d397925cc2fbb62e5358\" ON \"pc_level_change\" (\"partnerId\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"pc_business_model\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"model\" varchar(40) NOT NULL, \"joinedAt\" varchar(24) NOT NULL, \"endedAt\" varchar(24))");
    await queryRunner.query("CREATE INDEX \"IDX_ccffcb7c65dd1edb38d96a42dc\" ON \"pc_business_model\" (\"partnerId\", \"model\") ");
    await queryRunner.query("CREATE TABLE \"pc_booking\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"bookingId\" varchar(100) NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"customerId\" varchar(100) NOT NULL, \"opportunityId\" varchar(100) NOT NULL, \"solution\" varchar(100) NOT NULL, \"tcvMinor\" bigint NOT NULL, \"currency\" varchar(3) NOT NULL, \"bookedAt\" varchar(24) NOT NULL, \"bookingTypes\" varchar(300) NOT NULL, \"source\" varchar(40) NOT NULL, \"oemPartnerId\" varchar(36), \"withheldReason\" varchar(60), \"terminatedAt\" varchar(24), \"terminatedBy\" varchar(40))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_cc7dd11457781d47fe6db76339\" ON \"pc_booking\" (\"bookingId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_59b1b23bd44b7d6bba3ed0602c\" ON \"pc_booking\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cd1ba65f04417e11a058a690e3\" ON \"pc_booking\" (\"customerId\", \"opportunityId\", \"solution\") ");
    await queryRunner.query("CREATE TABLE \"pc_points_entry\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"programYear\" integer NOT NULL, \"kind\" varchar(12) NOT NULL, \"source\" varchar(20) NOT NULL, \"amount\" bigint NOT NULL, \"requestedAmount\" bigint, \"capGroup\" varchar(20), \"earnedAt\" varchar(24) NOT NULL, \"bookingId\" varchar(100), \"reference\" varchar(100), \"reversesEntryId\" varchar(36), \"validFrom\" varchar(24), \"validUntil\" varchar(24), \"note\" varchar(300))");
    await queryRunner.query("CREATE INDEX \"IDX_cc1292c12146599aa91f39a4af\" ON \"pc_points_entry\" (\"bookingId\") ");
    await queryRunner.query("CREATE INDEX \"pc_points_entry_cap\" ON \"pc_points_entry\" (\"capGroup\", \"partnerId\", \"programYear\", \"amount\") ");
    await queryRunner.query("CREATE INDEX \"pc_points_entry_ledger\" ON \"pc_points_entry\" (\"partnerId\", \"programYear\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"pc_points_entry_totals\" ON \"pc_points_entry\" (\"partnerId\", \"kind\", \"programYear\", \"source\", \"earnedAt\", \"amount\") ");
    await queryRunner.query("CREATE TABLE \"pc_lifecycle_claim\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"activity\" varchar(60) NOT NULL, \"customerId\" varchar(100) NOT NULL, \"description\" varchar(500), \"status\" varchar(40) NOT NULL, \"submittedAt\" varchar(24) NOT NULL, \"decidedAt\" varchar(24), \"pointsThousandths\" bigint)");
    await queryRunner.query("CREATE INDEX \"IDX_e6c1ae0027d0fa8e8333fa9f17\" ON \"pc_lifecycle_claim\" (\"partnerId\") ");
    await queryRunner.query("CREATE TABLE \"pc_influence_claim\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"customerId\" varchar(100) NOT NULL, \"opportunityId\" varchar(100) NOT NULL, \"solution\" varchar(100) NOT NULL, \"activity\" varchar(40) NOT NULL, \"status\" varchar(40) NOT NULL, \"submittedAt\" varchar(24) NOT NULL, \"decidedAt\" varchar(24), \"approvedAt\" varchar(24), \"workStartedAt\" varchar(24), \"workEndedAt\" varchar(24), \"completedAt\" varchar(24), \"creditedBookingId\" varchar(100), \"creditedAt\" varchar(24))");
    await queryRunner.query("CREATE INDEX \"IDX_712af03ed570607df1514de7f6\" ON \"pc_influence_claim\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cab115656a6053fa72dc9e5acd\" ON \"pc_influence_claim\" (\"customerId\", \"opportunityId\", \"solution\") ");
    await queryRunner.query("CREATE TABLE \"pc_credential\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"kind\" varchar(40) NOT NULL, \"name\" varchar(200) NOT NULL, \"validFrom\" varchar(24) NOT NULL, \"validUntil\" varchar(24) NOT NULL, \"revokedAt\" varchar(24), \"pointsThousandths\" bigint NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_ec35c05ded13497093be6ead23\" ON \"pc_credential\" (\"partnerId\") ");
    await queryRunner.query("CREATE TABLE \"pc_audit\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"programYear\" integer NOT NULL, \"status\" varchar(40) NOT NULL, \"startedAt\" varchar(24) NOT NULL, \"results\" text NOT NULL, \"closedAt\" varchar(24), \"levelBefore\" varchar(40), \"earnedLevel\" varchar(40), \"window\" varchar(40), \"firstWindowEndsAt\" varchar(24), \"secondWindowEndsAt\" varchar(24), \"reenrollmentInvoiceId\" varchar(64), \"resolvedAt\" varchar(24))");
    await queryRunner.query("CREATE INDEX \"IDX_ae4045f4cbd64fb07e71b38d52\" ON \"pc_audit\" (\"partnerId\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"pc_progression_access\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"keyId\" varchar(100) NOT NULL, \"role\" varchar(40) NOT NULL, \"grantedByKeyId\" varchar(100), \"grantedAt\" varchar(24) NOT NULL, \"revokedAt\" varchar(24))");
    await queryRunner.query("CREATE INDEX \"IDX_fcc0d0b26102a587a3a8d30fa0\" ON \"pc_progression_access\" (\"partnerId\", \"keyId\") ");
    await queryRunner.query("CREATE TABLE \"pc_manager_assignment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"managerKeyId\" varchar(100) NOT NULL, \"assignedAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_683fd6424d422cbbb7e667b44b\" ON \"pc_manager_assignment\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_18840b7f7ca640a276263f18fa\" ON \"pc_manager_assignment\" (\"managerKeyId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_18840b7f7ca640a276263f18fa\"");
    await queryRunner.query("DROP INDEX \"IDX_683fd6424d422cbbb7e667b44b\"");
    await queryRunner.query("DROP TABLE \"pc_manager_assignment\"");
    await queryRunner.query("DROP INDEX \"IDX_fcc0d0b26102a587a3a8d30fa0\"");
    await queryRunner.query("DROP TABLE \"pc_progression_access\"");
    await queryRunner.query("DROP INDEX \"IDX_ae4045f4cbd64fb07e71b38d52\"");
    await queryRunner.query("DROP TABLE \"pc_audit\"");
    await queryRunner.query("DROP INDEX \"IDX_ec35c05ded13497093be6ead23\"");
    await queryRunner.query("DROP TABLE \"pc_credential\"");
    await queryRunner.query("DROP INDEX \"IDX_cab115656a6053fa72dc9e5acd\"");
    await queryRunner.query("DROP INDEX \"IDX_712af03ed570607df1514de7f6\"");
    await queryRunner.query("DROP TABLE \"pc_influence_claim\"");
    await queryRunner.query("DROP INDEX \"IDX_e6c1ae0027d0fa8e8333fa9f17\"");
    await queryRunner.query("DROP TABLE \"pc_lifecycle_claim\"");
    await queryRunner.query("DROP INDEX \"pc_points_entry_totals\"");
    await queryRunner.query("DROP INDEX \"pc_points_entry_ledger\"");
    await queryRunner.query("DROP INDEX \"pc_points_entry_cap\"");
    await queryRunner.query("DROP INDEX \"IDX_cc1292c12146599aa91f39a4af\"");
    await queryRunner.query("DROP TABLE \"pc_points_entry\"");
    await queryRunner.query("DROP INDEX \"IDX_cd1ba65f04417e11a058a690e3\"");
    await queryRunner.query("DROP INDEX \"IDX_59b1b23bd44b7d6bba3ed0602c\"");
    await queryRunner.query("DROP INDEX \"IDX_cc7dd11457781d47fe6db76339\"");
    await queryRunner.query("DROP TABLE \"pc_booking\"");
    await queryRunner.query("DROP INDEX \"IDX_ccffcb7c65dd1edb38d96a42dc\"");
    await queryRunner.query("DROP TABLE \"pc_business_model\"");
    await queryRunner.query("DROP INDEX \"IDX_d4c564d397925cc2fbb62e5358\"");
    await queryRunner.query("DROP TABLE \"pc_level_change\"");
    await queryRunner.query("DROP INDEX \"IDX_f00b2c97c6f977bf8ea7a515fb\"");
    await queryRunner.query("DROP TABLE \"pc_participant\"");
  }
}
