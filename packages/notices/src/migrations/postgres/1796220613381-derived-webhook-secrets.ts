import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticesDerivedWebhookSecrets1796220613381 implements MigrationInterface {
  name = 'NoticesDerivedWebhookSecrets1796220613381';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ntc_webhook_subscription\" DROP COLUMN \"signingSecret\"");
    await queryRunner.query("ALTER TABLE \"ntc_webhook_subscription\" ADD \"secretVersion\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"ntc_webhook_subscription\" ADD \"secretRotatedAt\" character varying(24)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ntc_webhook_subscription\" DROP COLUMN \"secretRotatedAt\"");
    await queryRunner.query("ALTER TABLE \"ntc_webhook_subscription\" DROP COLUMN \"secretVersion\"");
    await queryRunner.query("ALTER TABLE \"ntc_webhook_subscription\" ADD \"signingSecret\" character varying(200) NOT NULL");
  }
}
