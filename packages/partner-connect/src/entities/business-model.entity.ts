import { Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { BusinessModelKind } from '../enums';

/** PC-1: a business model a partner has joined. */
@ObjectType('BusinessModel', { description: 'PC-1: a business model a partner has joined.' })
@Entity('pc_business_model')
@Index(['partnerId', 'model'])
export class BusinessModel extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `BusinessModel` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => BusinessModelKind, { description: 'The business model joined (PC-1).' })
  @EnumColumn()
  model: BusinessModelKind;

  @Field({ description: 'When it was joined (instant, UTC).' })
  @InstantColumn()
  joinedAt: Date;

  /** Set when the partnership was terminated (PC-10). */
  @Field(() => Date, { nullable: true, description: 'Set when the partnership was terminated (PC-10).' })
  @InstantColumn({ nullable: true })
  endedAt: Date | null;
}
