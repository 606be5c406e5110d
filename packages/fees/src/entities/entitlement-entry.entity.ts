import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { EntitlementEntryType, EntitlementKind } from '../enums';

/**
 * The entitlement ledger (FEE-2, FEE-8): grants when a bundle fee is settled, one
 * consumption per service request opened, revocations when a refund takes a bundle back.
 * What a partner has left is the sum of `delta`.
 */
@ObjectType('EntitlementEntry', { description: "A change in a partner's entitlements (FEE-2, FEE-8)." })
@Entity('fee_entitlement_entry')
@Index(['partnerId', 'kind'])
@Index(['invoiceId'])
export class EntitlementEntry extends Identified {
  @Field(() => ID, { name: 'id', description: 'Unique id of this record.' })
  get nodeId(): string {
    return this.id;
  }

  @Field(() => ID, { description: 'Id of the `Partner` this `EntitlementEntry` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => EntitlementKind, { description: 'The kind of service request the entry is about (FEE-2).' })
  @EnumColumn()
  kind: EntitlementKind;

  @Field(() => EntitlementEntryType, { description: 'Grant, consume or revoke (FEE-2, FEE-8).' })
  @EnumColumn()
  type: EntitlementEntryType;

  @Field(() => Int, { description: 'Entitlements added (positive) or used or taken back (negative).' })
  @Column({ type: 'integer' })
  delta: number;

  @Field(() => ID, { nullable: true, description: 'The invoice whose settlement or refund made a grant or revocation.' })
  @IdColumn({ nullable: true })
  invoiceId: string | null;

  @Field(() => String, { nullable: true, description: 'What a consumption was for, such as a submission id or a service request subject.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  @Field({ description: 'When the change was recorded (UTC).' })
  @InstantColumn()
  at: Date;

  @Field({ description: 'Who made the change.' })
  @Column({ type: 'varchar', length: 200 })
  actor: string;
}
