import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { SeverityPolicy } from '../entities/severity-policy.entity';
import { SetSeverityPolicyInput } from '../inputs/severity-policy.input';
import { SeverityPolicyService } from '../services/severity-policy.service';
import { SUPPORT_SCOPE } from './support-case.resolver';

@ObjectType({
  description: 'The result of `setSeverityPolicy`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class SetSeverityPolicyPayload extends MutationPayload {
  @Field(() => SeverityPolicy, { nullable: true, description: 'The SeverityPolicy as `setSeverityPolicy` left it; null when userErrors rejected the input.' })
  severityPolicy?: SeverityPolicy | null;
}

@Resolver(() => SeverityPolicy)
export class SeverityPolicyResolver {
  constructor(private readonly policies: SeverityPolicyService) {}

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => SeverityPolicy, { description: "SUP-1: the partner's severity policy, or the defaults when none was set." })
  severityPolicy(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { description: 'Id of the `Partner` whose severity policy to return; the default levels and times when it has none (SUP-1).' })
    partnerId: string,
  ): Promise<SeverityPolicy> {
    return this.policies.forPartner(ctx, partnerId);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER, Role.PARTNER)
  @Mutation(() => SetSeverityPolicyPayload, { description: "SUP-1: a partner's (or TSANet group's) own levels, times and coverage calendar." })
  setSeverityPolicy(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `SetSeverityPolicyInput`.' }) input: SetSeverityPolicyInput,
  ): Promise<SetSeverityPolicyPayload> {
    return runMutation(ctx, async () => ({ severityPolicy: await this.policies.set(ctx, input) }));
  }
}
