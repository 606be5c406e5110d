import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticesInitial1767225600000 implements MigrationInterface {
  name = 'NoticesInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"ntc_notice\" (\"id\" character varying(36) NOT NULL, \"kind\" character varying(100) NOT NULL, \"subjectId\" character varying(100) NOT NULL, \"partnerId\" character varying(36), \"dueAt\" character varying(24) NOT NULL, \"message\" character varying(2000) NOT NULL, \"data\" text, \"recordedAt\" character varying(24) NOT NULL, \"sweepId\" character varying(36), CONSTRAINT \"uq_ntc_notice_key\" UNIQUE (\"kind\", \"subjectId\", \"dueAt\"), CONSTRAINT \"PK_41516f4411e059897841d38eaeb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_34ea8c9480fd828d76ed092cee\" ON \"ntc_notice\"  (\"kind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8e1307c7008ca2e6850068c017\" ON \"ntc_notice\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_830ddbed1841018a8787991452\" ON \"ntc_notice\"  (\"dueAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6aa3b44684b8717d66d11f5126\" ON \"ntc_notice\"  (\"sweepId\") ");
    await queryRunner.query("CREATE TABLE \"ntc_sweep\" (\"id\" character varying(36) NOT NULL, \"windowFrom\" character varying(24) NOT NULL, \"windowTo\" character varying(24) NOT NULL, \"ranAt\" character varying(24) NOT NULL, \"produced\" integer NOT NULL DEFAULT '0', \"ranBy\" character varying(200) NOT NULL, CONSTRAINT \"PK_b93228c4830c0eceea18930a19b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_444587884f8778c0e2f7d288d6\" ON \"ntc_sweep\"  (\"windowTo\") ");
    await queryRunner.query("CREATE TABLE \"ntc_webhook_attempt\" (\"id\" character varying(36) NOT NULL, \"deliveryId\" character varying(36) NOT NULL, \"attempt\" integer NOT NULL, \"at\" character varying(24) NOT NULL, \"httpStatus\" integer, \"error\" character varying(500), \"durationMs\" integer NOT NULL, \"succeeded\" boolean NOT NULL, CONSTRAINT \"PK_89954707265180bc579c61c862e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f8af78b6908c9413ef0a019a93\" ON \"ntc_webhook_attempt\"  (\"deliveryId\") ");
    await queryRunner.query("CREATE TABLE \"ntc_webhook_delivery\" (\"id\" character varying(36) NOT NULL, \"subscriptionId\" character varying(36) NOT NULL, \"eventId\" character varying(100) NOT NULL, \"eventType\" character varying(150) NOT NULL, \"partnerId\" character varying(36), \"body\" text NOT NULL, \"status\" character varying(40) NOT NULL, \"attemptCount\" integer NOT NULL DEFAULT '0', \"attemptsLeft\" integer NOT NULL, \"nextAttemptAt\" character varying(24) NOT NULL, \"leaseUntil\" character varying(24), \"leaseToken\" character varying(36), \"lastStatus\" integer, \"lastError\" character varying(500), \"createdAt\" character varying(24) NOT NULL, \"deliveredAt\" character varying(24), CONSTRAINT \"uq_ntc_delivery_event\" UNIQUE (\"subscriptionId\", \"eventId\"), CONSTRAINT \"PK_4654e8f445c150e7266928f31d6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_45ec327ecd2d886bf90fbdac00\" ON \"ntc_webhook_delivery\"  (\"eventId\") ");
    await queryRunner.query("CREATE INDEX \"ix_ntc_delivery_due\" ON \"ntc_webhook_delivery\"  (\"status\", \"nextAttemptAt\") ");
    await queryRunner.query("CREATE TABLE \"ntc_webhook_subscription\" (\"id\" character varying(36) NOT NULL, \"url\" character varying(2000) NOT NULL, \"eventKinds\" text NOT NULL, \"partnerId\" character varying(36), \"description\" character varying(500), \"signingSecret\" character varying(200) NOT NULL, \"status\" character varying(40) NOT NULL, \"disabledReason\" character varying(500), \"disabledAt\" character varying(24), \"consecutiveFailures\" integer NOT NULL DEFAULT '0', \"lastDeliveredAt\" character varying(24), \"createdAt\" character varying(24) NOT NULL, \"createdBy\" character varying(200) NOT NULL, CONSTRAINT \"PK_f57ae60b1a577fff804a08e2657\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0cd02d6923a307abf223e3dc13\" ON \"ntc_webhook_subscription\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_765187ee214fde815b957fe09e\" ON \"ntc_webhook_subscription\"  (\"status\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_765187ee214fde815b957fe09e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0cd02d6923a307abf223e3dc13\"");
    await queryRunner.query("DROP TABLE \"ntc_webhook_subscription\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_ntc_delivery_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_45ec327ecd2d886bf90fbdac00\"");
    await queryRunner.query("DROP TABLE \"ntc_webhook_delivery\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f8af78b6908c9413ef0a019a93\"");
    await queryRunner.query("DROP TABLE \"ntc_webhook_attempt\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_444587884f8778c0e2f7d288d6\"");
    await queryRunner.query("DROP TABLE \"ntc_sweep\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6aa3b44684b8717d66d11f5126\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_830ddbed1841018a8787991452\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8e1307c7008ca2e6850068c017\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_34ea8c9480fd828d76ed092cee\"");
    await queryRunner.query("DROP TABLE \"ntc_notice\"");
  }
}
