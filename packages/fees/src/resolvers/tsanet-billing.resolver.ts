import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MutationPayload, RequestContext, Role, runMutation } from '@alliance/kernel';
import { Invoice } from '../entities/invoice.entity';
import { BillTsanetHostInput } from '../inputs/tsanet-billing.input';
import { TsanetBillingService } from '../services/tsanet-billing.service';

@ObjectType('BillTsanetHostPayload', {
  description: 'The result of `billTsanetHost`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class BillTsanetHostPayload extends MutationPayload {
  @Field(() => Invoice, { nullable: true, description: 'The Invoice as `billTsanetHost` left it; null when userErrors rejected the input.' })
  invoice?: Invoice;
}

@Resolver()
export class TsanetBillingResolver {
  constructor(private readonly billing: TsanetBillingService) {}

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => BillTsanetHostPayload, {
    description: 'FEE-5: bills a TSANet group host for the current billing year from a snapshot of its Limited members.',
  })
  async billTsanetHost(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => BillTsanetHostInput, { description: 'The input: see `BillTsanetHostInput`.' }) input: BillTsanetHostInput,
  ): Promise<BillTsanetHostPayload> {
    return runMutation(ctx, async () => ({ invoice: await this.billing.billHost(ctx, input) }));
  }
}
