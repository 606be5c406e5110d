import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportInitial1767225600000 implements MigrationInterface {
  name = 'SupportInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sup_severity_policy\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36), \"tsanetGroupId\" varchar(36), \"levels\" text NOT NULL, \"coverage\" text NOT NULL, \"updatedAt\" varchar(24), \"updatedBy\" varchar(200))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_bba7f1e8b65aed8c3583a8d274\" ON \"sup_severity_policy\" (\"partnerId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_31fe6b8148505998768ef33d0f\" ON \"sup_severity_policy\" (\"tsanetGroupId\") ");
    await queryRunner.query("CREATE TABLE \"sup_case\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"kind\" varchar(40) NOT NULL, \"direction\" varchar(40), \"issueArea\" varchar(40) NOT NULL, \"lead\" varchar(40) NOT NULL, \"vendorTeam\" varchar(40) NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"softwareId\" varchar(36), \"versionId\" varchar(36), \"tsanetGroupId\" varchar(36), \"relatedCaseId\" varchar(36), \"customerName\" varchar(200) NOT NULL, \"title\" varchar(200) NOT NULL, \"description\" text NOT NULL, \"severity\" integer NOT NULL, \"status\" varchar(40) NOT NULL, \"openedAt\" varchar(24) NOT NULL, \"openedBy\" varchar(200) NOT NULL, \"dueAt\" varchar(24), \"acknowledgementDueAt\" varchar(24), \"firstResponseAt\" varchar(24), \"firstResponseBy\" varchar(200), \"resolvedAt\" varchar(24), \"resolution\" text, \"resolvedBy\" varchar(200))");
    await queryRunner.query("CREATE INDEX \"IDX_8df159205a9629dd4df2cc9e65\" ON \"sup_case\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_783ed8f7fe699cb1ce7d02b393\" ON \"sup_case\" (\"softwareId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1b768c0e591df1301eca61a548\" ON \"sup_case\" (\"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_32ae17e16d0ef014713c6cb128\" ON \"sup_case\" (\"dueAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4a6ab2108e17cc901f4afdbb6e\" ON \"sup_case\" (\"partnerId\", \"openedAt\") ");
    await queryRunner.query("CREATE TABLE \"sup_case_escalation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"caseId\" varchar(36) NOT NULL, \"kind\" varchar(40) NOT NULL, \"fromSeverity\" integer, \"toSeverity\" integer, \"level\" varchar(40), \"escalatedTo\" varchar(200), \"requestedBy\" varchar(200) NOT NULL, \"recordedBy\" varchar(200) NOT NULL, \"reason\" text NOT NULL, \"at\" varchar(24) NOT NULL, \"dueAtBefore\" varchar(24), \"dueAtAfter\" varchar(24))");
    await queryRunner.query("CREATE INDEX \"IDX_92fb8347a4b59cb64f1005df42\" ON \"sup_case_escalation\" (\"caseId\") ");
    await queryRunner.query("CREATE TABLE \"sup_readiness_item\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"item\" varchar(40) NOT NULL, \"personName\" varchar(200) NOT NULL, \"email\" varchar(320), \"details\" text, \"recordedBy\" varchar(200) NOT NULL, \"recordedAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6ee5ce8208004a67c2f3c94534\" ON \"sup_readiness_item\" (\"partnerId\", \"item\") ");
    await queryRunner.query("CREATE TABLE \"sup_checklist_evidence\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"itemId\" varchar(8) NOT NULL, \"description\" text NOT NULL, \"documentUrl\" varchar(2000), \"submittedBy\" varchar(200) NOT NULL, \"submittedAt\" varchar(24) NOT NULL, \"status\" varchar(40) NOT NULL, \"decidedBy\" varchar(200), \"decidedAt\" varchar(24), \"decisionNote\" text)");
    await queryRunner.query("CREATE INDEX \"IDX_878f3de7975442f5c3e9f22d93\" ON \"sup_checklist_evidence\" (\"partnerId\", \"itemId\") ");
    await queryRunner.query("CREATE TABLE \"sup_end_of_support\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"softwareId\" varchar(36) NOT NULL, \"versionId\" varchar(36) NOT NULL, \"version\" varchar(100) NOT NULL, \"endsOn\" varchar(10) NOT NULL, \"customerNoticeOn\" varchar(10) NOT NULL, \"setBy\" varchar(200) NOT NULL, \"setAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_ed87c100d7fab1fe3bdbd8b168\" ON \"sup_end_of_support\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_23773d0127da26a4d728403261\" ON \"sup_end_of_support\" (\"endsOn\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3fbce9b4e8ff2683d03aee631b\" ON \"sup_end_of_support\" (\"customerNoticeOn\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_61dea9cffebc5c7a877cb692a8\" ON \"sup_end_of_support\" (\"softwareId\", \"versionId\") ");
    await queryRunner.query("CREATE TABLE \"sup_tsanet_group\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"hostPartnerId\" varchar(36) NOT NULL, \"primaryContact\" varchar(200) NOT NULL, \"groupType\" varchar(40) NOT NULL, \"paymentModel\" varchar(40) NOT NULL, \"signUpNotificationEmail\" varchar(320) NOT NULL, \"processForm\" text NOT NULL, \"acknowledgementSlaHours\" integer NOT NULL, \"internalAccess\" varchar(40) NOT NULL, \"communicationTemplate\" text NOT NULL, \"communicationSender\" varchar(40) NOT NULL, \"legalAddendum\" text NOT NULL, \"programStartDate\" varchar(10) NOT NULL, \"preApproved\" text NOT NULL, \"createdAt\" varchar(24) NOT NULL, \"createdBy\" varchar(200) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_1e3ad98242c4bf9ddaba693926\" ON \"sup_tsanet_group\" (\"hostPartnerId\") ");
    await queryRunner.query("CREATE TABLE \"sup_tsanet_member\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"groupId\" varchar(36) NOT NULL, \"partnerId\" varchar(36), \"companyName\" varchar(200) NOT NULL, \"membershipKind\" varchar(40) NOT NULL, \"storedState\" varchar(40) NOT NULL, \"signedUpAt\" varchar(24) NOT NULL, \"inboundProcess\" text, \"formCompletedAt\" varchar(24), \"preApproved\" boolean NOT NULL DEFAULT (0), \"decidedAt\" varchar(24), \"decidedBy\" varchar(200), \"decisionReason\" text, \"validationSentAt\" varchar(24), \"validatedAt\" varchar(24), \"validationAcknowledgedBy\" varchar(200), \"liveAt\" varchar(24), \"duesInvoiceId\" varchar(36), \"duesPaidAt\" varchar(24), \"renewalOn\" varchar(10), \"renewalInvoiceId\" varchar(36), \"lastRenewedAt\" varchar(24))");
    await queryRunner.query("CREATE INDEX \"IDX_b18aa6ec7bc395c6f8791428a1\" ON \"sup_tsanet_member\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1869e9e6229f2cf08c01072e4c\" ON \"sup_tsanet_member\" (\"duesInvoiceId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_051dcc94ed2712ab4aafbcbf28\" ON \"sup_tsanet_member\" (\"renewalInvoiceId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b3c91eca8ee56cf0b959f7137d\" ON \"sup_tsanet_member\" (\"groupId\", \"storedState\") ");
    await queryRunner.query("CREATE TABLE \"sup_engineering_question\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"title\" varchar(200) NOT NULL, \"question\" text NOT NULL, \"internalAssessment\" text NOT NULL, \"assessedBy\" varchar(200) NOT NULL, \"logs\" text NOT NULL, \"status\" varchar(40) NOT NULL, \"askedBy\" varchar(200) NOT NULL, \"askedAt\" varchar(24) NOT NULL, \"answer\" text, \"answeredBy\" varchar(200), \"answeredAt\" varchar(24))");
    await queryRunner.query("CREATE INDEX \"IDX_2f89f8a79824ef745431daa6a3\" ON \"sup_engineering_question\" (\"partnerId\", \"askedAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_2f89f8a79824ef745431daa6a3\"");
    await queryRunner.query("DROP TABLE \"sup_engineering_question\"");
    await queryRunner.query("DROP INDEX \"IDX_b3c91eca8ee56cf0b959f7137d\"");
    await queryRunner.query("DROP INDEX \"IDX_051dcc94ed2712ab4aafbcbf28\"");
    await queryRunner.query("DROP INDEX \"IDX_1869e9e6229f2cf08c01072e4c\"");
    await queryRunner.query("DROP INDEX \"IDX_b18aa6ec7bc395c6f8791428a1\"");
    await queryRunner.query("DROP TABLE \"sup_tsanet_member\"");
    await queryRunner.query("DROP INDEX \"IDX_1e3ad98242c4bf9ddaba693926\"");
    await queryRunner.query("DROP TABLE \"sup_tsanet_group\"");
    await queryRunner.query("DROP INDEX \"IDX_61dea9cffebc5c7a877cb692a8\"");
    await queryRunner.query("DROP INDEX \"IDX_3fbce9b4e8ff2683d03aee631b\"");
    await queryRunner.query("DROP INDEX \"IDX_23773d0127da26a4d728403261\"");
    await queryRunner.query("DROP INDEX \"IDX_ed87c100d7fab1fe3bdbd8b168\"");
    await queryRunner.query("DROP TABLE \"sup_end_of_support\"");
    await queryRunner.query("DROP INDEX \"IDX_878f3de7975442f5c3e9f22d93\"");
    await queryRunner.query("DROP TABLE \"sup_checklist_evidence\"");
    await queryRunner.query("DROP INDEX \"IDX_6ee5ce8208004a67c2f3c94534\"");
    await queryRunner.query("DROP TABLE \"sup_readiness_item\"");
    await queryRunner.query("DROP INDEX \"IDX_92fb8347a4b59cb64f1005df42\"");
    await queryRunner.query("DROP TABLE \"sup_case_escalation\"");
    await queryRunner.query("DROP INDEX \"IDX_4a6ab2108e17cc901f4afdbb6e\"");
    await queryRunner.query("DROP INDEX \"IDX_32ae17e16d0ef014713c6cb128\"");
    await queryRunner.query("DROP INDEX \"IDX_1b768c0e591df1301eca61a548\"");
    await queryRunner.query("DROP INDEX \"IDX_783ed8f7fe699cb1ce7d02b393\"");
    await queryRunner.query("DROP INDEX \"IDX_8df159205a9629dd4df2cc9e65\"");
    await queryRunner.query("DROP TABLE \"sup_case\"");
    await queryRunner.query("DROP INDEX \"IDX_31fe6b8148505998768ef33d0f\"");
    await queryRunner.query("DROP INDEX \"IDX_bba7f1e8b65aed8c3583a8d274\"");
    await queryRunner.query("DROP TABLE \"sup_severity_policy\"");
  }
}
