import { MigrationInterface, QueryRunner } from 'typeorm';

export class GatewayInitial1767225600000 implements MigrationInterface {
  name = 'GatewayInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"gw_api_key\" (\"id\" character varying(36) NOT NULL, \"name\" character varying(200) NOT NULL, \"role\" character varying(40) NOT NULL, \"partnerId\" character varying(36), \"scopes\" text NOT NULL, \"prefix\" character varying(16) NOT NULL, \"secretHash\" character varying(64) NOT NULL, \"createdAt\" character varying(24) NOT NULL, \"createdBy\" character varying(200) NOT NULL, \"revokedAt\" character varying(24), CONSTRAINT \"PK_aa56b4bc181faf27f4ddc83754e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_5a280f63506731f9745a6fc2a7\" ON \"gw_api_key\"  (\"secretHash\") ");
    await queryRunner.query("CREATE TABLE \"gw_rate_window\" (\"keyId\" character varying(36) NOT NULL, \"windowStart\" character varying(24) NOT NULL, \"count\" integer NOT NULL, CONSTRAINT \"PK_3ff317fc15eedca07086667a52c\" PRIMARY KEY (\"keyId\", \"windowStart\"))");
    await queryRunner.query("CREATE TABLE \"gw_idempotency_key\" (\"id\" character varying(36) NOT NULL, \"keyId\" character varying(36) NOT NULL, \"idempotencyKey\" character varying(255) NOT NULL, \"fingerprint\" character varying(64) NOT NULL, \"state\" character varying(40) NOT NULL, \"responseStatus\" integer, \"responseBody\" text, \"createdAt\" character varying(24) NOT NULL, \"expiresAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_5a046502ba0137d1af8663daecc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_5096d520f2d0bd2c6639af9b09\" ON \"gw_idempotency_key\"  (\"expiresAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b67b1884e91f055e5a064bf291\" ON \"gw_idempotency_key\"  (\"keyId\", \"idempotencyKey\") ");
    await queryRunner.query("CREATE TABLE \"gw_audit_event\" (\"id\" character varying(36) NOT NULL, \"at\" character varying(24) NOT NULL, \"keyId\" character varying(36), \"actor\" character varying(200) NOT NULL, \"role\" character varying(40) NOT NULL, \"operationName\" character varying(200), \"mutation\" character varying(100) NOT NULL, \"arguments\" text NOT NULL, \"outcome\" character varying(40) NOT NULL, \"codes\" text NOT NULL, \"requestId\" character varying(64) NOT NULL, \"idempotencyKey\" character varying(255), CONSTRAINT \"PK_8decbc016b0fe36a4ad571fbada\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d91999a325a3ad1f5617c53a37\" ON \"gw_audit_event\"  (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_77dca13e8e05042dd6c3299ce7\" ON \"gw_audit_event\"  (\"mutation\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1261c9cf05dd02b5d24876d33f\" ON \"gw_audit_event\"  (\"keyId\", \"at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1261c9cf05dd02b5d24876d33f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_77dca13e8e05042dd6c3299ce7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d91999a325a3ad1f5617c53a37\"");
    await queryRunner.query("DROP TABLE \"gw_audit_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b67b1884e91f055e5a064bf291\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5096d520f2d0bd2c6639af9b09\"");
    await queryRunner.query("DROP TABLE \"gw_idempotency_key\"");
    await queryRunner.query("DROP TABLE \"gw_rate_window\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5a280f63506731f9745a6fc2a7\"");
    await queryRunner.query("DROP TABLE \"gw_api_key\"");
  }
}
