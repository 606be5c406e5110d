import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { InfluenceActivity, InfluenceClaimStatus } from '../enums';

/** PC-5: a PoC or technical assessment intention claim of a non-transacting Solution Services partner. */
@ObjectType('PartnerConnectInfluenceClaim', { description: 'PC-5: a PoC or technical assessment intention claim of a non-transacting Solution Services partner.' })
@Entity('pc_influence_claim')
@Index(['customerId', 'opportunityId', 'solution'])
export class InfluenceClaim extends Identified {
  @Field(() => ID, { description: 'Id of the partner.' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the customer.' })
  @Column({ type: 'varchar', length: 100 })
  customerId: string;

  @Field(() => ID, { description: 'Id of the opportunity.' })
  @Column({ type: 'varchar', length: 100 })
  opportunityId: string;

  @Field({ description: 'The partner connect influence claim\'s solution.' })
  @Column({ type: 'varchar', length: 100 })
  solution: string;

  @Field(() => InfluenceActivity, { description: 'The partner connect influence claim\'s activity.' })
  @EnumColumn()
  activity: InfluenceActivity;

  @Field(() => InfluenceClaimStatus, { description: 'Where the partner connect influence claim stands in its life cycle.' })
  @EnumColumn()
  status: InfluenceClaimStatus;

  @Field({ description: 'When it was submitted (instant, UTC).' })
  @InstantColumn()
  submittedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was approved (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was work started (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  workStartedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was work ended (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  workEndedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was completed (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  completedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Id of the credited booking; null when there is none.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  creditedBookingId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was credited (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  creditedAt: Date | null;
}
