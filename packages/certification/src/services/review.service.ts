import { In } from 'typeorm';
import { ConnectionResult, groupBy, loadByParent, paginate, RequestContext, UserError, whereVisiblePartner } from '@alliance/kernel';
import { Artifact, HotFix, Listing, ReviewSlot, SlotReservation, Software, SoftwareVersion, Submission } from '../entities';
import { HotFixStatus, ListingHistoryAction, ReviewSlotReservationStatus, SubmissionStatus } from '../enums';
import {
  CertifySubmissionInput,
  CreateReviewSlotInput,
  DenySubmissionInput,
  ReserveReviewSlotInput,
  ReviewSlotFilter,
  SubmissionFilter,
  SubmitForCertificationInput,
} from '../inputs/review.input';
import { FeesPort, MembershipPort, ReleasesPort } from '../ports';
import { slotRefusal } from '../rules/slots.rules';
import { actorName, findActable, findOrNotFound, findVisible } from './access';
import { CatalogService } from './catalog.service';
import { ListingService } from './listing.service';

type Page = { first?: number | null; after?: string | null };

/** Review slots, submissions and the vendor's decisions (CERT-2..CERT-5). */
export class ReviewService {
  constructor(
    private readonly ports: { releases: ReleasesPort; membership: MembershipPort; fees: FeesPort },
    private readonly catalog: CatalogService,
    private readonly listings: ListingService,
  ) {}

  async createSlot(ctx: RequestContext, input: CreateReviewSlotInput): Promise<ReviewSlot> {
    return ctx.em.save(
      ctx.em.create(ReviewSlot, {
        programId: input.programId,
        startsAt: input.startsAt,
        capacity: input.capacity,
        note: input.note ?? null,
        createdAt: ctx.now(),
      }),
    );
  }

  /** CERT-2: reserve a slot up to its start, while it has room (capacity checked under a lock). */
  async reserveSlot(ctx: RequestContext, input: ReserveReviewSlotInput): Promise<SlotReservation> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    const slot = await findOrNotFound(ctx, ReviewSlot, input.slotId, 'ReviewSlot');
    await ctx.db.lock(ctx.em, `cert:review-slot:${slot.id}`);
    const taken = await ctx.em.countBy(SlotReservation, { slotId: slot.id });
    const refusal = slotRefusal(slot, taken, ctx.now());
    if (refusal === 'SLOT_STARTED') throw new UserError(refusal, `CERT-2: slot ${slot.id} started at ${slot.startsAt.toISOString()}`, 'slotId');
    if (refusal === 'SLOT_FULL') throw new UserError(refusal, `CERT-2: slot ${slot.id} is full (${slot.capacity} reservations)`, 'slotId');
    return ctx.em.save(
      ctx.em.create(SlotReservation, {
        slotId: slot.id,
        partnerId: input.partnerId,
        status: ReviewSlotReservationStatus.RESERVED,
        capabilityMatrix: input.capabilityMatrix.map((answer) => ({ capability: answer.capability, supported: answer.supported, notes: answer.notes ?? null })),
        reservedAt: ctx.now(),
        submissionId: null,
      }),
    );
  }

  slots(ctx: RequestContext, filter: ReviewSlotFilter | null | undefined, args: Page): Promise<ConnectionResult<ReviewSlot>> {
    const query = ctx.em.createQueryBuilder(ReviewSlot, 'slot');
    if (filter?.programId) query.andWhere('slot.programId = :programId', { programId: filter.programId });
    if (filter?.startsFrom) query.andWhere('slot.startsAt >= :from', { from: filter.startsFrom.toISOString() });
    return paginate(query, args);
  }

  /** Reservations of a slot the caller may see (a partner sees only its own). */
  reservationsOf(ctx: RequestContext, slotId: string): Promise<SlotReservation[]> {
    return loadByParent(ctx, SlotReservation, 'slotId', { order: { id: 'ASC' } })
      .load(slotId)
      .then((rows) => rows.filter((row) => ctx.canSeePartner(row.partnerId)));
  }

  /** Seats still free in a slot (counts every partner's reservations, shows no names). */
  async seatsLeft(ctx: RequestContext, slot: ReviewSlot): Promise<number> {
    const counts = await ctx
      .loader<string, number>('cert.reservationCountBySlot', async (ids) => {
        const rows = await ctx.em.find(SlotReservation, { where: { slotId: In([...ids]) }, select: { id: true, slotId: true } });
        return groupBy(ids, rows, (row) => row.slotId).map((list) => list.length);
      })
      .load(slot.id);
    return Math.max(slot.capacity - counts, 0);
  }

  /**
   * CERT-3: refused unless the release allows certification now (RC or GA), the
   * enrollment is active and a submission entitlement is consumed. Release and
   * enrollment are checked before anything is consumed; the whole use case runs in the
   * caller's transaction, so a refusal anywhere leaves nothing behind.
   */
  async submit(ctx: RequestContext, input: SubmitForCertificationInput): Promise<Submission> {
    const version = await findActable(ctx, SoftwareVersion, input.versionId, 'SoftwareVersion');
    const software = await ctx.em.findOneByOrFail(Software, { id: version.softwareId });
    const now = ctx.now();
    await this.catalog.requirePolicy(ctx, software.programId, 'versionId');

    const release = await this.ports.releases.activityAllowed(ctx, {
      partnerId: version.partnerId,
      releaseId: input.releaseId,
      activity: 'CERTIFICATION',
      at: now,
    });
    if (!release.allowed || release.productId === null || release.version === null) {
      throw new UserError(
        'RELEASE_NOT_CERTIFIABLE',
        `CERT-3: release ${input.releaseId} does not allow certification now (milestone ${release.milestone ?? 'none'}, ${release.reasonCode ?? 'not allowed'}); submit at RC or GA`,
        'releaseId',
      );
    }
    const enrollment = await this.ports.membership.enrollmentStatus(ctx, { partnerId: version.partnerId, programId: software.programId, at: now });
    if (!enrollment.active) {
      throw new UserError(
        'ENROLLMENT_NOT_ACTIVE',
        `CERT-3: the enrollment in program ${software.programId} is not active (${enrollment.reasonCode ?? 'inactive'})`,
        'versionId',
      );
    }

    await ctx.db.lock(ctx.em, `cert:reservation:${input.reservationId}`);
    const reservation = await ctx.em.findOneBy(SlotReservation, { id: input.reservationId });
    const slot = reservation ? await ctx.em.findOneBy(ReviewSlot, { id: reservation.slotId }) : null;
    if (
      !reservation ||
      !slot ||
      reservation.partnerId !== version.partnerId ||
      reservation.status !== ReviewSlotReservationStatus.RESERVED ||
      slot.programId !== software.programId
    ) {
      throw new UserError(
        'SLOT_RESERVATION_REQUIRED',
        'CERT-2: name an unused review slot reservation of this partner for the software program',
        'reservationId',
      );
    }

    const submission = ctx.em.create(Submission, {
      partnerId: version.partnerId,
      programId: software.programId,
      softwareId: software.id,
      versionId: version.id,
      releaseId: input.releaseId,
      productId: release.productId,
      productVersion: release.version,
      milestone: release.milestone ?? '',
      reservationId: reservation.id,
      testResultsUrl: input.testResultsUrl,
      status: SubmissionStatus.SUBMITTED,
      submittedAt: now,
      decidedAt: null,
      decidedBy: null,
      justification: null,
      listingId: null,
    });
    submission.assignId();
    const consumption = await this.ports.fees.consumeEntitlement(ctx, {
      partnerId: version.partnerId,
      kind: 'CERTIFICATION_SUBMISSION',
      reference: `certification-submission:${submission.id}`,
    });
    submission.entitlementConsumptionId = consumption.consumptionId;
    await ctx.em.save(submission);
    reservation.status = ReviewSlotReservationStatus.USED;
    reservation.submissionId = submission.id;
    await ctx.em.save(reservation);
    return submission;
  }

  submission(ctx: RequestContext, id: string): Promise<Submission> {
    return findVisible(ctx, Submission, id, 'Submission');
  }

  submissions(ctx: RequestContext, filter: SubmissionFilter | null | undefined, args: Page): Promise<ConnectionResult<Submission>> {
    const query = ctx.em.createQueryBuilder(Submission, 'submission');
    whereVisiblePartner(query, ctx, 'submission.partnerId');
    if (filter?.partnerId) query.andWhere('submission.partnerId = :partnerId', { partnerId: filter.partnerId });
    if (filter?.softwareId) query.andWhere('submission.softwareId = :softwareId', { softwareId: filter.softwareId });
    if (filter?.versionId) query.andWhere('submission.versionId = :versionId', { versionId: filter.versionId });
    if (filter?.status) query.andWhere('submission.status = :status', { status: filter.status });
    return paginate(query, args);
  }

  /** CERT-4/CERT-5: certify; a listing is created and published when CERT-6 allows. */
  async certify(ctx: RequestContext, input: CertifySubmissionInput): Promise<{ submission: Submission; listing: Listing }> {
    const submission = await this.undecided(ctx, input.submissionId);
    const policy = await this.catalog.requirePolicy(ctx, submission.programId, 'submissionId');
    if (input.signedArtifactId) {
      const artifact = await ctx.em.findOneBy(Artifact, { id: input.signedArtifactId });
      if (!artifact || artifact.versionId !== submission.versionId) {
        throw new UserError('ARTIFACT_MISSING', 'CERT-5: the signed artifact must be an artifact of the certified version', 'signedArtifactId');
      }
    }
    const now = ctx.now();
    submission.status = SubmissionStatus.CERTIFIED;
    submission.decidedAt = now;
    submission.decidedBy = actorName(ctx);
    const listing = await this.listings.createListing(ctx, {
      partnerId: submission.partnerId,
      programId: submission.programId,
      softwareId: submission.softwareId,
      versionId: submission.versionId,
      productId: submission.productId,
      releaseId: submission.releaseId,
      productVersion: submission.productVersion,
      submissionId: submission.id,
      extendedFromListingId: null,
      signedArtifactId: policy.signsSoftware ? (input.signedArtifactId ?? null) : null,
      policy,
      action: ListingHistoryAction.CERTIFIED,
      reason: `submission ${submission.id} certified against ${submission.productVersion} (${submission.milestone})`,
    });
    submission.listingId = listing.id;
    await ctx.em.save(submission);
    // CERT-10: a certified hot fix version no longer awaits re-certification.
    await ctx.em.update(
      HotFix,
      { versionId: submission.versionId, status: HotFixStatus.AWAITING_RECERTIFICATION },
      { status: HotFixStatus.RECERTIFIED, settledAt: ctx.now() },
    );
    return { submission, listing };
  }

  /** CERT-4: denial requires a written justification. */
  async deny(ctx: RequestContext, input: DenySubmissionInput): Promise<Submission> {
    const submission = await this.undecided(ctx, input.submissionId);
    const justification = input.justification.trim();
    if (!justification) throw new UserError('JUSTIFICATION_REQUIRED', 'CERT-4: a denial needs a written justification', 'justification');
    submission.status = SubmissionStatus.DENIED;
    submission.decidedAt = ctx.now();
    submission.decidedBy = actorName(ctx);
    submission.justification = justification;
    return ctx.em.save(submission);
  }

  private async undecided(ctx: RequestContext, id: string): Promise<Submission> {
    await ctx.db.lock(ctx.em, `cert:submission:${id}`);
    const submission = await findOrNotFound(ctx, Submission, id, 'Submission');
    if (submission.status !== SubmissionStatus.SUBMITTED) {
      throw new UserError('SUBMISSION_ALREADY_DECIDED', `CERT-4: submission ${id} was already ${submission.status.toLowerCase()}`, 'submissionId');
    }
    return submission;
  }
}
