import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { SubmissionStatus } from '../enums';

/** CERT-3/CERT-4: test results of a software version against a vendor release, and the decision. */
@ObjectType('Submission')
@Entity('cert_submission')
export class Submission extends CertificationNode {
  @Field(() => ID)
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID)
  @IdColumn()
  programId: string;

  @Field(() => ID)
  @Index()
  @IdColumn()
  softwareId: string;

  @Field(() => ID)
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID, { description: 'The vendor release tested against.' })
  @IdColumn()
  releaseId: string;

  @Field(() => ID)
  @IdColumn()
  productId: string;

  @Field({ description: 'Version of the vendor product release.' })
  @Column({ type: 'varchar', length: 60 })
  productVersion: string;

  @Field({ description: 'Milestone of the release when submitted (RC or GA).' })
  @Column({ type: 'varchar', length: 20 })
  milestone: string;

  @Field(() => ID)
  @IdColumn()
  reservationId: string;

  @Field(() => ID, { description: 'The certification submission entitlement consumed (FEE-2).' })
  @IdColumn()
  entitlementConsumptionId: string;

  @Field({ description: 'Where the uploaded test results are.' })
  @Column({ type: 'varchar', length: 500 })
  testResultsUrl: string;

  @Field(() => SubmissionStatus)
  @Index()
  @EnumColumn()
  status: SubmissionStatus;

  @Field()
  @InstantColumn()
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true, description: 'CERT-4: the written justification of a denial.' })
  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  listingId: string | null;
}
