import { MigrationInterface, QueryRunner } from 'typeorm';

export class FeesInitial1767225600000 implements MigrationInterface {
  name = 'FeesInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"fee_entitlement_entry\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"kind\" character varying(40) NOT NULL, \"type\" character varying(40) NOT NULL, \"delta\" integer NOT NULL, \"invoiceId\" character varying(36), \"reference\" character varying(200), \"at\" character varying(24) NOT NULL, \"actor\" character varying(200) NOT NULL, CONSTRAINT \"PK_724f23593f8278ff5ed25e6fe0a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_34aa052acfb3caa8edeaa3050a\" ON \"fee_entitlement_entry\"  (\"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a57fe45e0491c063f51a48d328\" ON \"fee_entitlement_entry\"  (\"partnerId\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"fee_refund\" (\"id\" character varying(36) NOT NULL, \"paymentId\" character varying(36) NOT NULL, \"invoiceId\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"amountMinor\" bigint NOT NULL, \"currency\" character varying(3) NOT NULL, \"refundedAt\" character varying(24) NOT NULL, \"refundedBy\" character varying(200) NOT NULL, \"reason\" character varying(1000) NOT NULL, CONSTRAINT \"PK_20d1092e2b09108b35a78e9b848\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ef28e6225818989b7534ca50cc\" ON \"fee_refund\"  (\"paymentId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_222744bb827224b8e383ff0211\" ON \"fee_refund\"  (\"invoiceId\") ");
    await queryRunner.query("CREATE TABLE \"fee_waiver\" (\"id\" character varying(36) NOT NULL, \"invoiceId\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"amountMinor\" bigint NOT NULL, \"currency\" character varying(3) NOT NULL, \"waivedAt\" character varying(24) NOT NULL, \"waivedBy\" character varying(200) NOT NULL, \"reason\" character varying(1000) NOT NULL, CONSTRAINT \"PK_9d46effa4667b5f066051049da6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c367c5f92344de2d6af2fc626d\" ON \"fee_waiver\"  (\"invoiceId\") ");
    await queryRunner.query("CREATE TABLE \"fee_fee\" (\"id\" character varying(36) NOT NULL, \"programId\" character varying(36), \"kind\" character varying(40) NOT NULL, \"amountMinor\" bigint NOT NULL, \"currency\" character varying(3) NOT NULL, \"refundable\" boolean NOT NULL, \"grants\" text NOT NULL, \"termMonths\" integer, \"hostPayBands\" text, \"description\" character varying(500) NOT NULL, \"setAt\" character varying(24), \"setBy\" character varying(200), CONSTRAINT \"PK_6b480f994a95359af973860195a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_94c378027f4e9a4cf7d6a6a525\" ON \"fee_fee\"  (\"programId\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"fee_invoice\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"currency\" character varying(3) NOT NULL, \"issuedAt\" character varying(24) NOT NULL, \"dueAt\" character varying(24) NOT NULL, \"issuedBy\" character varying(200) NOT NULL, \"tsanetGroupId\" character varying(36), \"billingYear\" integer, \"programStartDate\" character varying(10), \"snapshotMemberIds\" text, \"excludedMemberIds\" text, CONSTRAINT \"PK_626d6dee0507ce86d785090556c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fb8568d95ea26d007a6fb0844d\" ON \"fee_invoice\"  (\"tsanetGroupId\", \"billingYear\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b3fa046674706ca69df5ae531c\" ON \"fee_invoice\"  (\"partnerId\") ");
    await queryRunner.query("CREATE TABLE \"fee_invoice_line\" (\"id\" character varying(36) NOT NULL, \"invoiceId\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"feeKind\" character varying(40) NOT NULL, \"feeId\" character varying(36), \"description\" character varying(500) NOT NULL, \"quantity\" integer NOT NULL, \"unitAmountMinor\" bigint NOT NULL, \"amountMinor\" bigint NOT NULL, \"currency\" character varying(3) NOT NULL, \"refundable\" boolean NOT NULL, \"grants\" text NOT NULL, \"programId\" character varying(36), \"programVersion\" character varying(50), \"reference\" character varying(200), \"termStart\" character varying(24), \"termEnd\" character varying(24), \"createdAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_561f0e04115015e7c5eb6e27d7d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_66497bfb705efabc2c137462b0\" ON \"fee_invoice_line\"  (\"partnerId\", \"feeKind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_93ed415767ac8f14ff91ee575c\" ON \"fee_invoice_line\"  (\"invoiceId\") ");
    await queryRunner.query("CREATE TABLE \"fee_payment\" (\"id\" character varying(36) NOT NULL, \"invoiceId\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"amountMinor\" bigint NOT NULL, \"currency\" character varying(3) NOT NULL, \"receivedAt\" character varying(24) NOT NULL, \"recordedAt\" character varying(24) NOT NULL, \"recordedBy\" character varying(200) NOT NULL, \"externalReference\" character varying(200), CONSTRAINT \"PK_04a477e9910932c09e80e282d36\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e4e3bcadd91f2a68269c42c9cb\" ON \"fee_payment\"  (\"invoiceId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e4e3bcadd91f2a68269c42c9cb\"");
    await queryRunner.query("DROP TABLE \"fee_payment\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_93ed415767ac8f14ff91ee575c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_66497bfb705efabc2c137462b0\"");
    await queryRunner.query("DROP TABLE \"fee_invoice_line\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b3fa046674706ca69df5ae531c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fb8568d95ea26d007a6fb0844d\"");
    await queryRunner.query("DROP TABLE \"fee_invoice\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_94c378027f4e9a4cf7d6a6a525\"");
    await queryRunner.query("DROP TABLE \"fee_fee\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c367c5f92344de2d6af2fc626d\"");
    await queryRunner.query("DROP TABLE \"fee_waiver\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_222744bb827224b8e383ff0211\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ef28e6225818989b7534ca50cc\"");
    await queryRunner.query("DROP TABLE \"fee_refund\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a57fe45e0491c063f51a48d328\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_34aa052acfb3caa8edeaa3050a\"");
    await queryRunner.query("DROP TABLE \"fee_entitlement_entry\"");
  }
}
