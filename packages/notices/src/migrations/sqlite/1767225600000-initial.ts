import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticesInitial1767225600000 implements MigrationInterface {
  name = 'NoticesInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"ntc_notice\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"kind\" varchar(100) NOT NULL, \"subjectId\" varchar(100) NOT NULL, \"partnerId\" varchar(36), \"dueAt\" varchar(24) NOT NULL, \"message\" varchar(2000) NOT NULL, \"data\" text, \"recordedAt\" varchar(24) NOT NULL, \"sweepId\" varchar(36), CONSTRAINT \"uq_ntc_notice_key\" UNIQUE (\"kind\", \"subjectId\", \"dueAt\"))");
    await queryRunner.query("CREATE INDEX \"IDX_34ea8c9480fd828d76ed092cee\" ON \"ntc_notice\" (\"kind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8e1307c7008ca2e6850068c017\" ON \"ntc_notice\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_830ddbed1841018a8787991452\" ON \"ntc_notice\" (\"dueAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6aa3b44684b8717d66d11f5126\" ON \"ntc_notice\" (\"sweepId\") ");
    await queryRunner.query("CREATE TABLE \"ntc_sweep\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"windowFrom\" varchar(24) NOT NULL, \"windowTo\" varchar(24) NOT NULL, \"ranAt\" varchar(24) NOT NULL, \"produced\" integer NOT NULL DEFAULT (0), \"ranBy\" varchar(200) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_444587884f8778c0e2f7d288d6\" ON \"ntc_sweep\" (\"windowTo\") ");
    await queryRunner.query("CREATE TABLE \"ntc_webhook_attempt\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"deliveryId\" varchar(36) NOT NULL, \"attempt\" integer NOT NULL, \"at\" varchar(24) NOT NULL, \"httpStatus\" integer, \"error\" varchar(500), \"durationMs\" integer NOT NULL, \"succeeded\" boolean NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_f8af78b6908c9413ef0a019a93\" ON \"ntc_webhook_attempt\" (\"deliveryId\") ");
    await queryRunner.query("CREATE TABLE \"ntc_webhook_delivery\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"subscriptionId\" varchar(36) NOT NULL, \"eventId\" varchar(100) NOT NULL, \"eventType\" varchar(150) NOT NULL, \"partnerId\" varchar(36), \"body\" text NOT NULL, \"status\" varchar(40) NOT NULL, \"attemptCount\" integer NOT NULL DEFAULT (0), \"attemptsLeft\" integer NOT NULL, \"nextAttemptAt\" varchar(24) NOT NULL, \"leaseUntil\" varchar(24), \"leaseToken\" varchar(36), \"lastStatus\" integer, \"lastError\" varchar(500), \"createdAt\" varchar(24) NOT NULL, \"deliveredAt\" varchar(24), CONSTRAINT \"uq_ntc_delivery_event\" UNIQUE (\"subscriptionId\", \"eventId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_45ec327ecd2d886bf90fbdac00\" ON \"ntc_webhook_delivery\" (\"eventId\") ");
    await queryRunner.query("CREATE INDEX \"ix_ntc_delivery_due\" ON \"ntc_webhook_delivery\" (\"status\", \"nextAttemptAt\") ");
    await queryRunner.query("CREATE TABLE \"ntc_webhook_subscription\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"url\" varchar(2000) NOT NULL, \"eventKinds\" text NOT NULL, \"partnerId\" varchar(36), \"description\" varchar(500), \"signingSecret\" varchar(200) NOT NULL, \"status\" varchar(40) NOT NULL, \"disabledReason\" varchar(500), \"disabledAt\" varchar(24), \"consecutiveFailures\" integer NOT NULL DEFAULT (0), \"lastDeliveredAt\" varchar(24), \"createdAt\" varchar(24) NOT NULL, \"createdBy\" varchar(200) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_0cd02d6923a307abf223e3dc13\" ON \"ntc_webhook_subscription\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_765187ee214fde815b957fe09e\" ON \"ntc_webhook_subscription\" (\"status\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_765187ee214fde815b957fe09e\"");
    await queryRunner.query("DROP INDEX \"IDX_0cd02d6923a307abf223e3dc13\"");
    await queryRunner.query("DROP TABLE \"ntc_webhook_subscription\"");
    await queryRunner.query("DROP INDEX \"ix_ntc_delivery_due\"");
    await queryRunner.query("DROP INDEX \"IDX_45ec327ecd2d886bf90fbdac00\"");
    await queryRunner.query("DROP TABLE \"ntc_webhook_delivery\"");
    await queryRunner.query("DROP INDEX \"IDX_f8af78b6908c9413ef0a019a93\"");
    await queryRunner.query("DROP TABLE \"ntc_webhook_attempt\"");
    await queryRunner.query("DROP INDEX \"IDX_444587884f8778c0e2f7d288d6\"");
    await queryRunner.query("DROP TABLE \"ntc_sweep\"");
    await queryRunner.query("DROP INDEX \"IDX_6aa3b44684b8717d66d11f5126\"");
    await queryRunner.query("DROP INDEX \"IDX_830ddbed1841018a8787991452\"");
    await queryRunner.query("DROP INDEX \"IDX_8e1307c7008ca2e6850068c017\"");
    await queryRunner.query("DROP INDEX \"IDX_34ea8c9480fd828d76ed092cee\"");
    await queryRunner.query("DROP TABLE \"ntc_notice\"");
  }
}
