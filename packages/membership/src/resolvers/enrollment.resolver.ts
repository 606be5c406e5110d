import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Maybe } from '@alliance/kernel';
import { BadInputError, maybeThen, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { Agreement, AgreementKind } from '../entities/agreement.entity';
import { Enrollment, EnrollmentState } from '../entities/enrollment.entity';
import { EnrollmentStateChange } from '../entities/enrollment-state-change.entity';
import { Partner } from '../entities/partner.entity';
import { Program } from '../entities/program.entity';
import { EnrollPartnerInput, SignAgreementInput, TerminateEnrollmentInput } from '../inputs/enrollment.input';
import { EnrollmentNotInForce } from '../rules/enrollment.rules';
import { EnrollmentService } from '../services/enrollment.service';
import { PartnerService } from '../services/partner.service';
import { EnrollmentPayload, GoverningClause, SignAgreementPayload } from './payloads';

const TOPIC = /^[a-z][a-z0-9_.-]{0,59}$/;

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  constructor(
    private readonly enrollments: EnrollmentService,
    private readonly partners: PartnerService,
  ) {}

  @Authorized(...readers('partners:read'))
  @Query(() => Enrollment, { description: 'An enrollment. A PARTNER key sees only its own.' })
  enrollment(
    @Arg('id', () => ID, { description: 'Id of the `Enrollment` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Enrollment> {
    return this.enrollments.get(ctx, id);
  }

  @Authorized(...readers('partners:read'))
  @Query(() => GoverningClause, {
    nullable: true,
    description: 'MEM-3: the clause that governs a topic for an enrollment; null when no document speaks to it.',
  })
  async governingClause(
    @Arg('enrollmentId', () => ID, { description: 'Id of the `Enrollment` whose documents decide (MEM-3).' }) enrollmentId: string,
    @Arg('topic', {
      description: "The topic, such as \"termination\"; the Program Addendum's clause on it governs, then the PEPA's, then the Program Guide's (MEM-3).",
    })
    topic: string,
    @Ctx() ctx: RequestContext,
  ): Promise<GoverningClause | null> {
    if (!TOPIC.test(topic)) throw new BadInputError('topic', 'topic must be lower-case letters, digits, _ . - (at most 60)');
    const found = await this.enrollments.governingClause(ctx, enrollmentId, topic);
    return found ? { topic, document: found.kind, documentId: found.documentId, text: found.text, overridden: found.overridden } : null;
  }

  @FieldResolver(() => EnrollmentState, {
    description: 'The state now: ACTIVE past its term reads EXPIRED (MEM-4); ACTIVE while the partner holds no active TAP membership reads SUSPENDED (MEM-1).',
  })
  state(@Root() enrollment: Enrollment, @Ctx() ctx: RequestContext): Maybe<EnrollmentState> {
    return this.enrollments.stateNowOf(ctx, enrollment);
  }

  @FieldResolver(() => Boolean, { description: 'MEM-1, MEM-4: whether the membership is in force now (the partner may take part in the program).' })
  inForce(@Root() enrollment: Enrollment, @Ctx() ctx: RequestContext): Maybe<boolean> {
    return maybeThen(this.enrollments.standingNow(ctx, enrollment), (standing) => standing.inForce);
  }

  @FieldResolver(() => EnrollmentNotInForce, { nullable: true, description: 'Why the membership is not in force now; null when it is.' })
  inactiveReason(@Root() enrollment: Enrollment, @Ctx() ctx: RequestContext): Maybe<EnrollmentNotInForce | null> {
    return maybeThen(this.enrollments.standingNow(ctx, enrollment), (standing) => standing.reason);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The enrolled partner; null when the key may not see it.' })
  partner(@Root() enrollment: Enrollment, @Ctx() ctx: RequestContext): Promise<Partner | null> {
    return this.partners.load(ctx, enrollment.partnerId);
  }

  @FieldResolver(() => Program, { nullable: true, description: 'The program enrolled in; null when the key may not see it.' })
  program(@Root() enrollment: Enrollment, @Ctx() ctx: RequestContext): Maybe<Program | null> {
    return this.enrollments.programOf(ctx, enrollment);
  }

  @FieldResolver(() => [Agreement], { description: 'The agreements signed for this enrollment; ACTIVE needs all required ones (MEM-2).' })
  agreements(@Root() enrollment: Enrollment, @Ctx() ctx: RequestContext): Promise<Agreement[]> {
    return this.enrollments.agreements(ctx, enrollment.id);
  }

  @FieldResolver(() => [AgreementKind], { description: "MEM-2: the agreements this enrollment needs, from the partner's join date and the program cutoff." })
  requiredAgreements(@Root() enrollment: Enrollment, @Ctx() ctx: RequestContext): Promise<AgreementKind[]> {
    return this.enrollments.required(ctx, enrollment);
  }

  @FieldResolver(() => [AgreementKind], { description: 'Required agreements not yet signed.' })
  missingAgreements(@Root() enrollment: Enrollment, @Ctx() ctx: RequestContext): Promise<AgreementKind[]> {
    return this.enrollments.missing(ctx, enrollment);
  }

  @FieldResolver(() => [EnrollmentStateChange], { description: 'Every state change with who, when and why (MEM-10).' })
  history(@Root() enrollment: Enrollment, @Ctx() ctx: RequestContext): Promise<EnrollmentStateChange[]> {
    return this.enrollments.history(ctx, enrollment.id);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER)
  @Mutation(() => EnrollmentPayload, { description: 'MEM-1: needs an active TAP membership; starts PENDING until the agreements are signed.' })
  enrollPartner(
    @Arg('input', { description: 'The input: see `EnrollPartnerInput`.' }) input: EnrollPartnerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentPayload> {
    return runMutation(ctx, async () => ({ enrollment: await this.enrollments.enroll(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER)
  @Mutation(() => SignAgreementPayload, { description: 'MEM-2: the last required signature activates the enrollment for the agreed term.' })
  signAgreement(
    @Arg('input', { description: 'The input: see `SignAgreementInput`.' }) input: SignAgreementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SignAgreementPayload> {
    return runMutation(ctx, async () => this.enrollments.sign(ctx, input));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => EnrollmentPayload, { description: "MEM-6: terminates the agreements and the membership, and the program's collateral access." })
  terminateEnrollment(
    @Arg('input', { description: 'The input: see `TerminateEnrollmentInput`.' }) input: TerminateEnrollmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EnrollmentPayload> {
    return runMutation(ctx, async () => ({ enrollment: await this.enrollments.terminate(ctx, input) }));
  }
}
