import { MigrationInterface, QueryRunner } from 'typeorm';

export class FeesInitial1767225600000 implements MigrationInterface {
  name = 'FeesInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"fee_entitlement_entry\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"kind\" varchar(40) NOT NULL, \"type\" varchar(40) NOT NULL, \"delta\" integer NOT NULL, \"invoiceId\" varchar(36), \"reference\" varchar(200), \"at\" varchar(24) NOT NULL, \"actor\" varchar(200) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_34aa052acfb3caa8edeaa3050a\" ON \"fee_entitlement_entry\" (\"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a57fe45e0491c063f51a48d328\" ON \"fee_entitlement_entry\" (\"partnerId\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"fee_refund\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"paymentId\" varchar(36) NOT NULL, \"invoiceId\" varchar(36) NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"amountMinor\" bigint NOT NULL, \"currency\" varchar(3) NOT NULL, \"refundedAt\" varchar(24) NOT NULL, \"refundedBy\" varchar(200) NOT NULL, \"reason\" varchar(1000) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_ef28e6225818989b7534ca50cc\" ON \"fee_refund\" (\"paymentId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_222744bb827224b8e383ff0211\" ON \"fee_refund\" (\"invoiceId\") ");
    await queryRunner.query("CREATE TABLE \"fee_waiver\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"invoiceId\" varchar(36) NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"amountMinor\" bigint NOT NULL, \"currency\" varchar(3) NOT NULL, \"waivedAt\" varchar(24) NOT NULL, \"waivedBy\" varchar(200) NOT NULL, \"reason\" varchar(1000) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_c367c5f92344de2d6af2fc626d\" ON \"fee_waiver\" (\"invoiceId\") ");
    await queryRunner.query("CREATE TABLE \"fee_fee\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"programId\" varchar(36), \"kind\" varchar(40) NOT NULL, \"amountMinor\" bigint NOT NULL, \"currency\" varchar(3) NOT NULL, \"refundable\" boolean NOT NULL, \"grants\" text NOT NULL, \"termMonths\" integer, \"hostPayBands\" text, \"description\" varchar(500) NOT NULL, \"setAt\" varchar(24), \"setBy\" varchar(200))");
    await queryRunner.query("CREATE INDEX \"IDX_94c378027f4e9a4cf7d6a6a525\" ON \"fee_fee\" (\"programId\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"fee_invoice\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"currency\" varchar(3) NOT NULL, \"issuedAt\" varchar(24) NOT NULL, \"dueAt\" varchar(24) NOT NULL, \"issuedBy\" varchar(200) NOT NULL, \"tsanetGroupId\" varchar(36), \"billingYear\" integer, \"programStartDate\" varchar(10), \"snapshotMemberIds\" text, \"excludedMemberIds\" text)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fb8568d95ea26d007a6fb0844d\" ON \"fee_invoice\" (\"tsanetGroupId\", \"billingYear\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b3fa046674706ca69df5ae531c\" ON \"fee_invoice\" (\"partnerId\") ");
    await queryRunner.query("CREATE TABLE \"fee_invoice_line\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"invoiceId\" varchar(36) NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"feeKind\" varchar(40) NOT NULL, \"feeId\" varchar(36), \"description\" varchar(500) NOT NULL, \"quantity\" integer NOT NULL, \"unitAmountMinor\" bigint NOT NULL, \"amountMinor\" bigint NOT NULL, \"currency\" varchar(3) NOT NULL, \"refundable\" boolean NOT NULL, \"grants\" text NOT NULL, \"programId\" varchar(36), \"programVersion\" varchar(50), \"reference\" varchar(200), \"termStart\" varchar(24), \"termEnd\" varchar(24), \"createdAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_66497bfb705efabc2c137462b0\" ON \"fee_invoice_line\" (\"partnerId\", \"feeKind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_93ed415767ac8f14ff91ee575c\" ON \"fee_invoice_line\" (\"invoiceId\") ");
    await queryRunner.query("CREATE TABLE \"fee_payment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"invoiceId\" varchar(36) NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"amountMinor\" bigint NOT NULL, \"currency\" varchar(3) NOT NULL, \"receivedAt\" varchar(24) NOT NULL, \"recordedAt\" varchar(24) NOT NULL, \"recordedBy\" varchar(200) NOT NULL, \"externalReference\" varchar(200))");
    await queryRunner.query("CREATE INDEX \"IDX_e4e3bcadd91f2a68269c42c9cb\" ON \"fee_payment\" (\"invoiceId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_e4e3bcadd91f2a68269c42c9cb\"");
    await queryRunner.query("DROP TABLE \"fee_payment\"");
    await queryRunner.query("DROP INDEX \"IDX_93ed415767ac8f14ff91ee575c\"");
    await queryRunner.query("DROP INDEX \"IDX_66497bfb705efabc2c137462b0\"");
    await queryRunner.query("DROP TABLE \"fee_invoice_line\"");
    await queryRunner.query("DROP INDEX \"IDX_b3fa046674706ca69df5ae531c\"");
    await queryRunner.query("DROP INDEX \"IDX_fb8568d95ea26d007a6fb0844d\"");
    await queryRunner.query("DROP TABLE \"fee_invoice\"");
    await queryRunner.query("DROP INDEX \"IDX_94c378027f4e9a4cf7d6a6a525\"");
    await queryRunner.query("DROP TABLE \"fee_fee\"");
    await queryRunner.query("DROP INDEX \"IDX_c367c5f92344de2d6af2fc626d\"");
    await queryRunner.query("DROP TABLE \"fee_waiver\"");
    await queryRunner.query("DROP INDEX \"IDX_222744bb827224b8e383ff0211\"");
    await queryRunner.query("DROP INDEX \"IDX_ef28e6225818989b7534ca50cc\"");
    await queryRunner.query("DROP TABLE \"fee_refund\"");
    await queryRunner.query("DROP INDEX \"IDX_a57fe45e0491c063f51a48d328\"");
    await queryRunner.query("DROP INDEX \"IDX_34aa052acfb3caa8edeaa3050a\"");
    await queryRunner.query("DROP TABLE \"fee_entitlement_entry\"");
  }
}
