import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { CertificationRequestStatus } from '../enums';

/** CERT-11: re-test waiver: run a subset of the tests for modified software. */
@ObjectType('CertificationRetestWaiver')
@Entity('cert_retest_waiver')
export class RetestWaiver extends CertificationNode {
  @Field(() => ID)
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID)
  @IdColumn()
  softwareId: string;

  @Field(() => ID)
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  hotFixId: string | null;

  @Field()
  @Column({ type: 'text' })
  natureOfChange: string;

  @Field()
  @Column({ type: 'text' })
  scope: string;

  @Field()
  @Column({ type: 'text' })
  impact: string;

  @Field(() => [String])
  @Column({ type: 'simple-json' })
  documentationUrls: string[];

  @Field(() => [String])
  @Column({ type: 'simple-json' })
  changes: string[];

  @Field(() => [String], { description: 'The subset of certification tests the partner proposes to run.' })
  @Column({ type: 'simple-json' })
  testsToRun: string[];

  @Field(() => CertificationRequestStatus)
  @EnumColumn()
  status: CertificationRequestStatus;

  @Field()
  @InstantColumn()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;
}
