import { MigrationInterface, QueryRunner } from 'typeorm';

export class MembershipInitial1767225600000 implements MigrationInterface {
  name = 'MembershipInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"mem_agreement\" (\"id\" character varying(36) NOT NULL, \"enrollmentId\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"kind\" character varying(40) NOT NULL, \"documentVersion\" character varying(100), \"termStartsAt\" character varying(24) NOT NULL, \"termEndsAt\" character varying(24) NOT NULL, \"signedAt\" character varying(24) NOT NULL, \"signedBy\" character varying(200) NOT NULL, \"clauses\" text NOT NULL, \"terminatedAt\" character varying(24), CONSTRAINT \"PK_a65cf3f14d5d8f07ffe9a02ed82\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c0cab3889e5651eefb46b97704\" ON \"mem_agreement\"  (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0dea82c88da593c1585fd106f7\" ON \"mem_agreement\"  (\"enrollmentId\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"mem_enrollment\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"programId\" character varying(36) NOT NULL, \"programVersion\" integer NOT NULL, \"recordedState\" character varying(40) NOT NULL, \"termStartsAt\" character varying(24), \"termEndsAt\" character varying(24), \"createdAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_9edc4aaa05a57866e35ca2bc581\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_773baa0fdc5ee4304c0cd6fc08\" ON \"mem_enrollment\"  (\"programId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a98a571a13d5de999bd8f86464\" ON \"mem_enrollment\"  (\"partnerId\", \"programId\") ");
    await queryRunner.query("CREATE TABLE \"mem_enrollment_state_change\" (\"id\" character varying(36) NOT NULL, \"enrollmentId\" character varying(36) NOT NULL, \"fromState\" character varying(40), \"toState\" character varying(40) NOT NULL, \"at\" character varying(24) NOT NULL, \"actor\" character varying(200) NOT NULL, \"reason\" character varying(1000) NOT NULL, CONSTRAINT \"PK_5f17a258aadf99691a52b7f857d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ed2e0bb0155f3790602a8a1eab\" ON \"mem_enrollment_state_change\"  (\"enrollmentId\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"mem_partner\" (\"id\" character varying(36) NOT NULL, \"name\" character varying(200) NOT NULL, \"website\" character varying(300), \"country\" character varying(2), \"joinedOn\" character varying(10) NOT NULL, \"createdAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_a755b2011668bb31b40ad0097f5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_90088a2817ae23c2a9077c0423\" ON \"mem_partner\"  (\"name\") ");
    await queryRunner.query("CREATE TABLE \"mem_partner_contact\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"role\" character varying(40) NOT NULL, \"name\" character varying(200) NOT NULL, \"title\" character varying(200), \"address\" character varying(500), \"phone\" character varying(50), \"email\" character varying(254) NOT NULL, \"updatedAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_b6d810256298c280e6cd56ea486\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_40719f2eb2deb330b5167ff97a\" ON \"mem_partner_contact\"  (\"partnerId\", \"role\") ");
    await queryRunner.query("CREATE TABLE \"mem_program\" (\"id\" character varying(36) NOT NULL, \"code\" character varying(60) NOT NULL, \"name\" character varying(200) NOT NULL, \"kind\" character varying(40) NOT NULL, \"umbrellaId\" character varying(36), \"agreementCutoffDate\" character varying(10) NOT NULL, \"currentVersion\" integer NOT NULL, \"createdAt\" character varying(24) NOT NULL, CONSTRAINT \"PK_303898121037e7f122d9ff10818\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e8024a49935b3331c64b3faef5\" ON \"mem_program\"  (\"code\") ");
    await queryRunner.query("CREATE TABLE \"mem_program_version\" (\"id\" character varying(36) NOT NULL, \"programId\" character varying(36) NOT NULL, \"version\" integer NOT NULL, \"requirements\" text NOT NULL, \"guideClauses\" text NOT NULL, \"notes\" character varying(1000), \"publishedAt\" character varying(24) NOT NULL, \"publishedBy\" character varying(200) NOT NULL, CONSTRAINT \"PK_b60f0c3c910c267a88efa7d919d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2bd46258073eab583e587fd743\" ON \"mem_program_version\"  (\"programId\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"mem_network_membership\" (\"id\" character varying(36) NOT NULL, \"partnerId\" character varying(36) NOT NULL, \"kind\" character varying(40) NOT NULL, \"reference\" character varying(100), \"startsAt\" character varying(24) NOT NULL, \"endsAt\" character varying(24) NOT NULL, \"endedAt\" character varying(24), \"endReason\" character varying(500), \"recordedAt\" character varying(24) NOT NULL, \"recordedBy\" character varying(200) NOT NULL, CONSTRAINT \"PK_60cbee3453857e97a2ec95cf7bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_926b0a441a9f2dba94a6012fc9\" ON \"mem_network_membership\"  (\"partnerId\", \"kind\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_926b0a441a9f2dba94a6012fc9\"");
    await queryRunner.query("DROP TABLE \"mem_network_membership\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2bd46258073eab583e587fd743\"");
    await queryRunner.query("DROP TABLE \"mem_program_version\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e8024a49935b3331c64b3faef5\"");
    await queryRunner.query("DROP TABLE \"mem_program\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_40719f2eb2deb330b5167ff97a\"");
    await queryRunner.query("DROP TABLE \"mem_partner_contact\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_90088a2817ae23c2a9077c0423\"");
    await queryRunner.query("DROP TABLE \"mem_partner\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ed2e0bb0155f3790602a8a1eab\"");
    await queryRunner.query("DROP TABLE \"mem_enrollment_state_change\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a98a571a13d5de999bd8f86464\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_773baa0fdc5ee4304c0cd6fc08\"");
    await queryRunner.query("DROP TABLE \"mem_enrollment\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0dea82c88da593c1585fd106f7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c0cab3889e5651eefb46b97704\"");
    await queryRunner.query("DROP TABLE \"mem_agreement\"");
  }
}
