import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext, runMutation } from '@alliance/kernel';
import {
  ApproveLifecycleClaimInput,
  CompleteInfluenceWorkInput,
  DecideInfluenceIntentionInput,
  SubmitInfluenceIntentionInput,
  SubmitLifecycleClaimInput,
} from '../inputs/claims.input';
import { InfluenceClaimPayload, LifecycleClaimPayload } from '../types/payloads';
import type { PartnerConnectServices } from '../types/services';
import { PROGRAM_STAFF, STAFF_OR_PARTNER } from './roles';

@Resolver()
export class ClaimsResolver {
  constructor(private readonly services: PartnerConnectServices) {}

  @Authorized(...STAFF_OR_PARTNER)
  @Mutation(() => LifecycleClaimPayload, { description: 'PC-4: claim a customer lifecycle activity.' })
  submitLifecycleClaim(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `SubmitLifecycleClaimInput`.' }) input: SubmitLifecycleClaimInput,
  ): Promise<LifecycleClaimPayload> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    return runMutation(ctx, async () => ({ claim: await this.services.claims.submitLifecycleClaim(ctx, input) }));
  }

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => LifecycleClaimPayload, { description: 'PC-4: approve (approved base claim: points awarded) or reject a lifecycle claim.' })
  approveLifecycleClaim(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `ApproveLifecycleClaimInput`.' }) input: ApproveLifecycleClaimInput,
  ): Promise<LifecycleClaimPayload> {
    return runMutation(ctx, async () => ({ claim: await this.services.claims.decideLifecycleClaim(ctx, input) }));
  }

  @Authorized(...STAFF_OR_PARTNER)
  @Mutation(() => InfluenceClaimPayload, { description: 'PC-5: a PoC or technical assessment intention claim, before the work starts.' })
  submitInfluenceIntention(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `SubmitInfluenceIntentionInput`.' }) input: SubmitInfluenceIntentionInput,
  ): Promise<InfluenceClaimPayload> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    return runMutation(ctx, async () => ({ claim: await this.services.claims.submitInfluenceIntention(ctx, input) }));
  }

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => InfluenceClaimPayload, { description: 'PC-5: approve or reject an influence intention claim.' })
  decideInfluenceIntention(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `DecideInfluenceIntentionInput`.' }) input: DecideInfluenceIntentionInput,
  ): Promise<InfluenceClaimPayload> {
    return runMutation(ctx, async () => ({ claim: await this.services.claims.decideInfluenceIntention(ctx, input) }));
  }

  @Authorized(...STAFF_OR_PARTNER)
  @Mutation(() => InfluenceClaimPayload, { description: 'PC-5: file the completion of the work, within 30 days after it ends.' })
  async completeInfluenceWork(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `CompleteInfluenceWorkInput`.' }) input: CompleteInfluenceWorkInput,
  ): Promise<InfluenceClaimPayload> {
    const claim = await this.services.claims.influenceClaim(ctx, input.claimId);
    ctx.assertCanActForPartner(claim.partnerId, 'PartnerConnectInfluenceClaim', claim.id);
    return runMutation(ctx, async () => ({ claim: await this.services.claims.completeInfluenceWork(ctx, input) }));
  }
}
