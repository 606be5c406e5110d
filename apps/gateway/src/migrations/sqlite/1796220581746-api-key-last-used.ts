import { MigrationInterface, QueryRunner } from 'typeorm';

export class GatewayApiKeyLastUsed1796220581746 implements MigrationInterface {
  name = 'GatewayApiKeyLastUsed1796220581746';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_5a280f63506731f9745a6fc2a7\"");
    await queryRunner.query("CREATE TABLE \"temporary_gw_api_key\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"role\" varchar(40) NOT NULL, \"partnerId\" varchar(36), \"scopes\" text NOT NULL, \"prefix\" varchar(16) NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"createdAt\" varchar(24) NOT NULL, \"createdBy\" varchar(200) NOT NULL, \"revokedAt\" varchar(24), \"lastUsedAt\" varchar(24))");
    await queryRunner.query("INSERT INTO \"temporary_gw_api_key\"(\"id\", \"name\", \"role\", \"partnerId\", \"scopes\", \"prefix\", \"secretHash\", \"createdAt\", \"createdBy\", \"revokedAt\") SELECT \"id\", \"name\", \"role\", \"partnerId\", \"scopes\", \"prefix\", \"secretHash\", \"createdAt\", \"createdBy\", \"revokedAt\" FROM \"gw_api_key\"");
    await queryRunner.query("DROP TABLE \"gw_api_key\"");
    await queryRunner.query("ALTER TABLE \"temporary_gw_api_key\" RENAME TO \"gw_api_key\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_5a280f63506731f9745a6fc2a7\" ON \"gw_api_key\" (\"secretHash\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_5a280f63506731f9745a6fc2a7\"");
    await queryRunner.query("ALTER TABLE \"gw_api_key\" RENAME TO \"temporary_gw_api_key\"");
    await queryRunner.query("CREATE TABLE \"gw_api_key\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"role\" varchar(40) NOT NULL, \"partnerId\" varchar(36), \"scopes\" text NOT NULL, \"prefix\" varchar(16) NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"createdAt\" varchar(24) NOT NULL, \"createdBy\" varchar(200) NOT NULL, \"revokedAt\" varchar(24))");
    await queryRunner.query("INSERT INTO \"gw_api_key\"(\"id\", \"name\", \"role\", \"partnerId\", \"scopes\", \"prefix\", \"secretHash\", \"createdAt\", \"createdBy\", \"revokedAt\") SELECT \"id\", \"name\", \"role\", \"partnerId\", \"scopes\", \"prefix\", \"secretHash\", \"createdAt\", \"createdBy\", \"revokedAt\" FROM \"temporary_gw_api_key\"");
    await queryRunner.query("DROP TABLE \"temporary_gw_api_key\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_5a280f63506731f9745a6fc2a7\" ON \"gw_api_key\" (\"secretHash\") ");
  }
}
