import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, MaxLength, Min, Max, ValidateNested } from 'class-validator';
import { IsEntityId, MoneyInput } from '@alliance/kernel';
import { EntitlementKind, FeeKind } from '../enums';

@InputType('EntitlementGrantInput', { description: 'Entitlements one unit of a fee buys (FEE-2), when setting a fee.' })
export class EntitlementGrantInput {
  @Field(() => EntitlementKind, { description: 'Which entitlement kind: see the enum values.' })
  kind: EntitlementKind;

  @Field(() => Int, { description: 'Entitlements of the kind one unit of the fee buys, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  quantity: number;
}

@InputType('HostPayBandInput', { description: 'A TSANet host-pay band: up to a member count, the per-member rate (FEE-5).' })
export class HostPayBandInput {
  @Field(() => Int, { description: 'The largest member count the band covers.' })
  @IsInt()
  @Min(1)
  upToMembers: number;

  @Field(() => Int, { description: 'Minor units each member costs in this band.' })
  @IsInt()
  @Min(0)
  perMemberMinor: number;
}

@InputType('SetFeeInput', { description: 'Sets what a fee kind costs for one program, or by default (programId null).' })
export class SetFeeInput {
  @Field(() => ID, { nullable: true, description: 'The program; leave out to set the default schedule.' })
  @IsOptional()
  @IsEntityId()
  programId?: string | null;

  @Field(() => FeeKind, { description: 'Which fee kind: see the enum values.' })
  kind: FeeKind;

  @Field(() => MoneyInput, { description: 'The amount of one unit (0 for host-pay dues, priced by bands).' })
  @ValidateNested()
  amount: MoneyInput;

  @Field({ defaultValue: false, description: 'Whether payments may be refunded; never for entrance, enrollment and renewal fees (FEE-1, FEE-6).' })
  @IsBoolean()
  refundable: boolean;

  @Field(() => [EntitlementGrantInput], { nullable: true, description: 'What one unit grants once paid or waived (FEE-2).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  grants?: EntitlementGrantInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Months of service term one unit buys (term fees only; default 12).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  termMonths?: number | null;

  @Field(() => [HostPayBandInput], { nullable: true, description: 'Host-pay bands, lowest first (TSANet host dues only, FEE-5).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  hostPayBands?: HostPayBandInput[] | null;

  @Field(() => String, { nullable: true, description: 'Free-text description of the set fee.' })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;
}
