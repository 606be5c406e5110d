import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BigIntColumn, EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { PointsEntryKind, PointsEntrySource } from '../enums';

/**
 * PC-2: one line of the append-only points ledger. Rows are inserted, never updated or deleted;
 * balances are sums. Amounts are integer thousandths of a point.
 */
@ObjectType('PointsEntry', { description: 'PC-2: one line of the append-only points ledger (amounts in thousandths of a point).' })
@Entity('pc_points_entry')
@Index('pc_points_entry_totals', ['partnerId', 'kind', 'programYear', 'source', 'earnedAt', 'amount'])
@Index('pc_points_entry_ledger', ['partnerId', 'programYear', 'id'])
@Index('pc_points_entry_cap', ['capGroup', 'partnerId', 'programYear', 'amount'])
export class PointsEntry extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `PointsEntry` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => Int, { description: 'The program year, named by the calendar year it starts in.' })
  @Column({ type: 'integer' })
  programYear: number;

  @Field(() => PointsEntryKind, { description: 'Performance or capability points (PC-2, PC-13).' })
  @EnumColumn({ length: 12 })
  kind: PointsEntryKind;

  @Field(() => PointsEntrySource, { description: 'Where the points came from (PC-2 to PC-7, PC-13).' })
  @EnumColumn({ length: 20 })
  source: PointsEntrySource;

  @Field(() => GraphQLSafeInt, { name: 'amountThousandths', description: 'Thousandths of a point; negative for a reversal.' })
  @BigIntColumn()
  amount: number;

  @Field(() => GraphQLSafeInt, {
    name: 'requestedAmountThousandths',
    nullable: true,
    description: 'What the entry would have been without the perpetual / SnS cap, when the cap cut it.',
  })
  @BigIntColumn({ nullable: true })
  requestedAmount: number | null;

  /** `PERPETUAL_SNS` when the entry counts toward the yearly cap (PC-3). */
  @Field(() => String, { nullable: true, description: '`PERPETUAL_SNS` when the entry counts toward the yearly cap (PC-3).' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  capGroup: string | null;

  @Field({ description: 'When it was earned (instant, UTC).' })
  @InstantColumn()
  earnedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The vendor booking id, for booking, bonus, influence and reversal entries.' })
  @Index()
  @Column({ type: 'varchar', length: 100, nullable: true })
  bookingId: string | null;

  @Field(() => String, { nullable: true, description: 'The claim, credential or report the entry came from.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the `PointsEntry` this entry takes back when the vendor terminated its deal (PC-6); null for other entries.',
  })
  @IdColumn({ nullable: true })
  reversesEntryId: string | null;

  /** Capability entries count from validFrom to validUntil (both instants inside; PC-13). */
  @Field(() => Date, { nullable: true, description: 'Capability entries count from validFrom to validUntil (both instants inside; PC-13).' })
  @InstantColumn({ nullable: true })
  validFrom: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Last instant capability points count (PC-13); null for performance points, which reset at the program year's end (PC-8).",
  })
  @InstantColumn({ nullable: true })
  validUntil: Date | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes; null when there is none.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;
}
