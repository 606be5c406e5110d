import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn, DecidedAtColumn, DecisionNoteColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { CertificationRequestStatus } from '../enums';

/** CERT-11: re-test waiver: run a subset of the tests for modified software. */
@ObjectType('CertificationRetestWaiver', { description: 'CERT-11: re-test waiver: run a subset of the tests for modified software.' })
@Entity('cert_retest_waiver')
export class RetestWaiver extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Partner` this `CertificationRetestWaiver` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Software` this `CertificationRetestWaiver` refers to (look it up with `software(id:)`).' })
  @IdColumn()
  softwareId: string;

  @Field(() => ID, { description: 'Id of the modified `SoftwareVersion` the subset of tests is for.' })
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the `CertificationHotFix` the waiver covers (CERT-10); null when it is not for a hot fix.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  hotFixId: string | null;

  @Field({ description: 'The nature of the change (CERT-11).' })
  @Column({ type: 'text' })
  natureOfChange: string;

  @Field({ description: 'The scope of the change: what parts of the software it touches (CERT-11).' })
  @Column({ type: 'text' })
  scope: string;

  @Field({ description: "The change's impact (CERT-11)." })
  @Column({ type: 'text' })
  impact: string;

  @Field(() => [String], { description: 'Pointers to the documentation of the change (CERT-11).' })
  @Column({ type: 'simple-json' })
  documentationUrls: string[];

  @Field(() => [String], { description: 'The list of changes in the modified software (CERT-11).' })
  @Column({ type: 'simple-json' })
  changes: string[];

  @Field(() => [String], { description: 'The subset of certification tests the partner proposes to run.' })
  @Column({ type: 'simple-json' })
  testsToRun: string[];

  @Field(() => CertificationRequestStatus, { description: 'Where the certification retest waiver stands in its life cycle.' })
  @EnumColumn()
  status: CertificationRequestStatus;

  @Field({ description: 'When it was requested (instant, UTC).' })
  @InstantColumn()
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided (instant, UTC); null until then.' })
  @DecidedAtColumn()
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What the vendor wrote with its decision; null until decided or when no note was given.' })
  @DecisionNoteColumn()
  decisionNote: string | null;
}
