import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, ConnectionResult, MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { TsanetGroup } from '../entities/tsanet-group.entity';
import { TsanetMember } from '../entities/tsanet-member.entity';
import { TsanetMemberState } from '../enums';
import {
  AcknowledgeValidationCaseInput,
  CompleteTsanetMemberFormInput,
  CreateTsanetGroupInput,
  DecideTsanetMemberInput,
  RenewTsanetMemberInput,
  SignUpTsanetMemberInput,
  TakeTsanetMemberLiveInput,
} from '../inputs/tsanet.input';
import { TsanetService } from '../services/tsanet.service';
import { SUPPORT_SCOPE } from './support-case.resolver';

const ONBOARDING = [Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER, Role.PARTNER];

@ObjectType({ description: 'A page of TSANet group items, in creation order.' })
export class TsanetGroupConnection extends Connection(TsanetGroup) {}

@ObjectType({
  description: 'The result of `createTsanetGroup`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class CreateTsanetGroupPayload extends MutationPayload {
  @Field(() => TsanetGroup, { nullable: true, description: 'The TsanetGroup as `createTsanetGroup` left it; null when userErrors rejected the input.' })
  tsanetGroup?: TsanetGroup | null;
}

@ObjectType({
  description:
    'The result of `acknowledgeValidationCase`, `completeTsanetMemberForm`, `decideTsanetMember`, `renewTsanetMember`, `signUpTsanetMember` or `takeTsanetMemberLive`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class TsanetMemberPayload extends MutationPayload {
  @Field(() => TsanetMember, { nullable: true, description: 'The TsanetMember as the mutation left it; null when userErrors rejected the input.' })
  member?: TsanetMember | null;
}

@Resolver(() => TsanetGroup)
export class TsanetGroupResolver {
  constructor(private readonly tsanet: TsanetService) {}

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => TsanetGroup, { description: 'A group; a PARTNER key sees groups it hosts or belongs to.' })
  tsanetGroup(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `TsanetGroup` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
  ): Promise<TsanetGroup> {
    return this.tsanet.group(ctx, id);
  }

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => TsanetGroupConnection, { description: 'Pages through TSANet group items visible to the key, in creation order.' })
  tsanetGroups(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs): Promise<ConnectionResult<TsanetGroup>> {
    return this.tsanet.groups(ctx, args);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER)
  @Mutation(() => CreateTsanetGroupPayload, { description: 'SUP-9: define a TSANet partner group.' })
  createTsanetGroup(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `CreateTsanetGroupInput`.' }) input: CreateTsanetGroupInput,
  ): Promise<CreateTsanetGroupPayload> {
    return runMutation(ctx, async () => ({ tsanetGroup: await this.tsanet.create(ctx, input) }));
  }

  @Authorized(...ONBOARDING)
  @Mutation(() => TsanetMemberPayload, { description: 'SUP-9 steps 1-3: sign up (member-paid groups bill the dues).' })
  signUpTsanetMember(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `SignUpTsanetMemberInput`.' }) input: SignUpTsanetMemberInput,
  ): Promise<TsanetMemberPayload> {
    return runMutation(ctx, async () => ({ member: await this.tsanet.signUp(ctx, input) }));
  }

  @Authorized(...ONBOARDING)
  @Mutation(() => TsanetMemberPayload, { description: 'SUP-9: complete the sign-up form (a pre-approved member is approved at once).' })
  completeTsanetMemberForm(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `CompleteTsanetMemberFormInput`.' }) input: CompleteTsanetMemberFormInput,
  ): Promise<TsanetMemberPayload> {
    return runMutation(ctx, async () => ({ member: await this.tsanet.completeMemberForm(ctx, input) }));
  }

  @Authorized(...ONBOARDING)
  @Mutation(() => TsanetMemberPayload, { description: 'SUP-9 step 4: the host approves or rejects.' })
  decideTsanetMember(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `DecideTsanetMemberInput`.' }) input: DecideTsanetMemberInput,
  ): Promise<TsanetMemberPayload> {
    return runMutation(ctx, async () => ({ member: await this.tsanet.decide(ctx, input) }));
  }

  @Authorized(...ONBOARDING)
  @Mutation(() => TsanetMemberPayload, { description: 'SUP-9 steps 5-6: the member acknowledged the validation test case.' })
  acknowledgeValidationCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `AcknowledgeValidationCaseInput`.' }) input: AcknowledgeValidationCaseInput,
  ): Promise<TsanetMemberPayload> {
    return runMutation(ctx, async () => ({ member: await this.tsanet.acknowledgeValidation(ctx, input) }));
  }

  @Authorized(...ONBOARDING)
  @Mutation(() => TsanetMemberPayload, { description: 'SUP-9 / FEE-7: take a validated member live (member-paid: after the payment receipt).' })
  takeTsanetMemberLive(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `TakeTsanetMemberLiveInput`.' }) input: TakeTsanetMemberLiveInput,
  ): Promise<TsanetMemberPayload> {
    return runMutation(ctx, async () => ({ member: await this.tsanet.takeLive(ctx, input) }));
  }

  @Authorized(...ONBOARDING)
  @Mutation(() => TsanetMemberPayload, { description: 'SUP-9: invoice the member-paid renewal (from 30 days before the renewal date).' })
  renewTsanetMember(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RenewTsanetMemberInput`.' }) input: RenewTsanetMemberInput,
  ): Promise<TsanetMemberPayload> {
    return runMutation(ctx, async () => ({ member: await this.tsanet.renew(ctx, input) }));
  }

  @FieldResolver(() => [TsanetMember], { description: 'All members for the host and staff; a member sees only itself.' })
  members(@Root() group: TsanetGroup, @Ctx() ctx: RequestContext): Promise<TsanetMember[]> {
    return this.tsanet.membersOf(ctx, group);
  }
}

@Resolver(() => TsanetMember)
export class TsanetMemberResolver {
  constructor(private readonly tsanet: TsanetService) {}

  @FieldResolver(() => TsanetMemberState, { description: 'Onboarding state; TERMINATED when a member-paid member was not renewed within 90 days.' })
  async state(@Root() member: TsanetMember, @Ctx() ctx: RequestContext): Promise<TsanetMemberState> {
    const group = await this.tsanet.groupOf(ctx, member.groupId);
    return group ? this.tsanet.stateOf(ctx, member, group) : member.storedState;
  }
}
