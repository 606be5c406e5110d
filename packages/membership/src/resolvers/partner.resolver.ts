import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Maybe } from '@alliance/kernel';
import {
  columnProperties,
  columnsForSelection,
  ConnectionArgs,
  maybeThen,
  readers,
  RequestContext,
  Role,
  runMutation,
  scope,
  selectedPaths,
} from '@alliance/kernel';
import { Enrollment } from '../entities/enrollment.entity';
import { Partner } from '../entities/partner.entity';
import { PartnerContact } from '../entities/partner-contact.entity';
import { Program } from '../entities/program.entity';
import { NetworkMembership, NetworkMembershipKind } from '../entities/tap-membership.entity';
import { CreatePartnerInput, EndNetworkMembershipInput, PartnerFilter, RecordNetworkMembershipInput, SetPartnerContactInput } from '../inputs/partner.input';
import { isMembershipActive } from '../rules/requirements.rules';
import { EnrollmentService } from '../services/enrollment.service';
import { MembershipTerm, PartnerService } from '../services/partner.service';
import { CreatePartnerPayload, NetworkMembershipPayload, PartnerConnection, SetPartnerContactPayload } from './payloads';

const MANAGERS = [Role.ADMIN, Role.PROGRAM_MANAGER];

/** The columns each of Partner's resolved fields reads: all of them only the partner's id. */
const PARTNER_FIELD_NEEDS: Record<string, (keyof Partner)[]> = {
  enrollments: ['id'],
  tapMemberships: ['id'],
  tsanetMemberships: ['id'],
  tapActive: ['id'],
  tsanetActive: ['id'],
  contacts: ['id'],
  collateralAccess: ['id'],
};

/** The columns each of Enrollment's resolved fields reads (any other resolved field gets every column). */
const ENROLLMENT_FIELD_NEEDS: Record<string, (keyof Enrollment)[]> = {
  state: ['partnerId', 'recordedState', 'termStartsAt', 'termEndsAt'],
  inForce: ['partnerId', 'recordedState', 'termStartsAt', 'termEndsAt'],
  inactiveReason: ['partnerId', 'recordedState', 'termStartsAt', 'termEndsAt'],
  partner: ['partnerId'],
  program: ['programId'],
};

@Resolver(() => Partner)
export class PartnerResolver {
  constructor(
    private readonly partnerService: PartnerService,
    private readonly enrollmentService: EnrollmentService,
  ) {}

  @Authorized(...readers('partners:read'))
  @Query(() => Partner, { description: 'A partner. A PARTNER key sees only its own.' })
  partner(
    @Arg('id', () => ID, { description: 'Id of the `Partner` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Partner> {
    return this.partnerService.get(ctx, id);
  }

  @Authorized(...readers('partners:read'))
  @Query(() => PartnerConnection, { description: 'Pages through partner items visible to the key, in creation order.' })
  async partners(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => PartnerFilter, { nullable: true, description: 'Narrows the list (see the input type); omitted, nothing is narrowed.' })
    filter: PartnerFilter | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PartnerConnection> {
    const selected = selectedPaths(info);
    // Only the columns the selected fields read; then what the client asks of each partner is
    // read for the whole page up front, one statement per kind, so the page's fields resolve
    // without waiting (the partner list is a hot read).
    const columns = columnsForSelection(selected, 'edges.node.', columnProperties(ctx.em, Partner), PARTNER_FIELD_NEEDS) as (keyof Partner & string)[] | null;
    const page = await this.partnerService.list(ctx, { ...args, filter }, columns);
    const ids = page.edges.map((edge) => edge.node.id);
    const enrollmentState =
      selected.has('edges.node.enrollments.state') || selected.has('edges.node.enrollments.inForce') || selected.has('edges.node.enrollments.inactiveReason');
    // Issued together: on PostgreSQL each is a round trip of its own on the pool.
    const reads: Promise<void>[] = [];
    if (selected.has('edges.node.tapActive') || enrollmentState) reads.push(this.partnerService.preloadTerms(ctx, ids, NetworkMembershipKind.TAP));
    if (selected.has('edges.node.tsanetActive')) reads.push(this.partnerService.preloadTerms(ctx, ids, NetworkMembershipKind.TSANET));
    if (selected.has('edges.node.tapMemberships')) reads.push(this.partnerService.preloadMemberships(ctx, ids, NetworkMembershipKind.TAP));
    if (selected.has('edges.node.tsanetMemberships')) reads.push(this.partnerService.preloadMemberships(ctx, ids, NetworkMembershipKind.TSANET));
    if (selected.has('edges.node.enrollments')) {
      const enrollmentColumns = columnsForSelection(selected, 'edges.node.enrollments.', columnProperties(ctx.em, Enrollment), ENROLLMENT_FIELD_NEEDS);
      const programColumns = columnsForSelection(selected, 'edges.node.enrollments.program.', columnProperties(ctx.em, Program), {});
      reads.push(
        this.enrollmentService.preloadForPartners(
          ctx,
          page.edges.map((edge) => edge.node),
          selected.has('edges.node.enrollments.program'),
          enrollmentColumns as (keyof Enrollment & string)[] | null,
          programColumns as (keyof Program & string)[] | null,
        ),
      );
    }
    await Promise.all(reads);
    return page;
  }

  @FieldResolver(() => [Enrollment], { description: "The partner's program enrollments, each with its own agreements, term and state (MEM-10)." })
  enrollments(@Root() partner: Partner, @Ctx() ctx: RequestContext): Maybe<Enrollment[]> {
    return this.enrollmentService.enrollmentsField(ctx, partner);
  }

  @FieldResolver(() => [NetworkMembership], { description: 'TAP memberships, oldest first (MEM-1).' })
  tapMemberships(@Root() partner: Partner, @Ctx() ctx: RequestContext): Maybe<NetworkMembership[]> {
    return this.partnerService.memberships(ctx, partner.id, NetworkMembershipKind.TAP);
  }

  @FieldResolver(() => [NetworkMembership], { description: 'TSANet memberships, oldest first (MEM-9).' })
  tsanetMemberships(@Root() partner: Partner, @Ctx() ctx: RequestContext): Maybe<NetworkMembership[]> {
    return this.partnerService.memberships(ctx, partner.id, NetworkMembershipKind.TSANET);
  }

  @FieldResolver(() => Boolean, { description: 'Whether a TAP membership is active now (MEM-1).' })
  tapActive(@Root() partner: Partner, @Ctx() ctx: RequestContext): Maybe<boolean> {
    return maybeThen(this.partnerService.terms(ctx, partner.id, NetworkMembershipKind.TAP), (terms) => anyActiveNow(terms, ctx));
  }

  @FieldResolver(() => Boolean, { description: 'Whether a TSANet membership is active now; needed to keep certifications (MEM-9).' })
  tsanetActive(@Root() partner: Partner, @Ctx() ctx: RequestContext): Maybe<boolean> {
    return maybeThen(this.partnerService.terms(ctx, partner.id, NetworkMembershipKind.TSANET), (terms) => anyActiveNow(terms, ctx));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.CERTIFICATION_REVIEWER, Role.SUPPORT_ENGINEER, Role.PARTNER, scope('contacts:read'))
  @FieldResolver(() => [PartnerContact], { description: 'Confidential contacts (MEM-8): staff, the partner itself, and integrations with contacts:read.' })
  contacts(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<PartnerContact[]> {
    return this.partnerService.contacts(ctx, partner.id);
  }

  @FieldResolver(() => [Program], { description: 'Programs whose collateral and website the partner may use now (MEM-6, MEM-7).' })
  collateralAccess(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<Program[]> {
    return this.enrollmentService.collateralAccess(ctx, partner.id);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => CreatePartnerPayload, {
    description: 'Creates a technology partner; it needs an active TAP membership before it may enroll in a program (MEM-1).',
  })
  createPartner(
    @Arg('input', { description: 'The input: see `CreatePartnerInput`.' }) input: CreatePartnerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatePartnerPayload> {
    return runMutation(ctx, async () => ({ partner: await this.partnerService.create(ctx, input) }));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => NetworkMembershipPayload, { description: 'Records a TAP membership term (MEM-1).' })
  recordTapMembership(
    @Arg('input', { description: 'The input: see `RecordNetworkMembershipInput`.' }) input: RecordNetworkMembershipInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkMembershipPayload> {
    return runMutation(ctx, async () => ({ membership: await this.partnerService.recordNetworkMembership(ctx, NetworkMembershipKind.TAP, input) }));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => NetworkMembershipPayload, { description: 'Records a TSANet membership term (MEM-9).' })
  recordTsanetMembership(
    @Arg('input', { description: 'The input: see `RecordNetworkMembershipInput`.' }) input: RecordNetworkMembershipInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkMembershipPayload> {
    return runMutation(ctx, async () => ({ membership: await this.partnerService.recordNetworkMembership(ctx, NetworkMembershipKind.TSANET, input) }));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => NetworkMembershipPayload, {
    description: "Ends the partner's active TAP or TSANet membership now; its certifications are flagged for review (MEM-9, CERT-8).",
  })
  endNetworkMembership(
    @Arg('input', { description: 'The input: see `EndNetworkMembershipInput`.' }) input: EndNetworkMembershipInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkMembershipPayload> {
    return runMutation(ctx, async () => ({ membership: await this.partnerService.endNetworkMembership(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER)
  @Mutation(() => SetPartnerContactPayload, { description: 'Names or replaces the contact for a role (MEM-8).' })
  setPartnerContact(
    @Arg('input', { description: 'The input: see `SetPartnerContactInput`.' }) input: SetPartnerContactInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SetPartnerContactPayload> {
    return runMutation(ctx, async () => {
      ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
      return { contact: await this.partnerService.setContact(ctx, input) };
    });
  }
}

/** Whether any of the memberships is active now (the clock read once). */
function anyActiveNow(memberships: MembershipTerm[], ctx: RequestContext): boolean {
  if (memberships.length === 0) return false;
  const now = ctx.now();
  return memberships.some((m) => isMembershipActive(m, now));
}
