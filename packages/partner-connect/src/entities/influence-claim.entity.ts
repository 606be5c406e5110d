import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, Identified, IdColumn, InstantColumn, DecidedAtColumn } from '@alliance/kernel';
import { InfluenceActivity, InfluenceClaimStatus } from '../enums';

/** PC-5: a PoC or technical assessment intention claim of a non-transacting Solution Services partner. */
@ObjectType('PartnerConnectInfluenceClaim', {
  description: 'PC-5: a PoC or technical assessment intention claim of a non-transacting Solution Services partner.',
})
@Entity('pc_influence_claim')
@Index(['customerId', 'opportunityId', 'solution'])
export class InfluenceClaim extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `PartnerConnectInfluenceClaim` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, {
    description:
      "The customer's id in the vendor's booking system; a partner earns influence or booking points for a customer, opportunity and solution, never both (PC-5).",
  })
  @Column({ type: 'varchar', length: 100 })
  customerId: string;

  @Field(() => ID, { description: "The opportunity's id in the vendor's booking system." })
  @Column({ type: 'varchar', length: 100 })
  opportunityId: string;

  @Field({ description: 'The solution the work is for.' })
  @Column({ type: 'varchar', length: 100 })
  solution: string;

  @Field(() => InfluenceActivity, { description: 'Proof of concept or technical assessment (PC-5).' })
  @EnumColumn()
  activity: InfluenceActivity;

  @Field(() => InfluenceClaimStatus, { description: 'Where the partner connect influence claim stands in its life cycle.' })
  @EnumColumn()
  status: InfluenceClaimStatus;

  @Field({ description: 'When it was submitted (instant, UTC).' })
  @InstantColumn()
  submittedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided (instant, UTC); null until then.' })
  @DecidedAtColumn()
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

  @Field(() => ID, { nullable: true, description: 'Id of the booking that earned the influence points; null until CREDITED (PC-5).' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  creditedBookingId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was credited (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  creditedAt: Date | null;
}
