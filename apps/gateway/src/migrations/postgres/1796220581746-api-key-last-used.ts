import { MigrationInterface, QueryRunner } from 'typeorm';

export class GatewayApiKeyLastUsed1796220581746 implements MigrationInterface {
  name = 'GatewayApiKeyLastUsed1796220581746';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"gw_api_key\" ADD \"lastUsedAt\" character varying(24)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"gw_api_key\" DROP COLUMN \"lastUsedAt\"");
  }
}
