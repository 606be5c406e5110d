import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Identified, InstantColumn, Money, CurrencyColumn, MinorUnitsColumn } from '@alliance/kernel';

/** Money given back from a payment of a refundable fee (never entrance, enrollment or renewal fees: FEE-1, FEE-6). */
@ObjectType('FeeRefund', { description: 'Money given back from a payment.' })
@Entity('fee_refund')
@Index(['invoiceId'])
@Index(['paymentId'])
export class FeeRefund extends Identified {
  @Field(() => ID, { name: 'id', description: 'Unique id of this record.' })
  get nodeId(): string {
    return this.id;
  }

  @Field(() => ID, { description: 'Id of the `Payment` this `FeeRefund` refers to.' })
  @IdColumn()
  paymentId: string;

  @Field(() => ID, { description: 'Id of the `Invoice` this `FeeRefund` refers to (look it up with `invoice(id:)`).' })
  @IdColumn()
  invoiceId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `FeeRefund` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @MinorUnitsColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field({ description: 'When it was refunded (instant, UTC).' })
  @InstantColumn()
  refundedAt: Date;

  @Field({ description: 'Name of the actor that recorded the refund (FEE-8).' })
  @Column({ type: 'varchar', length: 200 })
  refundedBy: string;

  @Field({ description: 'Why the money was given back (FEE-8).' })
  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Field(() => Money, { description: 'The money given back, in minor units with its currency. Enrollment and renewal fees are non-refundable (FEE-6).' })
  get amount(): Money {
    return Money.of(this.amountMinor, this.currency);
  }
}
