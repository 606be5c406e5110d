import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BigIntColumn, EnumColumn, Identified, IdColumn, InstantColumn, DecidedAtColumn } from '@alliance/kernel';
import { LifecycleClaimStatus } from '../enums';

/** PC-4: a customer lifecycle activity claim; points at "approved base claim". */
@ObjectType('PartnerConnectLifecycleClaim', { description: 'PC-4: a customer lifecycle activity claim; points at "approved base claim".' })
@Entity('pc_lifecycle_claim')
export class LifecycleClaim extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `PartnerConnectLifecycleClaim` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field({ description: 'The customer lifecycle activity claimed.' })
  @Column({ type: 'varchar', length: 60 })
  activity: string;

  @Field(() => ID, { description: "The customer's id in the vendor's booking system." })
  @Column({ type: 'varchar', length: 100 })
  customerId: string;

  @Field(() => String, { nullable: true, description: 'Free-text description of the partner connect lifecycle claim.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Field(() => LifecycleClaimStatus, { description: 'Where the partner connect lifecycle claim stands in its life cycle.' })
  @EnumColumn()
  status: LifecycleClaimStatus;

  @Field({ description: 'When it was submitted (instant, UTC).' })
  @InstantColumn()
  submittedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided (instant, UTC); null until then.' })
  @DecidedAtColumn()
  decidedAt: Date | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Lifecycle points awarded, in thousandths of a point; null until approved base claim (PC-4).' })
  @BigIntColumn({ nullable: true })
  pointsThousandths: number | null;
}
