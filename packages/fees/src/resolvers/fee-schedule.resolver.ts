import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Money, MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { Fee, HostPayBandType } from '../entities/fee.entity';
import { SetFeeInput } from '../inputs/fee-schedule.input';
import { FeeScheduleService } from '../services/fee-schedule.service';
import { FeeSchedule, HostPayQuote } from '../types/fee-schedule.type';
import { asQueryError } from './user-query-error';

export const FEES_READ_SCOPE = 'fees:read';

@ObjectType('SetFeePayload', {
  description: 'The result of `setFee`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class SetFeePayload extends MutationPayload {
  @Field(() => Fee, { nullable: true, description: 'The Fee as `setFee` left it; null when userErrors rejected the input.' })
  fee?: Fee;
}

@Resolver(() => FeeSchedule)
export class FeeScheduleResolver {
  constructor(private readonly schedule: FeeScheduleService) {}

  @Authorized(...readers(FEES_READ_SCOPE))
  @Query(() => FeeSchedule, { description: 'The fees in force for a program (or the default schedule when programId is left out).' })
  async feeSchedule(
    @Ctx() ctx: RequestContext,
    @Arg('programId', () => ID, {
      nullable: true,
      description:
        'Id of the `Program` whose fee schedule to return; the default schedule, which applies where a program sets no fee of its own, when omitted.',
    })
    programId?: string | null,
  ): Promise<FeeSchedule> {
    return this.schedule.schedule(ctx, programId ?? null);
  }

  @Authorized(...readers(FEES_READ_SCOPE))
  @Query(() => HostPayQuote, { description: 'FEE-5: TSANet host-pay dues for a member count; over 400 needs a negotiated rate.' })
  async hostPayQuote(
    @Ctx() ctx: RequestContext,
    @Arg('memberCount', () => Int, { description: 'The count of Limited members to price; over 400 is not priced and asks for a negotiated rate (FEE-5).' })
    memberCount: number,
  ): Promise<HostPayQuote> {
    return asQueryError(async () => {
      const { quote, fee } = await this.schedule.hostPayQuote(ctx, memberCount);
      return Object.assign(new HostPayQuote(), {
        memberCount,
        band: Object.assign(new HostPayBandType(), { upToMembers: quote.band.upToMembers, perMember: Money.of(quote.band.perMemberMinor, fee.currency) }),
        perMember: Money.of(quote.perMemberMinor, fee.currency),
        total: Money.of(quote.totalMinor, fee.currency),
      });
    });
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => SetFeePayload, { description: 'Sets what a fee kind costs, for one program or by default. Earlier rows are kept.' })
  async setFee(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetFeeInput, { description: 'The input: see `SetFeeInput`.' }) input: SetFeeInput,
  ): Promise<SetFeePayload> {
    return runMutation(ctx, async () => ({
      fee: await this.schedule.setFee(ctx, {
        programId: input.programId ?? null,
        kind: input.kind,
        amountMinor: input.amount.amountMinor,
        currency: input.amount.currency,
        refundable: input.refundable,
        grants: input.grants ?? null,
        termMonths: input.termMonths ?? null,
        hostPayBands: input.hostPayBands ?? null,
        description: input.description ?? null,
      }),
    }));
  }
}
