import { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerConnectInitial1767225600000 implements MigrationInterface {
  name = 'PartnerConnectInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"pc_participant\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"enteredAt\" character varying(24) NOT NULL, \"level\" character varying(40) NOT NULL, \"status\" character varying(40) NOT NULL DEFAULT 'ACTIVE', \"enrollmentInvoiceId\" character varying(64), \"terminatedAt\" character varying(24), CONSTRAINT \"PK_bd528d19c3e1d7846f119619df0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f00b2c97c6f977bf8ea7a515fb\" ON \"pc_participant\"  (\"partnerId\") ");
    await queryRunner.query("CREATE TABLE \"pc_level_change\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"fromLevel\" character varying(40), \"toLevel\" character varying(40) NOT NULL, \"reason\" character varying(200) NOT NULL, \"at\" character varying(24) NOT NULL, CONSTRAINT \"PK_91d122ee05073a41d7719a8a5b7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d4c564d397925cc2fbb62e5358\" ON \"pc_level_change\"  (\"partnerId\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"pc_business_model\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"model\" character varying(40) NOT NULL, \"joinedAt\" character varying(24) NOT NULL, \"endedAt\" character varying(24), CONSTRAINT \"PK_b9e49d3dcab1125ab412c9d8051\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ccffcb7c65dd1edb38d96a42dc\" ON \"pc_business_model\"  (\"partnerId\", \"model\") ");
    await queryRunner.query("CREATE TABLE \"pc_booking\" (\"id\" character varying(36) NOT NULL, \"bookingId\" character varying(100) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"customerId\" character varying(100) NOT NULL, \"opportunityId\" character varying(100) NOT NULL, \"solution\" character varying(100) NOT NULL, \"tcvMinor\" bigint NOT NULL, \"currency\" character varying(3) NOT NULL, \"bookedAt\" character varying(24) NOT NULL, \"bookingTypes\" character varying(300) NOT NULL, \"source\" character varying(40) NOT NULL, \"oemPartnerId\" character varying(36), \"withheldReason\" character varying(60), \"terminatedAt\" character varying(24), \"terminatedBy\" character varying(40), CONSTRAINT \"PK_c89953de0a7d2df0be80910b6ef\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_cc7dd11457781d47fe6db76339\" ON \"pc_booking\"  (\"bookingId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_59b1b23bd44b7d6bba3ed0602c\" ON \"pc_booking\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cd1ba65f04417e11a058a690e3\" ON \"pc_booking\"  (\"customerId\", \"opportunityId\", \"solution\") ");
    await queryRunner.query("CREATE TABLE \"pc_points_entry\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"programYear\" integer NOT NULL, \"kind\" character varying(12) NOT NULL, \"source\" character varying(20) NOT NULL, \"amount\" bigint NOT NULL, \"requestedAmount\" bigint, \"capGroup\" character varying(20), \"earnedAt\" character varying(24) NOT NULL, \"bookingId\" character varying(100), \"reference\" character varying(100), \"reversesEntryId\" character varying(36), \"validFrom\" character varying(24), \"validUntil\" character varying(24), \"note\" character varying(300), CONSTRAINT \"PK_2aa49102080be5e41b78a59546a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_cc1292c12146599aa91f39a4af\" ON \"pc_points_entry\"  (\"bookingId\") ");
    await queryRunner.query("CREATE INDEX \"pc_points_entry_cap\" ON \"pc_points_entry\"  (\"capGroup\", \"partnerId\", \"programYear\", \"amount\") ");
    await queryRunner.query("CREATE INDEX \"pc_points_entry_ledger\" ON \"pc_points_entry\"  (\"partnerId\", \"programYear\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"pc_points_entry_totals\" ON \"pc_points_entry\"  (\"partnerId\", \"kind\", \"programYear\", \"source\", \"earnedAt\", \"amount\") ");
    await queryRunner.query("CREATE TABLE \"pc_lifecycle_claim\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"activity\" character varying(60) NOT NULL, \"customerId\" character varying(100) NOT NULL, \"description\" character varying(500), \"status\" character varying(40) NOT NULL, \"submittedAt\" character varying(24) NOT NULL, \"decidedAt\" character varying(24), \"pointsThousandths\" bigint, CONSTRAINT \"PK_501eb32f2f0af7ed162325ba1fb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e6c1ae0027d0fa8e8333fa9f17\" ON \"pc_lifecycle_claim\"  (\"partnerId\") ");
    await queryRunner.query("CREATE TABLE \"pc_influence_claim\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"customerId\" character varying(100) NOT NULL, \"opportunityId\" character varying(100) NOT NULL, \"solution\" character varying(100) NOT NULL, \"activity\" character varying(40) NOT NULL, \"status\" character varying(40) NOT NULL, \"submittedAt\" character varying(24) NOT NULL, \"decidedAt\" character varying(24), \"approvedAt\" character varying(24), \"workStartedAt\" character varying(24), \"workEndedAt\" character varying(24), \"completedAt\" character varying(24), \"creditedBookingId\" character varying(100), \"creditedAt\" character varying(24), CONSTRAINT \"PK_18da5a49aee6bcb2efd0632a674\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_712af03ed570607df1514de7f6\" ON \"pc_influence_claim\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cab115656a6053fa72dc9e5acd\" ON \"pc_influence_claim\"  (\"customerId\", \"opportunityId\", \"solution\") ");
    await queryRunner.query("CREATE TABLE \"pc_credential\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"kind\" character varying(40) NOT NULL, \"name\" character varying(200) NOT NULL, \"validFrom\" character varying(24) NOT NULL, \"validUntil\" character varying(24) NOT NULL, \"revokedAt\" character varying(24), \"pointsThousandths\" bigint NOT NULL, CONSTRAINT \"PK_59837d1675c7214c2b56ffc5754\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ec35c05ded13497093be6ead23\" ON \"pc_credential\"  (\"partnerId\") ");
    await queryRunner.query("CREATE TABLE \"pc_audit\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"programYear\" integer NOT NULL, \"status\" character varying(40) NOT NULL, \"startedAt\" character varying(24) NOT NULL, \"results\" text NOT NULL, \"closedAt\" character varying(24), \"levelBefore\" character varying(40), \"earnedLevel\" character varying(40), \"window\" character varying(40), \"firstWindowEndsAt\" character varying(24), \"secondWindowEndsAt\" character varying(24), \"reenrollmentInvoiceId\" character varying(64), \"resolvedAt\" character varying(24), CONSTRAINT \"PK_c77e64fb304cc9e4f9fb6f37b85\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ae4045f4cbd64fb07e71b38d52\" ON \"pc_audit\"  (\"partnerId\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"pc_progression_access\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"keyId\" character varying(100) NOT NULL, \"role\" character varying(40) NOT NULL, \"grantedByKeyId\" character varying(100), \"grantedAt\" character varying(24) NOT NULL, \"revokedAt\" character varying(24), CONSTRAINT \"PK_39193f626b9b988cc939e37b646\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fcc0d0b26102a587a3a8d30fa0\" ON \"pc_progression_access\"  (\"partnerId\", \"keyId\") ");
    await queryRunner.query("CREATE TABLE \"pc_manager_assignment\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"managerKeyId\" character varying(100) NOT NULL, \"assignedAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_f66f64bf00e666463ba75dfb5da\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_683fd6424d422cbbb7e667b44b\" ON \"pc_manager_assignment\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_18840b7f7ca640a276263f18fa\" ON \"pc_manager_assignment\"  (\"managerKeyId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_18840b7f7ca640a276263f18fa\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_683fd6424d422cbbb7e667b44b\"");
    await queryRunner.query("DROP TABLE \"pc_manager_assignment\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fcc0d0b26102a587a3a8d30fa0\"");
    await queryRunner.query("DROP TABLE \"pc_progression_access\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ae4045f4cbd64fb07e71b38d52\"");
    await queryRunner.query("DROP TABLE \"pc_audit\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ec35c05ded13497093be6ead23\"");
    await queryRunner.query("DROP TABLE \"pc_credential\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cab115656a6053fa72dc9e5acd\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_712af03ed570607df1514de7f6\"");
    await queryRunner.query("DROP TABLE \"pc_influence_claim\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e6c1ae0027d0fa8e8333fa9f17\"");
    await queryRunner.query("DROP TABLE \"pc_lifecycle_claim\"");
    await queryRunner.query("DROP INDEX \"public\".\"pc_points_entry_totals\"");
    await queryRunner.query("DROP INDEX \"public\".\"pc_points_entry_ledger\"");
    await queryRunner.query("DROP INDEX \"public\".\"pc_points_entry_cap\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cc1292c12146599aa91f39a4af\"");
    await queryRunner.query("DROP TABLE \"pc_points_entry\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cd1ba65f04417e11a058a690e3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_59b1b23bd44b7d6bba3ed0602c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cc7dd11457781d47fe6db76339\"");
    await queryRunner.query("DROP TABLE \"pc_booking\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ccffcb7c65dd1edb38d96a42dc\"");
    await queryRunner.query("DROP TABLE \"pc_business_model\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d4c564d397925cc2fbb62e5358\"");
    await queryRunner.query("DROP TABLE \"pc_level_change\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f00b2c97c6f977bf8ea7a515fb\"");
    await queryRunner.query("DROP TABLE \"pc_participant\"");
  }
}
