import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '@alliance/kernel';
import { EntitlementKind } from '../enums';
import { Fee, HostPayBandType } from '../entities/fee.entity';

@ObjectType('FeeSchedule', { description: 'The fees in force for a program: its own rows, else the default schedule, else the seeds.' })
export class FeeSchedule {
  @Field(() => ID, { nullable: true, description: 'The program, or null for the default schedule.' })
  programId: string | null;

  @Field(() => [Fee], { description: 'One fee per kind that has an amount.' })
  fees: Fee[];
}

@ObjectType('Entitlement', { description: "A partner's entitlements of one kind, summed from the ledger (FEE-2, FEE-8)." })
export class Entitlement {
  @Field(() => ID, { description: 'Id of the `Partner` this `Entitlement` belongs to (resolved by `partner`).' })
  partnerId: string;

  @Field(() => EntitlementKind, { description: 'The kind of service request these entitlements allow (FEE-2).' })
  kind: EntitlementKind;

  @Field(() => Int, { description: 'Granted by settled bundle fees.' })
  granted: number;

  @Field(() => Int, { description: 'Taken back by refunds.' })
  revoked: number;

  @Field(() => Int, { description: 'Used by service requests.' })
  consumed: number;

  @Field(() => Int, { description: 'Still available: granted − revoked − consumed.' })
  remaining: number;
}

@ObjectType('HostPayQuote', { description: 'TSANet host-pay dues for a member count (FEE-5).' })
export class HostPayQuote {
  @Field(() => Int, { description: "The count of Limited members priced; the whole count is billed at its band's rate (FEE-5)." })
  memberCount: number;

  @Field(() => HostPayBandType, { description: 'The band the whole count falls in.' })
  band: HostPayBandType;

  @Field(() => Money, { description: 'The rate of the band the member count falls in (FEE-5).' })
  perMember: Money;

  @Field(() => Money, { description: "Member count × the band's rate: the whole count is billed at its band's rate (FEE-5)." })
  total: Money;
}
