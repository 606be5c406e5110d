import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Identified, InstantColumn, Money, CurrencyColumn, MinorUnitsColumn } from '@alliance/kernel';

/** FEE-4: the vendor waived some or all of an invoice; who, when and why are kept. */
@ObjectType('FeeWaiver', { description: 'Part or all of an invoice the vendor waived (FEE-4).' })
@Entity('fee_waiver')
@Index(['invoiceId'])
export class FeeWaiver extends Identified {
  @Field(() => ID, { name: 'id', description: 'Unique id of this record.' })
  get nodeId(): string {
    return this.id;
  }

  @Field(() => ID, { description: 'Id of the `Invoice` this `FeeWaiver` refers to (look it up with `invoice(id:)`).' })
  @IdColumn()
  invoiceId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `FeeWaiver` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @MinorUnitsColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field({ description: 'When it was waived (instant, UTC).' })
  @InstantColumn()
  waivedAt: Date;

  @Field({ description: 'Name of the actor that waived, as FEE-4 requires.' })
  @Column({ type: 'varchar', length: 200 })
  waivedBy: string;

  @Field({ description: 'Why the vendor waived the fee, as FEE-4 requires.' })
  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Field(() => Money, { description: 'The part of the invoice waived, in minor units with its currency (FEE-4).' })
  get amount(): Money {
    return Money.of(this.amountMinor, this.currency);
  }
}
