import { MigrationInterface, QueryRunner } from 'typeorm';

export class GatewayInitial1767225600000 implements MigrationInterface {
  name = 'GatewayInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"gw_api_key\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"role\" varchar(40) NOT NULL, \"partnerId\" varchar(36), \"scopes\" text NOT NULL, \"prefix\" varchar(16) NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"createdAt\" varchar(24) NOT NULL, \"createdBy\" varchar(200) NOT NULL, \"revokedAt\" varchar(24))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_5a280f63506731f9745a6fc2a7\" ON \"gw_api_key\" (\"secretHash\") ");
    await queryRunner.query("CREATE TABLE \"gw_rate_window\" (\"keyId\" varchar(36) NOT NULL, \"windowStart\" varchar(24) NOT NULL, \"count\" integer NOT NULL, PRIMARY KEY (\"keyId\", \"windowStart\"))");
    await queryRunner.query("CREATE TABLE \"gw_idempotency_key\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"keyId\" varchar(36) NOT NULL, \"idempotencyKey\" varchar(255) NOT NULL, \"fingerprint\" varchar(64) NOT NULL, \"state\" varchar(40) NOT NULL, \"responseStatus\" integer, \"responseBody\" text, \"createdAt\" varchar(24) NOT NULL, \"expiresAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_5096d520f2d0bd2c6639af9b09\" ON \"gw_idempotency_key\" (\"expiresAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b67b1884e91f055e5a064bf291\" ON \"gw_idempotency_key\" (\"keyId\", \"idempotencyKey\") ");
    await queryRunner.query("CREATE TABLE \"gw_audit_event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"at\" varchar(24) NOT NULL, \"keyId\" varchar(36), \"actor\" varchar(200) NOT NULL, \"role\" varchar(40) NOT NULL, \"operationName\" varchar(200), \"mutation\" varchar(100) NOT NULL, \"arguments\" text NOT NULL, \"outcome\" varchar(40) NOT NULL, \"codes\" text NOT NULL, \"requestId\" varchar(64) NOT NULL, \"idempotencyKey\" varchar(255))");
    await queryRunner.query("CREATE INDEX \"IDX_d91999a325a3ad1f5617c53a37\" ON \"gw_audit_event\" (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_77dca13e8e05042dd6c3299ce7\" ON \"gw_audit_event\" (\"mutation\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1261c9cf05dd02b5d24876d33f\" ON \"gw_audit_event\" (\"keyId\", \"at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_1261c9cf05dd02b5d24876d33f\"");
    await queryRunner.query("DROP INDEX \"IDX_77dca13e8e05042dd6c3299ce7\"");
    await queryRunner.query("DROP INDEX \"IDX_d91999a325a3ad1f5617c53a37\"");
    await queryRunner.query("DROP TABLE \"gw_audit_event\"");
    await queryRunner.query("DROP INDEX \"IDX_b67b1884e91f055e5a064bf291\"");
    await queryRunner.query("DROP INDEX \"IDX_5096d520f2d0bd2c6639af9b09\"");
    await queryRunner.query("DROP TABLE \"gw_idempotency_key\"");
    await queryRunner.query("DROP TABLE \"gw_rate_window\"");
    await queryRunner.query("DROP INDEX \"IDX_5a280f63506731f9745a6fc2a7\"");
    await queryRunner.query("DROP TABLE \"gw_api_key\"");
  }
}
