import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CalendarDateScalar, DateOnlyColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';

/** SUP-7: the scheduled end of support of one certified software version. */
@ObjectType('SupportEndOfSupport', { description: 'SUP-7: the scheduled end of support of one certified software version.' })
@Entity('sup_end_of_support')
@Index(['softwareId', 'versionId'], { unique: true })
export class SupportEndOfSupport extends Identified {
  @Field(() => ID, { description: 'Unique id of this support end of support.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `SupportEndOfSupport` belongs to (resolved by `partner`).' })
  @IdColumn()
  @Index()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Software` this `SupportEndOfSupport` refers to (look it up with `software(id:)`).' })
  @IdColumn()
  softwareId: string;

  @Field(() => ID, { description: 'Id of the `String` this `SupportEndOfSupport` refers to (resolved by `version`).' })
  @IdColumn()
  versionId: string;

  @Field({ description: 'The software version whose full support ends.' })
  @Column({ type: 'varchar', length: 100 })
  version: string;

  @Field(() => CalendarDateScalar, { description: 'Last day of full support (YYYY-MM-DD); obsolete from the next day.' })
  @DateOnlyColumn()
  @Index()
  endsOn: string;

  @Field(() => CalendarDateScalar, { description: 'Customers must be notified by this date: 3 months before the end (YYYY-MM-DD).' })
  @DateOnlyColumn()
  @Index()
  customerNoticeOn: string;

  @Field({ description: 'Name of the actor that scheduled the end of support.' })
  @Column({ type: 'varchar', length: 200 })
  setBy: string;

  @Field({ description: 'When it was set (instant, UTC).' })
  // The end-of-support notice rule finds ends accepted since its last run by this instant (NOT-1).
  @Index()
  @InstantColumn()
  setAt: Date;
}
