import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn, DecidedAtColumn, DecidedByColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { SubmissionStatus } from '../enums';

/** CERT-3/CERT-4: test results of a software version against a vendor release, and the decision. */
@ObjectType('Submission', { description: 'CERT-3/CERT-4: test results of a software version against a vendor release, and the decision.' })
@Entity('cert_submission')
export class Submission extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Partner` this `Submission` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Program` this `Submission` refers to (look it up with `program(id:)`).' })
  @IdColumn()
  programId: string;

  @Field(() => ID, { description: 'Id of the `Software` this `Submission` refers to (resolved by `software`).' })
  @Index()
  @IdColumn()
  softwareId: string;

  @Field(() => ID, { description: 'Id of the `SoftwareVersion` this `Submission` refers to (resolved by `version`).' })
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID, { description: 'The vendor release tested against.' })
  @IdColumn()
  releaseId: string;

  @Field(() => ID, { description: 'Id of the `Product` this `Submission` refers to (look it up with `product(id:)`).' })
  @IdColumn()
  productId: string;

  @Field({ description: 'Version of the vendor product release.' })
  @Column({ type: 'varchar', length: 60 })
  productVersion: string;

  @Field({ description: 'Milestone of the release when submitted (RC or GA).' })
  @Column({ type: 'varchar', length: 20 })
  milestone: string;

  @Field(() => ID, { description: 'Id of the `ReviewSlotReservation` the submission used (CERT-2).' })
  @IdColumn()
  reservationId: string;

  @Field(() => ID, { description: 'The certification submission entitlement consumed (FEE-2).' })
  @IdColumn()
  entitlementConsumptionId: string;

  @Field({ description: 'Where the uploaded test results are.' })
  @Column({ type: 'varchar', length: 500 })
  testResultsUrl: string;

  @Field(() => SubmissionStatus, { description: 'Where the submission stands in its life cycle.' })
  @Index()
  @EnumColumn()
  status: SubmissionStatus;

  @Field({ description: 'When it was submitted (instant, UTC).' })
  @InstantColumn()
  submittedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided (instant, UTC); null until then.' })
  @DecidedAtColumn()
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Name of the reviewer who certified or denied; null while SUBMITTED (CERT-4).' })
  @DecidedByColumn()
  decidedBy: string | null;

  @Field(() => String, { nullable: true, description: 'CERT-4: the written justification of a denial.' })
  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the `Listing` this `Submission` refers to (resolved by `listing`); null when the submission has none.',
  })
  @Column({ type: 'varchar', length: 36, nullable: true })
  listingId: string | null;
}
