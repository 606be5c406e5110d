import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, Identified, InstantColumn, Money, CurrencyColumn, MinorUnitsColumn } from '@alliance/kernel';
import { EntitlementKind, FeeKind } from '../enums';
import type { EntitlementGrant, HostPayBand } from '../seeds';

@ObjectType('EntitlementGrant', { description: 'Entitlements one unit of a fee buys (FEE-2).' })
export class EntitlementGrantType {
  @Field(() => EntitlementKind, { description: 'The kind of service request granted (FEE-2).' })
  kind: EntitlementKind;

  @Field(() => Int, {
    description: 'How many entitlements of that kind one unit of the fee grants: the certification fee grants 1 submission and 3 support incidents (FEE-2).',
  })
  quantity: number;
}

@ObjectType('HostPayBand', { description: 'A band of TSANet host-pay pricing (FEE-5).' })
export class HostPayBandType {
  @Field(() => Int, { description: 'The largest member count this band covers.' })
  upToMembers: number;

  @Field(() => Money, { description: 'What each member costs when the count falls in this band.' })
  perMember: Money;
}

/**
 * A fee schedule row: what a fee of a kind costs for one program (or every program when
 * `programId` is null) and what it grants. Rows are never edited: `setFee` adds a row
 * and the latest row of a (program, kind) is the one in force. Rows from the seeds are
 * not stored; they apply where no row was set (see DEFAULT_FEE_SCHEDULE).
 */
@ObjectType('Fee', { description: 'One fee of a schedule: kind, amount, refundability and what it grants.' })
@Entity('fee_fee')
@Index(['programId', 'kind'])
export class Fee extends Identified {
  @Field(() => ID, { name: 'id', nullable: true, description: 'Null for a default from the seeds (not stored).' })
  get nodeId(): string | null {
    return this.id ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'The program, or null for the default schedule.' })
  @IdColumn({ nullable: true })
  programId: string | null;

  @Field(() => FeeKind, { description: 'What the fee is for (FEE-1).' })
  @EnumColumn()
  kind: FeeKind;

  @MinorUnitsColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @Field({ description: 'Whether a payment of this fee may be refunded (never for entrance, enrollment and renewal fees: FEE-1, FEE-6).' })
  @Column({ type: 'boolean' })
  refundable: boolean;

  @Column({ type: 'simple-json' })
  grants: EntitlementGrant[];

  @Field(() => Int, { nullable: true, description: 'Months of service term one unit buys (development consulting, TSANet member dues).' })
  @Column({ type: 'integer', nullable: true })
  termMonths: number | null;

  @Column({ type: 'simple-json', nullable: true })
  hostPayBands: HostPayBand[] | null;

  @Field({ description: 'Free-text description of the fee.' })
  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Field(() => Date, { nullable: true, description: 'When this row was set; null for a default from the seeds.' })
  @InstantColumn({ nullable: true })
  setAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who set it; null for a default from the seeds.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  setBy: string | null;

  @Field(() => Money, { description: 'The amount of one unit (zero for host-pay dues, which are priced by band).' })
  get amount(): Money {
    return Money.of(this.amountMinor, this.currency);
  }

  @Field(() => [EntitlementGrantType], {
    name: 'grants',
    description:
      'The entitlements one unit of the fee buys, such as 1 submission and 3 support incidents for the certification fee (FEE-2); empty for fees that grant none.',
  })
  get grantList(): EntitlementGrantType[] {
    return this.grants.map((grant) => Object.assign(new EntitlementGrantType(), grant));
  }

  @Field(() => [HostPayBandType], {
    nullable: true,
    name: 'hostPayBands',
    description: 'TSANet host-pay bands, member count up to and rate per member (FEE-5); null for every other fee kind.',
  })
  get bandList(): HostPayBandType[] | null {
    return (
      this.hostPayBands?.map((band) =>
        Object.assign(new HostPayBandType(), { upToMembers: band.upToMembers, perMember: Money.of(band.perMemberMinor, this.currency) }),
      ) ?? null
    );
  }
}
