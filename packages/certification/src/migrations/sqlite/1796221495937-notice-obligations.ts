import { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificationNoticeObligations1796221495937 implements MigrationInterface {
  name = 'CertificationNoticeObligations1796221495937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"cert_listing_guide\"");
    await queryRunner.query("DROP INDEX \"IDX_dc870f917b05cc030fffcf775f\"");
    await queryRunner.query("DROP INDEX \"IDX_cc1b2a9ff11505be9dfd1c17dd\"");
    await queryRunner.query("DROP INDEX \"IDX_b66c05a36352f51d7a38718f79\"");
    await queryRunner.query("DROP INDEX \"IDX_22f242e12e092c0035e14221e4\"");
    await queryRunner.query("DROP INDEX \"IDX_d5bc5b6c2aee6de3ea3bd29696\"");
    await queryRunner.query("DROP INDEX \"IDX_3cb1bce9d8ffd75f06ce925736\"");
    await queryRunner.query("CREATE TABLE \"temporary_cert_listing\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"programId\" varchar(36) NOT NULL, \"softwareId\" varchar(36) NOT NULL, \"versionId\" varchar(36) NOT NULL, \"submissionId\" varchar(36), \"extendedFromListingId\" varchar(36), \"productId\" varchar(36) NOT NULL, \"releaseId\" varchar(36) NOT NULL, \"productVersion\" varchar(60) NOT NULL, \"acceptanceLevel\" varchar(40) NOT NULL, \"certifiedAt\" varchar(24) NOT NULL, \"vendorSigned\" boolean NOT NULL DEFAULT (0), \"signedArtifactId\" varchar(36), \"status\" varchar(40) NOT NULL, \"missingItems\" text NOT NULL, \"publishedAt\" varchar(24), \"removedAt\" varchar(24), \"removalReason\" varchar(40), \"removalNote\" text, \"reviewFlaggedAt\" varchar(24), \"reviewFlagReason\" varchar(500), \"logoEligible\" boolean NOT NULL DEFAULT (0), \"logoEligibleUntil\" varchar(24))");
    await queryRunner.query("INSERT INTO \"temporary_cert_listing\"(\"id\", \"partnerId\", \"programId\", \"softwareId\", \"versionId\", \"submissionId\", \"extendedFromListingId\", \"productId\", \"releaseId\", \"productVersion\", \"acceptanceLevel\", \"certifiedAt\", \"vendorSigned\", \"signedArtifactId\", \"status\", \"missingItems\", \"publishedAt\", \"removedAt\", \"removalReason\", \"removalNote\", \"reviewFlaggedAt\", \"reviewFlagReason\", \"logoEligible\", \"logoEligibleUntil\") SELECT \"id\", \"partnerId\", \"programId\", \"softwareId\", \"versionId\", \"submissionId\", \"extendedFromListingId\", \"productId\", \"releaseId\", \"productVersion\", \"acceptanceLevel\", \"certifiedAt\", \"vendorSigned\", \"signedArtifactId\", \"status\", \"missingItems\", \"publishedAt\", \"removedAt\", \"removalReason\", \"removalNote\", \"reviewFlaggedAt\", \"reviewFlagReason\", \"logoEligible\", \"logoEligibleUntil\" FROM \"cert_listing\"");
    await queryRunner.query("DROP TABLE \"cert_listing\"");
    await queryRunner.query("ALTER TABLE \"temporary_cert_listing\" RENAME TO \"cert_listing\"");
    await queryRunner.query("CREATE INDEX \"cert_listing_guide\" ON \"cert_listing\" (\"productId\", \"productVersion\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dc870f917b05cc030fffcf775f\" ON \"cert_listing\" (\"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cc1b2a9ff11505be9dfd1c17dd\" ON \"cert_listing\" (\"productId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b66c05a36352f51d7a38718f79\" ON \"cert_listing\" (\"versionId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_22f242e12e092c0035e14221e4\" ON \"cert_listing\" (\"softwareId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d5bc5b6c2aee6de3ea3bd29696\" ON \"cert_listing\" (\"programId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3cb1bce9d8ffd75f06ce925736\" ON \"cert_listing\" (\"partnerId\") ");
    await queryRunner.query("DROP INDEX \"IDX_f313752a197a4e89ab2fb5c605\"");
    await queryRunner.query("DROP INDEX \"IDX_d85ecfc97a2b6f9511b57ae3c7\"");
    await queryRunner.query("CREATE TABLE \"temporary_cert_hot_fix\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"softwareId\" varchar(36) NOT NULL, \"versionId\" varchar(36) NOT NULL, \"baseVersionId\" varchar(36) NOT NULL, \"bugDescription\" text NOT NULL, \"symptoms\" text NOT NULL, \"estimatedUpdateOn\" varchar(10) NOT NULL, \"status\" varchar(40) NOT NULL, \"filedAt\" varchar(24) NOT NULL, \"settledAt\" varchar(24))");
    await queryRunner.query("INSERT INTO \"temporary_cert_hot_fix\"(\"id\", \"partnerId\", \"softwareId\", \"versionId\", \"baseVersionId\", \"bugDescription\", \"symptoms\", \"estimatedUpdateOn\", \"status\", \"filedAt\") SELECT \"id\", \"partnerId\", \"softwareId\", \"versionId\", \"baseVersionId\", \"bugDescription\", \"symptoms\", \"estimatedUpdateOn\", \"status\", \"filedAt\" FROM \"cert_hot_fix\"");
    await queryRunner.query("DROP TABLE \"cert_hot_fix\"");
    await queryRunner.query("ALTER TABLE \"temporary_cert_hot_fix\" RENAME TO \"cert_hot_fix\"");
    await queryRunner.query("CREATE INDEX \"IDX_f313752a197a4e89ab2fb5c605\" ON \"cert_hot_fix\" (\"versionId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d85ecfc97a2b6f9511b57ae3c7\" ON \"cert_hot_fix\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f055f1f225586e8722bbfeeb9c\" ON \"cert_hot_fix\" (\"estimatedUpdateOn\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f65918c2da3e20b416630e3c5e\" ON \"cert_hot_fix\" (\"filedAt\") ");
    // CERT-9: re-certification follows from the releases at the instant asked; the table that marked listings once goes.
    await queryRunner.query("DROP INDEX \"IDX_d8dde5957e72d98c73a7cbe920\"");
    await queryRunner.query("DROP TABLE \"cert_platform_release\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"cert_platform_release\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"releaseId\" varchar(36) NOT NULL, \"productId\" varchar(36) NOT NULL, \"version\" varchar(60) NOT NULL, \"appliedAt\" varchar(24) NOT NULL, \"listingsMarked\" integer NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d8dde5957e72d98c73a7cbe920\" ON \"cert_platform_release\" (\"releaseId\") ");
    await queryRunner.query("DROP INDEX \"IDX_f65918c2da3e20b416630e3c5e\"");
    await queryRunner.query("DROP INDEX \"IDX_f055f1f225586e8722bbfeeb9c\"");
    await queryRunner.query("DROP INDEX \"IDX_d85ecfc97a2b6f9511b57ae3c7\"");
    await queryRunner.query("DROP INDEX \"IDX_f313752a197a4e89ab2fb5c605\"");
    await queryRunner.query("ALTER TABLE \"cert_hot_fix\" RENAME TO \"temporary_cert_hot_fix\"");
    await queryRunner.query("CREATE TABLE \"cert_hot_fix\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"softwareId\" varchar(36) NOT NULL, \"versionId\" varchar(36) NOT NULL, \"baseVersionId\" varchar(36) NOT NULL, \"bugDescription\" text NOT NULL, \"symptoms\" text NOT NULL, \"estimatedUpdateOn\" varchar(10) NOT NULL, \"status\" varchar(40) NOT NULL, \"filedAt\" varchar(24) NOT NULL)");
    await queryRunner.query("INSERT INTO \"cert_hot_fix\"(\"id\", \"partnerId\", \"softwareId\", \"versionId\", \"baseVersionId\", \"bugDescription\", \"symptoms\", \"estimatedUpdateOn\", \"status\", \"filedAt\") SELECT \"id\", \"partnerId\", \"softwareId\", \"versionId\", \"baseVersionId\", \"bugDescription\", \"symptoms\", \"estimatedUpdateOn\", \"status\", \"filedAt\" FROM \"temporary_cert_hot_fix\"");
    await queryRunner.query("DROP TABLE \"temporary_cert_hot_fix\"");
    await queryRunner.query("CREATE INDEX \"IDX_d85ecfc97a2b6f9511b57ae3c7\" ON \"cert_hot_fix\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f313752a197a4e89ab2fb5c605\" ON \"cert_hot_fix\" (\"versionId\") ");
    await queryRunner.query("DROP INDEX \"IDX_3cb1bce9d8ffd75f06ce925736\"");
    await queryRunner.query("DROP INDEX \"IDX_d5bc5b6c2aee6de3ea3bd29696\"");
    await queryRunner.query("DROP INDEX \"IDX_22f242e12e092c0035e14221e4\"");
    await queryRunner.query("DROP INDEX \"IDX_b66c05a36352f51d7a38718f79\"");
    await queryRunner.query("DROP INDEX \"IDX_cc1b2a9ff11505be9dfd1c17dd\"");
    await queryRunner.query("DROP INDEX \"IDX_dc870f917b05cc030fffcf775f\"");
    await queryRunner.query("DROP INDEX \"cert_listing_guide\"");
    await queryRunner.query("ALTER TABLE \"cert_listing\" RENAME TO \"temporary_cert_listing\"");
    await queryRunner.query("CREATE TABLE \"cert_listing\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"partnerId\" varchar(36) NOT NULL, \"programId\" varchar(36) NOT NULL, \"softwareId\" varchar(36) NOT NULL, \"versionId\" varchar(36) NOT NULL, \"submissionId\" varchar(36), \"extendedFromListingId\" varchar(36), \"productId\" varchar(36) NOT NULL, \"releaseId\" varchar(36) NOT NULL, \"productVersion\" varchar(60) NOT NULL, \"acceptanceLevel\" varchar(40) NOT NULL, \"certifiedAt\" varchar(24) NOT NULL, \"vendorSigned\" boolean NOT NULL DEFAULT (0), \"signedArtifactId\" varchar(36), \"status\" varchar(40) NOT NULL, \"missingItems\" text NOT NULL, \"publishedAt\" varchar(24), \"removedAt\" varchar(24), \"removalReason\" varchar(40), \"removalNote\" text, \"reviewFlaggedAt\" varchar(24), \"reviewFlagReason\" varchar(500), \"fullRecertificationReleaseId\" varchar(36), \"fullRecertificationRequiredAt\" varchar(24), \"logoEligible\" boolean NOT NULL DEFAULT (0), \"logoEligibleUntil\" varchar(24))");
    await queryRunner.query("INSERT INTO \"cert_listing\"(\"id\", \"partnerId\", \"programId\", \"softwareId\", \"versionId\", \"submissionId\", \"extendedFromListingId\", \"productId\", \"releaseId\", \"productVersion\", \"acceptanceLevel\", \"certifiedAt\", \"vendorSigned\", \"signedArtifactId\", \"status\", \"missingItems\", \"publishedAt\", \"removedAt\", \"removalReason\", \"removalNote\", \"reviewFlaggedAt\", \"reviewFlagReason\", \"logoEligible\", \"logoEligibleUntil\") SELECT \"id\", \"partnerId\", \"programId\", \"softwareId\", \"versionId\", \"submissionId\", \"extendedFromListingId\", \"productId\", \"releaseId\", \"productVersion\", \"acceptanceLevel\", \"certifiedAt\", \"vendorSigned\", \"signedArtifactId\", \"status\", \"missingItems\", \"publishedAt\", \"removedAt\", \"removalReason\", \"removalNote\", \"reviewFlaggedAt\", \"reviewFlagReason\", \"logoEligible\", \"logoEligibleUntil\" FROM \"temporary_cert_listing\"");
    await queryRunner.query("DROP TABLE \"temporary_cert_listing\"");
    await queryRunner.query("CREATE INDEX \"IDX_3cb1bce9d8ffd75f06ce925736\" ON \"cert_listing\" (\"partnerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d5bc5b6c2aee6de3ea3bd29696\" ON \"cert_listing\" (\"programId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_22f242e12e092c0035e14221e4\" ON \"cert_listing\" (\"softwareId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b66c05a36352f51d7a38718f79\" ON \"cert_listing\" (\"versionId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cc1b2a9ff11505be9dfd1c17dd\" ON \"cert_listing\" (\"productId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dc870f917b05cc030fffcf775f\" ON \"cert_listing\" (\"status\") ");
    await queryRunner.query("CREATE INDEX \"cert_listing_guide\" ON \"cert_listing\" (\"productId\", \"productVersion\", \"status\", \"id\") ");
  }
}
