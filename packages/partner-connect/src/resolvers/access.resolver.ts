import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext, runMutation } from '@alliance/kernel';
import { AssignPartnerBusinessManagerInput, GrantProgressionAccessInput, RevokeProgressionAccessInput } from '../inputs/access.input';
import { AssignPartnerBusinessManagerPayload, ProgressionAccessPayload, ProgressionAccessStatus } from '../types/payloads';
import type { PartnerConnectServices } from '../types/services';
import { PROGRAM_STAFF, PROGRESSION_READERS, STAFF_OR_PARTNER } from './roles';

@Resolver()
export class AccessResolver {
  constructor(private readonly services: PartnerConnectServices) {}

  @Authorized(...PROGRESSION_READERS)
  @Query(() => ProgressionAccessStatus, {
    description: "PC-14: whether this key sees the partner's progression, and why (a PARTNER key asks about its own partner).",
  })
  progressionAccess(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { description: 'Id of the `Partner` whose progression access to explain (PC-14).' }) partnerId: string,
  ): Promise<ProgressionAccessStatus> {
    return this.services.access.accessStatus(ctx, partnerId);
  }

  @Authorized(...STAFF_OR_PARTNER)
  @Mutation(() => ProgressionAccessPayload, { description: "PC-14: staff name a partner's contacts; a primary or alternate contact adds users." })
  grantProgressionAccess(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `GrantProgressionAccessInput`.' }) input: GrantProgressionAccessInput,
  ): Promise<ProgressionAccessPayload> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    return runMutation(ctx, async () => ({ access: await this.services.access.grant(ctx, input) }));
  }

  @Authorized(...STAFF_OR_PARTNER)
  @Mutation(() => ProgressionAccessPayload, { description: "PC-14: remove a key's access to the progression." })
  revokeProgressionAccess(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RevokeProgressionAccessInput`.' }) input: RevokeProgressionAccessInput,
  ): Promise<ProgressionAccessPayload> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    return runMutation(ctx, async () => ({ access: await this.services.access.revoke(ctx, input) }));
  }

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => AssignPartnerBusinessManagerPayload, { description: "PC-14: assign the partner business manager who sees the partner's progression." })
  assignPartnerBusinessManager(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `AssignPartnerBusinessManagerInput`.' }) input: AssignPartnerBusinessManagerInput,
  ): Promise<AssignPartnerBusinessManagerPayload> {
    return runMutation(ctx, async () => ({ assignment: await this.services.access.assignManager(ctx, input) }));
  }
}
