import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { SubmissionStatus } from '../enums';

/** CERT-3/CERT-4: test results of a software version against a vendor release, and the decision. */
@ObjectType('Submission', { description: 'CERT-3/CERT-4: test results of a software version against a vendor release, and the decision.' })
@Entity('cert_submission')
export class Submission extends CertificationNode {
  @Field(() => ID, { description: 'Id of the partner.' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the program.' })
  @IdColumn()
  programId: string;

  @Field(() => ID, { description: 'Id of the software.' })
  @Index()
  @IdColumn()
  softwareId: string;

  @Field(() => ID, { description: 'Id of the version.' })
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID, { description: 'The vendor release tested against.' })
  @IdColumn()
  releaseId: string;

  @Field(() => ID, { description: 'Id of the product.' })
  @IdColumn()
  productId: string;

  @Field({ description: 'Version of the vendor product release.' })
  @Column({ type: 'varchar', length: 60 })
  productVersion: string;

  @Field({ description: 'Milestone of the release when submitted (RC or GA).' })
  @Column({ type: 'varchar', length: 20 })
  milestone: string;

  @Field(() => ID, { description: 'Id of the reservation.' })
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
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The submission\'s decided by; null when there is none.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true, description: 'CERT-4: the written justification of a denial.' })
  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the listing; null when there is none.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  listingId: string | null;
}
