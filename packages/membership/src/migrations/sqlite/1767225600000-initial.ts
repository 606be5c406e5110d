import { MigrationInterface, QueryRunner } from 'typeorm';

export class MembershipInitial1767225600000 implements MigrationInterface {
  name = 'MembershipInitial1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"mem_agreement\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"enrollmentId\" varchar(36) NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"kind\" varchar(40) NOT NULL, \"documentVersion\" varchar(100), \"termStartsAt\" varchar(24) NOT NULL, \"termEndsAt\" varchar(24) NOT NULL, \"signedAt\" varchar(24) NOT NULL, \"signedBy\" varchar(200) NOT NULL, \"clauses\" text NOT NULL, \"terminatedAt\" varchar(24))");
    await queryRunner.query("CREATE INDEX \"IDX_c0cab3889e5651eefb46b97704\" ON \"mem_agreement\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0dea82c88da593c1585fd106f7\" ON \"mem_agreement\" (\"enrollmentId\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"mem_enrollment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"programId\" varchar(36) NOT NULL, \"programVersion\" integer NOT NULL, \"recordedState\" varchar(40) NOT NULL, \"termStartsAt\" varchar(24), \"termEndsAt\" varchar(24), \"createdAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_773baa0fdc5ee4304c0cd6fc08\" ON \"mem_enrollment\" (\"programId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a98a571a13d5de999bd8f86464\" ON \"mem_enrollment\" (\"partnerId\", \"programId\") ");
    await queryRunner.query("CREATE TABLE \"mem_enrollment_state_change\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"enrollmentId\" varchar(36) NOT NULL, \"fromState\" varchar(40), \"toState\" varchar(40) NOT NULL, \"at\" varchar(24) NOT NULL, \"actor\" varchar(200) NOT NULL, \"reason\" varchar(1000) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_ed2e0bb0155f3790602a8a1eab\" ON \"mem_enrollment_state_change\" (\"enrollmentId\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"mem_partner\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"website\" varchar(300), \"country\" varchar(2), \"joinedOn\" varchar(10) NOT NULL, \"createdAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_90088a2817ae23c2a9077c0423\" ON \"mem_partner\" (\"name\") ");
    await queryRunner.query("CREATE TABLE \"mem_partner_contact\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"role\" varchar(40) NOT NULL, \"name\" varchar(200) NOT NULL, \"title\" varchar(200), \"address\" varchar(500), \"phone\" varchar(50), \"email\" varchar(254) NOT NULL, \"updatedAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_40719f2eb2deb330b5167ff97a\" ON \"mem_partner_contact\" (\"partnerId\", \"role\") ");
    await queryRunner.query("CREATE TABLE \"mem_program\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(60) NOT NULL, \"name\" varchar(200) NOT NULL, \"kind\" varchar(40) NOT NULL, \"umbrellaId\" varchar(36), \"agreementCutoffDate\" varchar(10) NOT NULL, \"currentVersion\" integer NOT NULL, \"createdAt\" varchar(24) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e8024a49935b3331c64b3faef5\" ON \"mem_program\" (\"code\") ");
    await queryRunner.query("CREATE TABLE \"mem_program_version\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"programId\" varchar(36) NOT NULL, \"version\" integer NOT NULL, \"requirements\" text NOT NULL, \"guideClauses\" text NOT NULL, \"notes\" varchar(1000), \"publishedAt\" varchar(24) NOT NULL, \"publishedBy\" varchar(200) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2bd46258073eab583e587fd743\" ON \"mem_program_version\" (\"programId\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"mem_network_membership\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"kind\" varchar(40) NOT NULL, \"reference\" varchar(100), \"startsAt\" varchar(24) NOT NULL, \"endsAt\" varchar(24) NOT NULL, \"endedAt\" varchar(24), \"endReason\" varchar(500), \"recordedAt\" varchar(24) NOT NULL, \"recordedBy\" varchar(200) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_926b0a441a9f2dba94a6012fc9\" ON \"mem_network_membership\" (\"partnerId\", \"kind\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_926b0a441a9f2dba94a6012fc9\"");
    await queryRunner.query("DROP TABLE \"mem_network_membership\"");
    await queryRunner.query("DROP INDEX \"IDX_2bd46258073eab583e587fd743\"");
    await queryRunner.query("DROP TABLE \"mem_program_version\"");
    await queryRunner.query("DROP INDEX \"IDX_e8024a49935b3331c64b3faef5\"");
    await queryRunner.query("DROP TABLE \"mem_program\"");
    await queryRunner.query("DROP INDEX \"IDX_40719f2eb2deb330b5167ff97a\"");
    await queryRunner.query("DROP TABLE \"mem_partner_contact\"");
    await queryRunner.query("DROP INDEX \"IDX_90088a2817ae23c2a9077c0423\"");
    await queryRunner.query("DROP TABLE \"mem_partner\"");
    await queryRunner.query("DROP INDEX \"IDX_ed2e0bb0155f3790602a8a1eab\"");
    await queryRunner.query("DROP TABLE \"mem_enrollment_state_change\"");
    await queryRunner.query("DROP INDEX \"IDX_a98a571a13d5de999bd8f86464\"");
    await queryRunner.query("DROP INDEX \"IDX_773baa0fdc5ee4304c0cd6fc08\"");
    await queryRunner.query("DROP TABLE \"mem_enrollment\"");
    await queryRunner.query("DROP INDEX \"IDX_0dea82c88da593c1585fd106f7\"");
    await queryRunner.query("DROP INDEX \"IDX_c0cab3889e5651eefb46b97704\"");
    await queryRunner.query("DROP TABLE \"mem_agreement\"");
  }
}
