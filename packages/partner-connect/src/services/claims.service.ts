import { In } from 'typeorm';
import { NotFoundError, RequestContext, UserError } from '@alliance/kernel';
import { PartnerConnectConfig } from '../config';
import { Booking, InfluenceClaim, LifecycleClaim } from '../entities';
import { BusinessModelKind, InfluenceActivity, InfluenceClaimStatus, LifecycleClaimStatus, PointsEntryKind, PointsEntrySource } from '../enums';
import { checkApprovedBeforeWork, checkCompletionFiledInTime } from '../rules/influence.rules';
import { programYearOf } from '../rules/program-year.rules';
import { BookingService } from './bookings.service';
import { LedgerService } from './ledger.service';
import { ParticipantService } from './participants.service';

/** PC-4 lifecycle claims and PC-5 influence claims. */
export class ClaimService {
  constructor(
    private readonly config: PartnerConnectConfig,
    private readonly ledger: LedgerService,
    private readonly participants: ParticipantService,
    private readonly bookings: BookingService,
  ) {}

  async submitLifecycleClaim(
    ctx: RequestContext,
    input: { partnerId: string; activity: string; customerId: string; description?: string | null },
  ): Promise<LifecycleClaim> {
    await this.participants.require(ctx, input.partnerId);
    if (!(input.activity in this.config.lifecycleActivities)) {
      throw new UserError(
        'LIFECYCLE_ACTIVITY_UNKNOWN',
        `PC-4: unknown lifecycle activity ${input.activity}; known: ${Object.keys(this.config.lifecycleActivities).join(', ')}`,
        'activity',
      );
    }
    return ctx.em.save(
      LifecycleClaim,
      ctx.em.create(LifecycleClaim, {
        partnerId: input.partnerId,
        activity: input.activity,
        customerId: input.customerId,
        description: input.description ?? null,
        status: LifecycleClaimStatus.SUBMITTED,
        submittedAt: ctx.now(),
        decidedAt: null,
        pointsThousandths: null,
      }),
    );
  }

  async lifecycleClaim(ctx: RequestContext, id: string): Promise<LifecycleClaim> {
    const claim = await ctx.em.findOneBy(LifecycleClaim, { id });
    if (!claim) throw new NotFoundError('PartnerConnectLifecycleClaim', id);
    return claim;
  }

  /** PC-4: lifecycle points are awarded when the claim reaches "approved base claim", not before. */
  async decideLifecycleClaim(ctx: RequestContext, input: { claimId: string; approve: boolean }): Promise<LifecycleClaim> {
    const claim = await this.lifecycleClaim(ctx, input.claimId);
    if (claim.status !== LifecycleClaimStatus.SUBMITTED) {
      throw new UserError('CLAIM_ALREADY_DECIDED', `the claim is already ${claim.status}`, 'claimId');
    }
    const now = ctx.now();
    claim.decidedAt = now;
    if (!input.approve) {
      claim.status = LifecycleClaimStatus.REJECTED;
      return ctx.em.save(LifecycleClaim, claim);
    }
    await this.participants.require(ctx, claim.partnerId, 'claimId');
    claim.status = LifecycleClaimStatus.APPROVED_BASE_CLAIM;
    claim.pointsThousandths = this.config.lifecycleActivities[claim.activity] ?? 0;
    await ctx.em.save(LifecycleClaim, claim);
    await this.ledger.append(ctx, [
      {
        partnerId: claim.partnerId,
        programYear: programYearOf(now, this.config.fiscalYearStartMonth).year,
        kind: PointsEntryKind.PERFORMANCE,
        source: PointsEntrySource.LIFECYCLE_CLAIM,
        amount: claim.pointsThousandths,
        requestedAmount: null,
        capGroup: null,
        earnedAt: now,
        bookingId: null,
        reference: claim.id,
        reversesEntryId: null,
        validFrom: null,
        validUntil: null,
        note: `${claim.activity} for ${claim.customerId}`,
      },
    ]);
    await this.participants.reevaluate(ctx, claim.partnerId);
    return claim;
  }

  /** PC-5: an intention claim for a PoC or technical assessment, by a Solution Services partner. */
  async submitInfluenceIntention(
    ctx: RequestContext,
    input: { partnerId: string; customerId: string; opportunityId: string; solution: string; activity: InfluenceActivity },
  ): Promise<InfluenceClaim> {
    await this.participants.require(ctx, input.partnerId);
    if (!(await this.participants.hasBusinessModel(ctx, input.partnerId, BusinessModelKind.SOLUTION_SERVICES, ctx.now()))) {
      throw new UserError(
        'INFLUENCE_REQUIRES_SOLUTION_SERVICES',
        'PC-5: only partners in the Solution Services business model earn influence points',
        'partnerId',
      );
    }
    return ctx.em.save(
      InfluenceClaim,
      ctx.em.create(InfluenceClaim, {
        ...input,
        status: InfluenceClaimStatus.SUBMITTED,
        submittedAt: ctx.now(),
        decidedAt: null,
        approvedAt: null,
        workStartedAt: null,
        workEndedAt: null,
        completedAt: null,
        creditedBookingId: null,
        creditedAt: null,
      }),
    );
  }

  async influenceClaim(ctx: RequestContext, id: string): Promise<InfluenceClaim> {
    const claim = await ctx.em.findOneBy(InfluenceClaim, { id });
    if (!claim) throw new NotFoundError('PartnerConnectInfluenceClaim', id);
    return claim;
  }

  async decideInfluenceIntention(ctx: RequestContext, input: { claimId: string; approve: boolean }): Promise<InfluenceClaim> {
    const claim = await this.influenceClaim(ctx, input.claimId);
    if (claim.status !== InfluenceClaimStatus.SUBMITTED) {
      throw new UserError('CLAIM_ALREADY_DECIDED', `the claim is already ${claim.status}`, 'claimId');
    }
    const now = ctx.now();
    claim.decidedAt = now;
    claim.status = input.approve ? InfluenceClaimStatus.APPROVED : InfluenceClaimStatus.REJECTED;
    claim.approvedAt = input.approve ? now : null;
    return ctx.em.save(InfluenceClaim, claim);
  }

  /**
   * PC-5: files the completion of approved work: the work must have started after the approval
   * and the completion be filed within 30 days after the work ended. A deal already booked
   * through another partner within 2 years after the approval is credited at once.
   */
  async completeInfluenceWork(ctx: RequestContext, input: { claimId: string; workStartedAt: Date; workEndedAt: Date }): Promise<InfluenceClaim> {
    const claim = await this.influenceClaim(ctx, input.claimId);
    if (claim.status !== InfluenceClaimStatus.APPROVED || !claim.approvedAt) {
      throw new UserError('INFLUENCE_NOT_APPROVED', `PC-5: the intention claim is ${claim.status}, not APPROVED`, 'claimId');
    }
    const now = ctx.now();
    if (input.workEndedAt.getTime() < input.workStartedAt.getTime() || input.workEndedAt.getTime() > now.getTime()) {
      throw new UserError('INFLUENCE_WORK_DATES_INVALID', 'PC-5: the work must end after it starts and not in the future', 'workEndedAt');
    }
    for (const check of [checkApprovedBeforeWork(claim.approvedAt, input.workStartedAt), checkCompletionFiledInTime(input.workEndedAt, now)]) {
      if (!check.ok) throw new UserError(check.code, check.message, check.field);
    }
    claim.workStartedAt = input.workStartedAt;
    claim.workEndedAt = input.workEndedAt;
    claim.completedAt = now;
    claim.status = InfluenceClaimStatus.COMPLETED;
    await ctx.em.save(InfluenceClaim, claim);
    const booked = await ctx.em.findBy(Booking, { customerId: claim.customerId, opportunityId: claim.opportunityId, solution: claim.solution });
    const credited = await this.bookings.creditInfluence(ctx, booked, [claim]);
    if (credited.length > 0) await this.participants.reevaluate(ctx, claim.partnerId);
    return claim;
  }

  async claimsOf(ctx: RequestContext, partnerIds: string[]): Promise<InfluenceClaim[]> {
    return ctx.em.findBy(InfluenceClaim, { partnerId: In(partnerIds) });
  }
}
