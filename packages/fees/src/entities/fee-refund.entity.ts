import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BigIntColumn, IdColumn, Identified, InstantColumn, Money } from '@alliance/kernel';

/** Money given back from a payment of a refundable fee (never entrance, enrollment or renewal fees: FEE-1, FEE-6). */
@ObjectType('FeeRefund', { description: 'Money given back from a payment.' })
@Entity('fee_refund')
@Index(['invoiceId'])
@Index(['paymentId'])
export class FeeRefund extends Identified {
  @Field(() => ID, { name: 'id' })
  get nodeId(): string {
    return this.id;
  }

  @Field(() => ID)
  @IdColumn()
  paymentId: string;

  @Field(() => ID)
  @IdColumn()
  invoiceId: string;

  @Field(() => ID)
  @IdColumn()
  partnerId: string;

  @BigIntColumn()
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field()
  @InstantColumn()
  refundedAt: Date;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  refundedBy: string;

  @Field()
  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Field(() => Money)
  get amount(): Money {
    return Money.of(this.amountMinor, this.currency);
  }
}
