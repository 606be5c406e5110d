import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { CertificationRequestStatus } from '../enums';

/** CERT-11: re-test waiver: run a subset of the tests for modified software. */
@ObjectType('CertificationRetestWaiver', { description: 'CERT-11: re-test waiver: run a subset of the tests for modified software.' })
@Entity('cert_retest_waiver')
export class RetestWaiver extends CertificationNode {
  @Field(() => ID, { description: 'Id of the partner.' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the software.' })
  @IdColumn()
  softwareId: string;

  @Field(() => ID, { description: 'Id of the version.' })
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the hot fix; null when there is none.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  hotFixId: string | null;

  @Field({ description: 'The certification retest waiver\'s nature of change.' })
  @Column({ type: 'text' })
  natureOfChange: string;

  @Field({ description: 'The certification retest waiver\'s scope.' })
  @Column({ type: 'text' })
  scope: string;

  @Field({ description: 'The certification retest waiver\'s impact.' })
  @Column({ type: 'text' })
  impact: string;

  @Field(() => [String], { description: 'The certification retest waiver\'s documentation urls.' })
  @Column({ type: 'simple-json' })
  documentationUrls: string[];

  @Field(() => [String], { description: 'The certification retest waiver\'s changes.' })
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
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The certification retest waiver\'s decision note; null when there is none.' })
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;
}
