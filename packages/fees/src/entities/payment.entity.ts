import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Identified, InstantColumn, Money, CurrencyColumn, MinorUnitsColumn } from '@alliance/kernel';

/** Money received against an invoice (a ledger row: never edited; refunds are rows of their own). */
@ObjectType('Payment', { description: 'A payment received against an invoice.' })
@Entity('fee_payment')
@Index(['invoiceId'])
export class Payment extends Identified {
  @Field(() => ID, { name: 'id', description: 'Unique id of this record.' })
  get nodeId(): string {
    return this.id;
  }

  @Field(() => ID, { description: 'Id of the `Invoice` this `Payment` refers to (look it up with `invoice(id:)`).' })
  @IdColumn()
  invoiceId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `Payment` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @MinorUnitsColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field({ description: 'When the money was received.' })
  @InstantColumn()
  receivedAt: Date;

  @Field({ description: 'When it was recorded.' })
  @InstantColumn()
  recordedAt: Date;

  @Field({ description: 'Name of the actor that recorded the payment.' })
  @Column({ type: 'varchar', length: 200 })
  recordedBy: string;

  @Field(() => String, { nullable: true, description: 'The payment processor or bank reference.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  externalReference: string | null;

  @Field(() => Money, { description: 'The money received, in minor units with its currency (FEE-8).' })
  get amount(): Money {
    return Money.of(this.amountMinor, this.currency);
  }
}
