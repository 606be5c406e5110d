import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { CalendarDateScalar, DateOnlyColumn, EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { HotFixStatus } from '../enums';

/** CERT-10: a hot fix notification. */
@ObjectType('CertificationHotFix', { description: 'A hot fix notification (CERT-10).' })
@Entity('cert_hot_fix')
export class HotFix extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Partner` this `CertificationHotFix` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Software` this `CertificationHotFix` refers to (look it up with `software(id:)`).' })
  @IdColumn()
  softwareId: string;

  @Field(() => ID, { description: 'The hot fix version (release kind HOT_FIX).' })
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID, { description: 'The certified version the hot fix modifies.' })
  @IdColumn()
  baseVersionId: string;

  @Field({ description: 'The critical customer issue the hot fix fixes (CERT-10).' })
  @Column({ type: 'text' })
  bugDescription: string;

  @Field({ description: 'What customers see when the issue occurs (CERT-10).' })
  @Column({ type: 'text' })
  symptoms: string;

  @Field(() => CalendarDateScalar, { description: 'Estimated date the fix rolls into an update, YYYY-MM-DD.' })
  @Index()
  @DateOnlyColumn()
  estimatedUpdateOn: string;

  @Field(() => HotFixStatus, { description: 'Where the certification hot fix stands in its life cycle.' })
  @EnumColumn()
  status: HotFixStatus;

  @Field({ description: 'When it was filed (instant, UTC).' })
  // The update-due notice rule finds hot fixes filed since its last run by this instant (NOT-1).
  @Index()
  @InstantColumn()
  filedAt: Date;

  @Field(() => Date, { nullable: true, description: 'CERT-10: when it stopped awaiting re-certification (RECERTIFIED or WAIVED).' })
  @InstantColumn({ nullable: true })
  settledAt: Date | null;
}
