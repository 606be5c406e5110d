import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportInitial1767225600000 implements MigrationInterface {
  name = 'SupportInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sup_severity_policy\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36), \"tsanetGroupId\" character varying(36), \"levels\" text NOT NULL, \"coverage\" text NOT NULL, \"updatedAt\" character varying(24), \"updatedBy\" character varying(200), CONSTRAINT \"PK_09608e8095b8eb287f26f2acc98\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_bba7f1e8b65aed8c3583a8d274\" ON \"sup_severity_policy\"  (\"partnerId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_31fe6b8148505998768ef33d0f\" ON \"sup_severity_policy\"  (\"tsanetGroupId\") ");
    await queryRunner.query("CREATE TABLE \"sup_case\" (\"id\" character varying(36) NOT NULL, \"kind\" character varying(40) NOT NULL, \"direction\" character varying(40), \"issueArea\" character varying(40) NOT NULL, \"lead\" character varying(40) NOT NULL, \"vendorTeam\" character varying(40) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"softwareId\" character varying(36), \"versionId\" character varying(36), \"tsanetGroupId\" character varying(36), \"relatedCaseId\" character varying(36), \"customerName\" character varying(200) NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL, \"severity\" integer NOT NULL, \"status\" character varying(40) NOT NULL, \"openedAt\" character varying(24) NOT NULL, \"openedBy\" character varying(200) NOT NULL, \"dueAt\" character varying(24), \"acknowledgementDueAt\" character varying(24), \"firstResponseAt\" character varying(24), \"firstResponseBy\" character varying(200), \"resolvedAt\" character varying(24), \"resolution\" text, \"resolvedBy\" character varying(200), CONSTRAINT \"PK_df1055e3f7660ed7a66b5d023ed\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_8df159205a9629dd4df2cc9e65\" ON \"sup_case\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_783ed8f7fe699cb1ce7d02b393\" ON \"sup_case\"  (\"softwareId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1b768c0e591df1301eca61a548\" ON \"sup_case\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_32ae17e16d0ef014713c6cb128\" ON \"sup_case\"  (\"dueAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4a6ab2108e17cc901f4afdbb6e\" ON \"sup_case\"  (\"partnerId\", \"openedAt\") ");
    await queryRunner.query("CREATE TABLE \"sup_case_escalation\" (\"id\" character varying(36) NOT NULL, \"caseId\" character varying(36) NOT NULL, \"kind\" character varying(40) NOT NULL, \"fromSeverity\" integer, \"toSeverity\" integer, \"level\" character varying(40), \"escalatedTo\" character varying(200), \"requestedBy\" character varying(200) NOT NULL, \"recordedBy\" character varying(200) NOT NULL, \"reason\" text NOT NULL, \"at\" character varying(24) NOT NULL, \"dueAtBefore\" character varying(24), \"dueAtAfter\" character varying(24), CONSTRAINT \"PK_58703bdce31baa0fb836a2304d8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_92fb8347a4b59cb64f1005df42\" ON \"sup_case_escalation\"  (\"caseId\") ");
    await queryRunner.query("CREATE TABLE \"sup_readiness_item\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"item\" character varying(40) NOT NULL, \"personName\" character varying(200) NOT NULL, \"email\" character varying(320), \"details\" text, \"recordedBy\" character varying(200) NOT NULL, \"recordedAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_cf8d7464f2f417d8f7a923dc247\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6ee5ce8208004a67c2f3c94534\" ON \"sup_readiness_item\"  (\"partnerId\", \"item\") ");
    await queryRunner.query("CREATE TABLE \"sup_checklist_evidence\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"itemId\" character varying(8) NOT NULL, \"description\" text NOT NULL, \"documentUrl\" character varying(2000), \"submittedBy\" character varying(200) NOT NULL, \"submittedAt\" character varying(24) NOT NULL, \"status\" character varying(40) NOT NULL, \"decidedBy\" character varying(200), \"decidedAt\" character varying(24), \"decisionNote\" text, CONSTRAINT \"PK_accdb1adefdd2e1f3ded34a8c64\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_878f3de7975442f5c3e9f22d93\" ON \"sup_checklist_evidence\"  (\"partnerId\", \"itemId\") ");
    await queryRunner.query("CREATE TABLE \"sup_end_of_support\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"softwareId\" character varying(36) NOT NULL, \"versionId\" character varying(36) NOT NULL, \"version\" character varying(100) NOT NULL, \"endsOn\" character varying(10) NOT NULL, \"customerNoticeOn\" character varying(10) NOT NULL, \"setBy\" character varying(200) NOT NULL, \"setAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_27de967cf2687f1cac8074083ca\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ed87c100d7fab1fe3bdbd8b168\" ON \"sup_end_of_support\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_23773d0127da26a4d728403261\" ON \"sup_end_of_support\"  (\"endsOn\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3fbce9b4e8ff2683d03aee631b\" ON \"sup_end_of_support\"  (\"customerNoticeOn\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_61dea9cffebc5c7a877cb692a8\" ON \"sup_end_of_support\"  (\"softwareId\", \"versionId\") ");
    await queryRunner.query("CREATE TABLE \"sup_tsanet_group\" (\"id\" character varying(36) NOT NULL, \"name\" character varying(200) NOT NULL, \"hostPartnerId\" character varying(36) NOT NULL, \"primaryContact\" character varying(200) NOT NULL, \"groupType\" character varying(40) NOT NULL, \"paymentModel\" character varying(40) NOT NULL, \"signUpNotificationEmail\" character varying(320) NOT NULL, \"processForm\" text NOT NULL, \"acknowledgementSlaHours\" integer NOT NULL, \"internalAccess\" character varying(40) NOT NULL, \"communicationTemplate\" text NOT NULL, \"communicationSender\" character varying(40) NOT NULL, \"legalAddendum\" text NOT NULL, \"programStartDate\" character varying(10) NOT NULL, \"preApproved\" text NOT NULL, \"createdAt\" character varying(24) NOT NULL, \"createdBy\" character varying(200) NOT NULL, CONSTRAINT \"PK_568015773352c702778e0afdcd4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1e3ad98242c4bf9ddaba693926\" ON \"sup_tsanet_group\"  (\"hostPartnerId\") ");
    await queryRunner.query("CREATE TABLE \"sup_tsanet_member\" (\"id\" character varying(36) NOT NULL, \"groupId\" character varying(36) NOT NULL, \"partnerId\" character varying(36), \"companyName\" character varying(200) NOT NULL, \"membershipKind\" character varying(40) NOT NULL, \"storedState\" character varying(40) NOT NULL, \"signedUpAt\" character varying(24) NOT NULL, \"inboundProcess\" text, \"formCompletedAt\" character varying(24), \"preApproved\" boolean NOT NULL DEFAULT false, \"decidedAt\" character varying(24), \"decidedBy\" character varying(200), \"decisionReason\" text, \"validationSentAt\" character varying(24), \"validatedAt\" character varying(24), \"validationAcknowledgedBy\" character varying(200), \"liveAt\" character varying(24), \"duesInvoiceId\" character varying(36), \"duesPaidAt\" character varying(24), \"renewalOn\" character varying(10), \"renewalInvoiceId\" character varying(36), \"lastRenewedAt\" character varying(24), CONSTRAINT \"PK_f33ebb9c3befcefb5d6196fd3d0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b18aa6ec7bc395c6f8791428a1\" ON \"sup_tsanet_member\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1869e9e6229f2cf08c01072e4c\" ON \"sup_tsanet_member\"  (\"duesInvoiceId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_051dcc94ed2712ab4aafbcbf28\" ON \"sup_tsanet_member\"  (\"renewalInvoiceId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b3c91eca8ee56cf0b959f7137d\" ON \"sup_tsanet_member\"  (\"groupId\", \"storedState\") ");
    await queryRunner.query("CREATE TABLE \"sup_engineering_question\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"title\" character varying(200) NOT NULL, \"question\" text NOT NULL, \"internalAssessment\" text NOT NULL, \"assessedBy\" character varying(200) NOT NULL, \"logs\" text NOT NULL, \"status\" character varying(40) NOT NULL, \"askedBy\" character varying(200) NOT NULL, \"askedAt\" character varying(24) NOT NULL, \"answer\" text, \"answeredBy\" character varying(200), \"answeredAt\" character varying(24), CONSTRAINT \"PK_1367eb62f56389d42a5e7c44b94\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_2f89f8a79824ef745431daa6a3\" ON \"sup_engineering_question\"  (\"partnerId\", \"askedAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2f89f8a79824ef745431daa6a3\"");
    await queryRunner.query("DROP TABLE \"sup_engineering_question\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b3c91eca8ee56cf0b959f7137d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_051dcc94ed2712ab4aafbcbf28\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1869e9e6229f2cf08c01072e4c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b18aa6ec7bc395c6f8791428a1\"");
    await queryRunner.query("DROP TABLE \"sup_tsanet_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1e3ad98242c4bf9ddaba693926\"");
    await queryRunner.query("DROP TABLE \"sup_tsanet_group\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_61dea9cffebc5c7a877cb692a8\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3fbce9b4e8ff2683d03aee631b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_23773d0127da26a4d728403261\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ed87c100d7fab1fe3bdbd8b168\"");
    await queryRunner.query("DROP TABLE \"sup_end_of_support\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_878f3de7975442f5c3e9f22d93\"");
    await queryRunner.query("DROP TABLE \"sup_checklist_evidence\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6ee5ce8208004a67c2f3c94534\"");
    await queryRunner.query("DROP TABLE \"sup_readiness_item\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_92fb8347a4b59cb64f1005df42\"");
    await queryRunner.query("DROP TABLE \"sup_case_escalation\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4a6ab2108e17cc901f4afdbb6e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_32ae17e16d0ef014713c6cb128\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1b768c0e591df1301eca61a548\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_783ed8f7fe699cb1ce7d02b393\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8df159205a9629dd4df2cc9e65\"");
    await queryRunner.query("DROP TABLE \"sup_case\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_31fe6b8148505998768ef33d0f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bba7f1e8b65aed8c3583a8d274\"");
    await queryRunner.query("DROP TABLE \"sup_severity_policy\"");
  }
}
