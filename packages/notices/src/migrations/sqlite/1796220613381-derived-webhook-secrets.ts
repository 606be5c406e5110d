import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticesDerivedWebhookSecrets1796220613381 implements MigrationInterface {
  name = 'NoticesDerivedWebhookSecrets1796220613381';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_765187ee214fde815b957fe09e\"");
    await queryRunner.query("DROP INDEX \"IDX_0cd02d6923a307abf223e3dc13\"");
    await queryRunner.query("CREATE TABLE \"temporary_ntc_webhook_subscription\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"url\" varchar(2000) NOT NULL, \"eventKinds\" text NOT NULL, \"partnerId\" varchar(36), \"description\" varchar(500), \"status\" varchar(40) NOT NULL, \"disabledReason\" varchar(500), \"disabledAt\" varchar(24), \"consecutiveFailures\" integer NOT NULL DEFAULT (0), \"lastDeliveredAt\" varchar(24), \"createdAt\" varchar(24) NOT NULL, \"createdBy\" varchar(200) NOT NULL)");
    await queryRunner.query("INSERT INTO \"temporary_ntc_webhook_subscription\"(\"id\", \"url\", \"eventKinds\", \"partnerId\", \"description\", \"status\", \"disabledReason\", \"disabledAt\", \"consecutiveFailures\", \"lastDeliveredAt\", \"createdAt\", \"createdBy\") SELECT \"id\", \"url\", \"eventKinds\", \"partnerId\", \"description\", \"status\", \"disabledReason\", \"disabledAt\", \"consecutiveFailures\", \"lastDeliveredAt\", \"createdAt\", \"createdBy\" FROM \"ntc_webhook_subscription\"");
    await queryRunner.query("DROP TABLE \"ntc_webhook_subscription\"");
    await queryRunner.query("ALTER TABLE \"temporary_ntc_webhook_subscription\" RENAME TO \"ntc_webhook_subscription\"");
    await queryRunner.query("CREATE INDEX \"IDX_765187ee214fde815b957fe09e\" ON \"ntc_webhook_subscription\" (\"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0cd02d6923a307abf223e3dc13\" ON \"ntc_webhook_subscription\" (\"partnerId\") ");
    await queryRunner.query("DROP INDEX \"IDX_765187ee214fde815b957fe09e\"");
    await queryRunner.query("DROP INDEX \"IDX_0cd02d6923a307abf223e3dc13\"");
    await queryRunner.query("CREATE TABLE \"temporary_ntc_webhook_subscription\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"url\" varchar(2000) NOT NULL, \"eventKinds\" text NOT NULL, \"partnerId\" varchar(36), \"description\" varchar(500), \"status\" varchar(40) NOT NULL, \"disabledReason\" varchar(500), \"disabledAt\" varchar(24), \"consecutiveFailures\" integer NOT NULL DEFAULT (0), \"lastDeliveredAt\" varchar(24), \"createdAt\" varchar(24) NOT NULL, \"createdBy\" varchar(200) NOT NULL, \"secretVersion\" integer NOT NULL DEFAULT (1), \"secretRotatedAt\" varchar(24))");
    await queryRunner.query("INSERT INTO \"temporary_ntc_webhook_subscription\"(\"id\", \"url\", \"eventKinds\", \"partnerId\", \"description\", \"status\", \"disabledReason\", \"disabledAt\", \"consecutiveFailures\", \"lastDeliveredAt\", \"createdAt\", \"createdBy\") SELECT \"id\", \"url\", \"eventKinds\", \"partnerId\", \"description\", \"status\", \"disabledReason\", \"disabledAt\", \"consecutiveFailures\", \"lastDeliveredAt\", \"createdAt\", \"createdBy\" FROM \"ntc_webhook_subscription\"");
    await queryRunner.query("DROP TABLE \"ntc_webhook_subscription\"");
    await queryRunner.query("ALTER TABLE \"temporary_ntc_webhook_subscription\" RENAME TO \"ntc_webhook_subscription\"");
    await queryRunner.query("CREATE INDEX \"IDX_765187ee214fde815b957fe09e\" ON \"ntc_webhook_subscription\" (\"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0cd02d6923a307abf223e3dc13\" ON \"ntc_webhook_subscription\" (\"partnerId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_0cd02d6923a307abf223e3dc13\"");
    await queryRunner.query("DROP INDEX \"IDX_765187ee214fde815b957fe09e\"");
    await queryRunner.query("ALTER TABLE \"ntc_webhook_subscription\" RENAME TO \"temporary_ntc_webhook_subscription\"");
    await queryRunner.query("CREATE TABLE \"ntc_webhook_subscription\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"url\" varchar(2000) NOT NULL, \"eventKinds\" text NOT NULL, \"partnerId\" varchar(36), \"description\" varchar(500), \"status\" varchar(40) NOT NULL, \"disabledReason\" varchar(500), \"disabledAt\" varchar(24), \"consecutiveFailures\" integer NOT NULL DEFAULT (0), \"lastDeliveredAt\" varchar(24), \"createdAt\" varchar(24) NOT NULL, \"createdBy\" varchar(200) NOT NULL)");
    await queryRunner.query("INSERT INTO \"ntc_webhook_subscription\"(\"id\", \"url\", \"eventKinds\", \"partnerId\", \"description\", \"status\", \"disabledReason\", \"disabledAt\", \"consecutiveFailures\", \"lastDeliveredAt\", \"createdAt\", \"createdBy\") SELECT \"id\", \"url\", \"eventKinds\", \"partnerId\", \"description\", \"status\", \"disabledReason\", \"disabledAt\", \"consecutiveFailures\", \"lastDeliveredAt\", \"createdAt\", \"createdBy\" FROM \"temporary_ntc_webhook_subscription\"");
    await queryRunner.query("DROP TABLE \"temporary_ntc_webhook_subscription\"");
    await queryRunner.query("CREATE INDEX \"IDX_0cd02d6923a307abf223e3dc13\" ON \"ntc_webhook_subscription\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_765187ee214fde815b957fe09e\" ON \"ntc_webhook_subscription\" (\"status\") ");
    await queryRunner.query("DROP INDEX \"IDX_0cd02d6923a307abf223e3dc13\"");
    await queryRunner.query("DROP INDEX \"IDX_765187ee214fde815b957fe09e\"");
    await queryRunner.query("ALTER TABLE \"ntc_webhook_subscription\" RENAME TO \"temporary_ntc_webhook_subscription\"");
    await queryRunner.query("CREATE TABLE \"ntc_webhook_subscription\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"url\" varchar(2000) NOT NULL, \"eventKinds\" text NOT NULL, \"partnerId\" varchar(36), \"description\" varchar(500), \"signingSecret\" varchar(200) NOT NULL, \"status\" varchar(40) NOT NULL, \"disabledReason\" varchar(500), \"disabledAt\" varchar(24), \"consecutiveFailures\" integer NOT NULL DEFAULT (0), \"lastDeliveredAt\" varchar(24), \"createdAt\" varchar(24) NOT NULL, \"createdBy\" varchar(200) NOT NULL)");
    await queryRunner.query("INSERT INTO \"ntc_webhook_subscription\"(\"id\", \"url\", \"eventKinds\", \"partnerId\", \"description\", \"status\", \"disabledReason\", \"disabledAt\", \"consecutiveFailures\", \"lastDeliveredAt\", \"createdAt\", \"createdBy\") SELECT \"id\", \"url\", \"eventKinds\", \"partnerId\", \"description\", \"status\", \"disabledReason\", \"disabledAt\", \"consecutiveFailures\", \"lastDeliveredAt\", \"createdAt\", \"createdBy\" FROM \"temporary_ntc_webhook_subscription\"");
    await queryRunner.query("DROP TABLE \"temporary_ntc_webhook_subscription\"");
    await queryRunner.query("CREATE INDEX \"IDX_0cd02d6923a307abf223e3dc13\" ON \"ntc_webhook_subscription\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_765187ee214fde815b957fe09e\" ON \"ntc_webhook_subscription\" (\"status\") ");
  }
}
