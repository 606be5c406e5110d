import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BigIntColumn, EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { LifecycleClaimStatus } from '../enums';

/** PC-4: a customer lifecycle activity claim; points at "approved base claim". */
@ObjectType('PartnerConnectLifecycleClaim')
@Entity('pc_lifecycle_claim')
export class LifecycleClaim extends Identified {
  @Field(() => ID)
  @Index()
  @IdColumn()
  partnerId: string;

  @Field()
  @Column({ type: 'varchar', length: 60 })
  activity: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  customerId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Field(() => LifecycleClaimStatus)
  @EnumColumn()
  status: LifecycleClaimStatus;

  @Field()
  @InstantColumn()
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLSafeInt, { nullable: true })
  @BigIntColumn({ nullable: true })
  pointsThousandths: number | null;
}
