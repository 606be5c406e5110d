import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { CertificationAcceptanceLevel, ListingRemovalReason, ListingStatus } from '../enums';

/** CERT-5: a compatibility guide listing: partner software version x vendor product version. */
@ObjectType('Listing', { description: 'CERT-5: a compatibility guide listing: partner software version x vendor product version.' })
@Entity('cert_listing')
// The guide page: one product version's published listings in id order, without a scan or sort.
@Index('cert_listing_guide', ['productId', 'productVersion', 'status', 'id'])
export class Listing extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Partner` this `Listing` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Program` this `Listing` refers to (look it up with `program(id:)`).' })
  @Index()
  @IdColumn()
  programId: string;

  @Field(() => ID, { description: 'Id of the `Software` this `Listing` refers to (resolved by `software`).' })
  @Index()
  @IdColumn()
  softwareId: string;

  @Field(() => ID, { description: 'Id of the `SoftwareVersion` this `Listing` refers to (resolved by `version`).' })
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID, { nullable: true, description: 'The certified submission; null for a listing extended by equivalency.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  submissionId: string | null;

  @Field(() => ID, { nullable: true, description: 'CERT-12: the listing an approved equivalency extended to this version.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  extendedFromListingId: string | null;

  @Field(() => ID, { description: 'Id of the `Product` this `Listing` refers to (look it up with `product(id:)`).' })
  @Index()
  @IdColumn()
  productId: string;

  @Field(() => ID, { description: 'Id of the `Release` this `Listing` refers to (look it up with `release(id:)`).' })
  @IdColumn()
  releaseId: string;

  @Field({ description: 'Vendor product version the software is listed with.' })
  @Column({ type: 'varchar', length: 60 })
  productVersion: string;

  @Field(() => CertificationAcceptanceLevel, { description: "The program's acceptance level when the listing was certified (CERT-1, CERT-5)." })
  @EnumColumn()
  acceptanceLevel: CertificationAcceptanceLevel;

  @Field({ description: 'When it was certified (instant, UTC).' })
  @InstantColumn()
  certifiedAt: Date;

  @Field({ description: 'CERT-5: Vendor Signed Software (the program signs certified software).' })
  @Column({ type: 'boolean', default: false })
  vendorSigned: boolean;

  @Field(() => ID, { nullable: true, description: 'CERT-5: the signed artifact, where the program signs software.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  signedArtifactId: string | null;

  @Field(() => ListingStatus, { description: 'Where the listing stands in its life cycle.' })
  @Index()
  @EnumColumn()
  status: ListingStatus;

  @Field(() => [String], { description: 'CERT-6: what is missing before the listing can be published (TOI:<item>, SUPPORT_READINESS:<item>, SUPPORT_POLICY).' })
  @Column({ type: 'simple-json' })
  missingItems: string[];

  @Field(() => Date, { nullable: true, description: 'When the listing first went on the guide.' })
  @InstantColumn({ nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was removed (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  removedAt: Date | null;

  @Field(() => ListingRemovalReason, { nullable: true, description: 'Why the vendor removed the listing; null unless REMOVED (CERT-8).' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  removalReason: ListingRemovalReason | null;

  @Field(() => String, { nullable: true, description: 'What the vendor wrote when removing the listing; null unless REMOVED with a note (CERT-8).' })
  @Column({ type: 'text', nullable: true })
  removalNote: string | null;

  @Field(() => Date, { nullable: true, description: 'CERT-8: flagged for review (lost TAP or TSANet membership).' })
  @InstantColumn({ nullable: true })
  reviewFlaggedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the listing is flagged for review, such as a lost TSANet membership (CERT-8); null when it is not flagged.',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reviewFlagReason: string | null;

  @Field({ description: 'CERT-16: the software may use the program logo; ends when the listing is removed.' })
  @Column({ type: 'boolean', default: false })
  logoEligible: boolean;

  @Field(() => Date, { nullable: true, description: 'CERT-16: when logo eligibility ended.' })
  @InstantColumn({ nullable: true })
  logoEligibleUntil: Date | null;
}
