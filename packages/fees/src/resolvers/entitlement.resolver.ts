import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs, MutationPayload, paginate, readers, RequestContext, Role, runMutation, STAFF } from '@alliance/kernel';
import { EntitlementEntry } from '../entities/entitlement-entry.entity';
import { OpenServiceRequestInput } from '../inputs/entitlement.input';
import { EntitlementService } from '../services/entitlement.service';
import { Entitlement } from '../types/fee-schedule.type';
import { FEES_READ_SCOPE } from './fee-schedule.resolver';

@ObjectType('EntitlementEntryConnection', { description: 'A page of entitlement entry items, in creation order.' })
export class EntitlementEntryConnection extends Connection(EntitlementEntry, 'EntitlementEntry') {}

@ObjectType('OpenServiceRequestPayload', {
  description: 'The result of `openServiceRequest`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class OpenServiceRequestPayload extends MutationPayload {
  @Field(() => EntitlementEntry, {
    nullable: true,
    description: 'The entitlement ledger entry that consumed one entitlement to open the service request (FEE-2); null when userErrors rejected the input.',
  })
  consumption?: EntitlementEntry;

  @Field(() => Entitlement, { nullable: true, description: 'What is left of the kind afterwards.' })
  entitlement?: Entitlement;
}

@Resolver(() => Entitlement)
export class EntitlementResolver {
  constructor(private readonly entitlementService: EntitlementService) {}

  @Authorized(...readers(FEES_READ_SCOPE))
  @Query(() => [Entitlement], {
    description: "FEE-2: a partner's entitlements by kind: granted, consumed, remaining. A bounded list, not paged: one entry per entitlement kind.",
  })
  async entitlements(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { description: 'Id of the `Partner` whose entitlement balances to return (FEE-2).' }) partnerId: string,
  ): Promise<Entitlement[]> {
    ctx.assertCanSeePartner(partnerId, 'Partner', partnerId);
    return this.entitlementService.balances(ctx, partnerId);
  }

  @Authorized(...readers(FEES_READ_SCOPE))
  @Query(() => EntitlementEntryConnection, { description: "FEE-8: a partner's entitlement ledger, oldest first." })
  async entitlementEntries(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { description: 'Id of the `Partner` whose entitlement ledger to page through (FEE-8).' }) partnerId: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ): Promise<EntitlementEntryConnection> {
    ctx.assertCanSeePartner(partnerId, 'Partner', partnerId);
    return paginate(ctx.em.createQueryBuilder(EntitlementEntry, 'e').where('e.partnerId = :partnerId', { partnerId }), args);
  }

  @Authorized(...STAFF, Role.PARTNER)
  @Mutation(() => OpenServiceRequestPayload, { description: 'FEE-2: opens a service request, consuming exactly one entitlement of its kind.' })
  async openServiceRequest(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OpenServiceRequestInput, { description: 'The input: see `OpenServiceRequestInput`.' }) input: OpenServiceRequestInput,
  ): Promise<OpenServiceRequestPayload> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    return runMutation(ctx, () => this.entitlementService.consume(ctx, input));
  }
}
