import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { InfluenceActivity, InfluenceClaimStatus } from '../enums';

/** PC-5: a PoC or technical assessment intention claim of a non-transacting Solution Services partner. */
@ObjectType('PartnerConnectInfluenceClaim')
@Entity('pc_influence_claim')
@Index(['customerId', 'opportunityId', 'solution'])
export class InfluenceClaim extends Identified {
  @Field(() => ID)
  @Index()
  @IdColumn()
  partnerId: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  customerId: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  opportunityId: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  solution: string;

  @Field(() => InfluenceActivity)
  @EnumColumn()
  activity: InfluenceActivity;

  @Field(() => InfluenceClaimStatus)
  @EnumColumn()
  status: InfluenceClaimStatus;

  @Field()
  @InstantColumn()
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  workStartedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  workEndedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  creditedBookingId: string | null;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  creditedAt: Date | null;
}
