import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CalendarDateScalar, IdColumn, Identified, InstantColumn, CurrencyColumn } from '@alliance/kernel';

/**
 * An invoice to one partner. The header never changes after it is issued; its lines,
 * payments, waivers and refunds are ledger rows, and its balance and status are derived
 * from them (FEE-8). A TSANet host invoice carries the member snapshot it was billed from
 * (FEE-5); one per group and billing year.
 */
@ObjectType('Invoice', { description: 'An invoice; balance and status follow from its ledger (FEE-8).' })
@Entity('fee_invoice')
@Index(['partnerId'])
@Index(['tsanetGroupId', 'billingYear'], { unique: true })
export class Invoice extends Identified {
  @Field(() => ID, { name: 'id', description: 'Unique id of this record.' })
  get nodeId(): string {
    return this.id;
  }

  @Field(() => ID, { description: 'Id of the `Partner` this `Invoice` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field({ description: 'ISO 4217 currency of every line, payment, waiver and refund.' })
  @CurrencyColumn()
  currency: string;

  @Field({ description: 'When it was issued (instant, UTC).' })
  // The invoice-due notice rule reads invoices by issue (late path) and by due instant (NOT-1).
  @Index()
  @InstantColumn()
  issuedAt: Date;

  @Field({ description: 'When payment is due.' })
  @Index()
  @InstantColumn()
  dueAt: Date;

  @Field({ description: 'Who issued it (an API key name, or "system").' })
  @Column({ type: 'varchar', length: 200 })
  issuedBy: string;

  @Field(() => ID, { nullable: true, description: 'The TSANet group a host-pay invoice bills (FEE-5).' })
  @IdColumn({ nullable: true })
  tsanetGroupId: string | null;

  @Field(() => Int, { nullable: true, description: 'Which year after the program start a host-pay invoice bills (1 = first).' })
  @Column({ type: 'integer', nullable: true })
  billingYear: number | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The TSANet program start date (YYYY-MM-DD) a host-pay invoice was billed from.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  programStartDate: string | null;

  @Field(() => [ID], { nullable: true, description: 'The Limited members billed (snapshot, FEE-5).' })
  @Column({ type: 'simple-json', nullable: true })
  snapshotMemberIds: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Open Group members in a Custom relationship left out of the snapshot (FEE-5).' })
  @Column({ type: 'simple-json', nullable: true })
  excludedMemberIds: string[] | null;
}
