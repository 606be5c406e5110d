import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, Identified, InstantColumn, Money, CurrencyColumn, MinorUnitsColumn } from '@alliance/kernel';
import { FeeKind } from '../enums';
import type { EntitlementGrant } from '../seeds';
import { EntitlementGrantType } from './fee.entity';

/** A charge on an invoice, with the price and terms of the schedule row it was charged from. */
@ObjectType('InvoiceLine', { description: 'A fee charged on an invoice, priced when it was charged.' })
@Entity('fee_invoice_line')
@Index(['invoiceId'])
@Index(['partnerId', 'feeKind'])
export class InvoiceLine extends Identified {
  @Field(() => ID, { name: 'id', description: 'Unique id of this record.' })
  get nodeId(): string {
    return this.id;
  }

  @Field(() => ID, { description: 'Id of the `Invoice` this `InvoiceLine` refers to (look it up with `invoice(id:)`).' })
  @IdColumn()
  invoiceId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `InvoiceLine` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => FeeKind, { description: 'What the line charges for (FEE-1).' })
  @EnumColumn()
  feeKind: FeeKind;

  @Field(() => ID, { nullable: true, description: 'The schedule row the price came from; null for a default from the seeds.' })
  @IdColumn({ nullable: true })
  feeId: string | null;

  @Field({ description: 'Free-text description of the invoice line.' })
  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Field(() => Int, { description: 'How many units: 1 for most fees, the Limited member count for host-pay dues (FEE-5).' })
  @Column({ type: 'integer' })
  quantity: number;

  @MinorUnitsColumn()
  unitAmountMinor: number;

  @MinorUnitsColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field({ description: 'Whether payments of this line may be refunded (FEE-1, FEE-6).' })
  @Column({ type: 'boolean' })
  refundable: boolean;

  /** Entitlements the whole line grants once its invoice is settled (per unit × quantity). */
  @Column({ type: 'simple-json' })
  grants: EntitlementGrant[];

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the `Program` this `InvoiceLine` refers to (look it up with `program(id:)`); null when the invoice line has none.',
  })
  @IdColumn({ nullable: true })
  programId: string | null;

  @Field(() => String, { nullable: true, description: 'The program version a program entrance fee was bought for (FEE-1).' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  programVersion: string | null;

  @Field(() => String, { nullable: true, description: 'What the charge is for in another domain, such as an equivalency request id.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  @Field(() => Date, { nullable: true, description: 'Start of the service term the line buys (development consulting, TSANet member dues).' })
  @InstantColumn({ nullable: true })
  termStart: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last instant of that service term.' })
  @InstantColumn({ nullable: true })
  termEnd: Date | null;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;

  @Field(() => Money, { description: 'Price of one unit when the line was charged; later schedule changes do not touch it.' })
  get unitAmount(): Money {
    return Money.of(this.unitAmountMinor, this.currency);
  }

  @Field(() => Money, { description: 'Quantity × unit amount, in minor units with its currency.' })
  get amount(): Money {
    return Money.of(this.amountMinor, this.currency);
  }

  @Field(() => [EntitlementGrantType], { name: 'grants', description: 'Entitlements the whole line grants once its invoice is settled.' })
  get grantList(): EntitlementGrantType[] {
    return this.grants.map((grant) => Object.assign(new EntitlementGrantType(), grant));
  }
}
