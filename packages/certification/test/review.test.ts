import { newId } from '@alliance/kernel';
import {
  Listing,
  ListingHistoryAction,
  ListingRemovalReason,
  ListingStatus,
  ReviewSlotReservationStatus,
  SlotReservation,
  Software,
  Submission,
  SubmissionStatus,
  CERTIFICATION_EVENTS,
} from '../src';
import { setup, TestConsumption, userError } from './support';

describe('review slots and submissions', () => {
  it('CERT-2: a slot takes reservations up to its capacity', async () => {
    const f = await setup();
    const { slot } = await f.reservation(f.partnerA, new Date('2026-03-10T15:00:00.000Z'), 2);
    const ctxB = f.ctxFor(f.partnerB);
    await f.tx(ctxB, () =>
      f.review.reserveSlot(ctxB, { slotId: slot.id, partnerId: f.partnerB, capabilityMatrix: [{ capability: 'Replication', supported: true, notes: null }] }),
    );
    const error = await userError(f.tx(ctxB, () => f.review.reserveSlot(ctxB, { slotId: slot.id, partnerId: f.partnerB, capabilityMatrix: [] })));
    expect(error).toMatchObject({ code: 'SLOT_FULL', field: 'slotId' });
  });

  it('CERT-2: a slot is reservable at its start instant and refused 1 ms later', async () => {
    const f = await setup();
    const startsAt = new Date('2026-03-10T15:00:00.000Z');
    const slot = await f.tx(f.admin, () => f.review.createSlot(f.admin, { programId: f.programId, startsAt, capacity: 5 }));
    const ctx = f.ctxFor(f.partnerA);
    f.clock.set(startsAt);
    await f.tx(ctx, () => f.review.reserveSlot(ctx, { slotId: slot.id, partnerId: f.partnerA, capabilityMatrix: [] }));
    f.clock.set(new Date(startsAt.getTime() + 1));
    const error = await userError(f.tx(ctx, () => f.review.reserveSlot(ctx, { slotId: slot.id, partnerId: f.partnerA, capabilityMatrix: [] })));
    expect(error.code).toBe('SLOT_STARTED');
  });

  it("CERT-2: a submission must use the partner's own unused reservation", async () => {
    const f = await setup();
    const ready = await f.readyToSubmit(f.partnerA, 3);
    const other = await f.reservation(f.partnerB);
    const releaseId = f.addRelease('RC');
    const ctx = f.ctxFor(f.partnerA);
    const foreign = await userError(
      f.tx(ctx, () =>
        f.review.submit(ctx, { versionId: ready.version.id, releaseId, reservationId: other.reservation.id, testResultsUrl: 'https://x.example/r' }),
      ),
    );
    expect(foreign).toMatchObject({ code: 'SLOT_RESERVATION_REQUIRED', field: 'reservationId' });
    await f.tx(ctx, () =>
      f.review.submit(ctx, { versionId: ready.version.id, releaseId, reservationId: ready.reservation.id, testResultsUrl: 'https://x.example/r' }),
    );
    const reused = await userError(
      f.tx(ctx, () =>
        f.review.submit(ctx, { versionId: ready.version.id, releaseId, reservationId: ready.reservation.id, testResultsUrl: 'https://x.example/r' }),
      ),
    );
    expect(reused.code).toBe('SLOT_RESERVATION_REQUIRED');
    expect(await f.remainingEntitlements(f.partnerA)).toBe(2);
  });

  it('CERT-3: a submission at Beta is refused with the reason and consumes nothing', async () => {
    const f = await setup();
    const ready = await f.readyToSubmit();
    const releaseId = f.addRelease('BETA');
    const ctx = f.ctxFor(f.partnerA);
    const error = await userError(
      f.tx(ctx, () =>
        f.review.submit(ctx, { versionId: ready.version.id, releaseId, reservationId: ready.reservation.id, testResultsUrl: 'https://x.example/r' }),
      ),
    );
    expect(error).toMatchObject({ code: 'RELEASE_NOT_CERTIFIABLE', field: 'releaseId' });
    expect(error.message).toMatch(/milestone BETA/);
    expect(await f.remainingEntitlements(f.partnerA)).toBe(1);
    expect(await f.db.manager.count(TestConsumption)).toBe(0);
    expect(await f.db.manager.count(Submission)).toBe(0);
    expect((await f.db.manager.findOneByOrFail(SlotReservation, { id: ready.reservation.id })).status).toBe(ReviewSlotReservationStatus.RESERVED);
  });

  it('CERT-3: a submission at RC consumes exactly one entitlement and uses the reservation', async () => {
    const f = await setup();
    const { submission, releaseId, reservation } = await f.submitted(f.partnerA, 'RC');
    expect(submission).toMatchObject({ status: SubmissionStatus.SUBMITTED, milestone: 'RC', releaseId, productVersion: '8.0.0' });
    expect(await f.remainingEntitlements(f.partnerA)).toBe(0);
    const consumption = await f.db.manager.findOneByOrFail(TestConsumption, { id: submission.entitlementConsumptionId });
    expect(consumption.reference).toBe(`certification-submission:${submission.id}`);
    const used = await f.db.manager.findOneByOrFail(SlotReservation, { id: reservation.id });
    expect(used).toMatchObject({ status: ReviewSlotReservationStatus.USED, submissionId: submission.id });
  });

  it('CERT-3: once the fee submission entitlement is used, a further submission is refused and leaves nothing behind', async () => {
    const f = await setup();
    const first = await f.submitted(f.partnerA, 'GA');
    const { reservation } = await f.reservation(f.partnerA);
    const ctx = f.ctxFor(f.partnerA);
    const error = await userError(
      f.tx(ctx, () =>
        f.review.submit(ctx, { versionId: first.version.id, releaseId: first.releaseId, reservationId: reservation.id, testResultsUrl: 'https://x.example/r' }),
      ),
    );
    expect(error.code).toBe('ENTITLEMENT_EXHAUSTED');
    expect(await f.db.manager.count(Submission)).toBe(1);
    expect((await f.db.manager.findOneByOrFail(SlotReservation, { id: reservation.id })).status).toBe(ReviewSlotReservationStatus.RESERVED);
  });

  it('CERT-3: an inactive enrollment refuses the submission before anything is consumed', async () => {
    const f = await setup();
    const ready = await f.readyToSubmit();
    f.world.activeEnrollments.clear();
    const ctx = f.ctxFor(f.partnerA);
    const error = await userError(
      f.tx(ctx, () =>
        f.review.submit(ctx, {
          versionId: ready.version.id,
          releaseId: f.addRelease('GA'),
          reservationId: ready.reservation.id,
          testResultsUrl: 'https://x.example/r',
        }),
      ),
    );
    expect(error).toMatchObject({ code: 'ENROLLMENT_NOT_ACTIVE' });
    expect(await f.remainingEntitlements(f.partnerA)).toBe(1);
  });

  it('CERT-1: a program without an acceptance level cannot take submissions', async () => {
    const f = await setup();
    f.world.activeEnrollments.add(`${f.partnerA}:${f.programId}`);
    await f.grantEntitlements(f.partnerA, 1);
    const { version } = await f.softwareWithVersion(f.partnerA);
    const { reservation } = await f.reservation(f.partnerA);
    const ctx = f.ctxFor(f.partnerA);
    const error = await userError(
      f.tx(ctx, () =>
        f.review.submit(ctx, { versionId: version.id, releaseId: f.addRelease('GA'), reservationId: reservation.id, testResultsUrl: 'https://x.example/r' }),
      ),
    );
    expect(error.code).toBe('PROGRAM_POLICY_MISSING');
    expect(await f.remainingEntitlements(f.partnerA)).toBe(1);
  });

  it('CERT-4: a denial needs a written justification; with one it is recorded and the submission is decided', async () => {
    const f = await setup();
    const { submission } = await f.submitted();
    const blank = await userError(f.tx(f.reviewer, () => f.review.deny(f.reviewer, { submissionId: submission.id, justification: '   ' })));
    expect(blank).toMatchObject({ code: 'JUSTIFICATION_REQUIRED', field: 'justification' });
    const denied = await f.tx(f.reviewer, () => f.review.deny(f.reviewer, { submissionId: submission.id, justification: 'Failover test 4 failed twice' }));
    expect(denied).toMatchObject({ status: SubmissionStatus.DENIED, justification: 'Failover test 4 failed twice', decidedBy: 'reviewer' });
    const again = await userError(f.tx(f.reviewer, () => f.review.certify(f.reviewer, { submissionId: submission.id })));
    expect(again.code).toBe('SUBMISSION_ALREADY_DECIDED');
    expect(await f.db.manager.count(Listing)).toBe(0);
  });
});

describe('listings', () => {
  it('CERT-5: certifying creates a listing of the software version with the product version, level and date', async () => {
    const f = await setup();
    const productId = newId();
    const { listing, submission, version } = await f.certified(f.partnerA, productId);
    expect(listing).toMatchObject({
      versionId: version.id,
      productId,
      productVersion: '8.0.0',
      acceptanceLevel: 'ACCEPTED',
      certifiedAt: f.clock.now(),
      submissionId: submission.id,
      vendorSigned: false,
    });
    expect((await f.review.submission(f.admin, submission.id)).listingId).toBe(listing.id);
  });

  it('CERT-5: where the program signs software, the listing records the signed artifact', async () => {
    const f = await setup();
    await f.givePolicy(undefined, { signsSoftware: true });
    const s = await f.submitted(f.partnerA, 'GA');
    const ctx = f.ctxFor(f.partnerA);
    const artifact = await f.tx(ctx, () =>
      f.catalog.registerArtifact(ctx, { versionId: s.version.id, fileName: 'adapter.zip', md5: 'a'.repeat(32), sha1: 'b'.repeat(40), sizeBytes: 10 }),
    );
    const { listing } = await f.tx(f.reviewer, () => f.review.certify(f.reviewer, { submissionId: s.submission.id, signedArtifactId: artifact.id }));
    expect(listing).toMatchObject({ vendorSigned: true, signedArtifactId: artifact.id });
  });

  it('CERT-6: without TOI and support readiness the listing is certified but unpublished, with the missing items', async () => {
    const f = await setup();
    const { listing } = await f.certified();
    expect(listing.status).toBe(ListingStatus.CERTIFIED_UNPUBLISHED);
    expect(listing.missingItems).toContain('TOI:TOI_LICENSING');
    expect(listing.missingItems).toContain('SUPPORT_READINESS:DESIGNATED_SUPPORT_CONTACT');
    expect(listing.missingItems).not.toContain('SUPPORT_POLICY');
    expect(f.bus.ofType(CERTIFICATION_EVENTS.LISTING_PUBLISHED)).toHaveLength(0);
    expect(await f.listings.isListed(f.admin, { versionId: listing.versionId, at: f.clock.now() })).toBe(false);
  });

  it('CERT-6: the listing is published when the last TOI item is done, and the event goes out once', async () => {
    const f = await setup();
    f.world.readiness.set(f.partnerA, { ready: true, missing: [] });
    const { listing, version } = await f.certified();
    await f.completeToi(f.partnerA, version.id);
    const published = await f.listings.listing(f.admin, listing.id);
    expect(published).toMatchObject({ status: ListingStatus.PUBLISHED, missingItems: [], publishedAt: f.clock.now() });
    const events = f.bus.ofType(CERTIFICATION_EVENTS.LISTING_PUBLISHED);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ listingId: listing.id, partnerId: f.partnerA, softwareId: listing.softwareId, versionId: version.id });
    expect(await f.listings.isListed(f.admin, { softwareId: listing.softwareId, at: f.clock.now() })).toBe(true);
    expect(await f.listings.isListed(f.admin, { softwareId: listing.softwareId, at: new Date(f.clock.now().getTime() - 1) })).toBe(false);
  });

  it('CERT-6: the public support policy is required; recording it publishes the listing', async () => {
    const f = await setup();
    f.world.readiness.set(f.partnerA, { ready: true, missing: [] });
    const { listing, software, version } = await f.certified();
    await f.db.manager.update(Software, { id: software.id }, { supportPolicyUrl: null });
    await f.completeToi(f.partnerA, version.id);
    expect((await f.listings.listing(f.admin, listing.id)).missingItems).toEqual(['SUPPORT_POLICY']);
    const ctx = f.ctxFor(f.partnerA);
    await f.tx(ctx, () => f.catalog.setSupportPolicy(ctx, { softwareId: software.id, supportPolicyUrl: 'https://partner.example/policy' }));
    expect((await f.listings.listing(f.admin, listing.id)).status).toBe(ListingStatus.PUBLISHED);
  });

  it('CERT-6: publishing on demand re-asks support readiness, and refuses naming what is missing', async () => {
    const f = await setup();
    const { listing, version } = await f.certified();
    await f.completeToi(f.partnerA, version.id);
    const refused = await userError(f.tx(f.reviewer, () => f.listings.publish(f.reviewer, listing.id)));
    expect(refused).toMatchObject({ code: 'LISTING_NOT_PUBLISHABLE', field: 'listingId' });
    expect(refused.message).toMatch(/SUPPORT_READINESS:DESIGNATED_SUPPORT_CONTACT/);
    f.world.readiness.set(f.partnerA, { ready: true, missing: [] });
    expect((await f.tx(f.reviewer, () => f.listings.publish(f.reviewer, listing.id))).status).toBe(ListingStatus.PUBLISHED);
  });

  it('CERT-7: footnotes and KB links; a severe incompatibility takes the listing off the guide until a fix', async () => {
    const f = await setup();
    const { listing } = await f.publishedListing();
    await f.tx(f.reviewer, () =>
      f.listings.addFootnote(f.reviewer, { listingId: listing.id, text: 'Thin LUNs not supported', kbArticleUrl: 'https://kb.example/1014610', severe: false }),
    );
    expect((await f.listings.listing(f.admin, listing.id)).status).toBe(ListingStatus.PUBLISHED);
    const severe = await f.tx(f.reviewer, () => f.listings.addFootnote(f.reviewer, { listingId: listing.id, text: 'Data loss on failback', severe: true }));
    expect((await f.listings.listing(f.admin, listing.id)).status).toBe(ListingStatus.WITHHELD);
    expect((await f.listings.guide(f.admin, {}, {})).edges).toHaveLength(0);
    await f.tx(f.reviewer, () => f.listings.resolveFootnote(f.reviewer, { footnoteId: severe.id, resolution: 'Fixed in 2.1.0.5' }));
    expect((await f.listings.listing(f.admin, listing.id)).status).toBe(ListingStatus.PUBLISHED);
    const notes = await f.listings.footnotesOf(f.admin, listing.id);
    expect(notes.map((n) => n.kbArticleUrl)).toEqual(['https://kb.example/1014610', null]);
    const again = await userError(f.tx(f.reviewer, () => f.listings.resolveFootnote(f.reviewer, { footnoteId: severe.id, resolution: 'again' })));
    expect(again.code).toBe('FOOTNOTE_ALREADY_RESOLVED');
  });

  it('CERT-8: removal records the reason, keeps the history and publishes listing_removed', async () => {
    const f = await setup();
    const { listing } = await f.publishedListing();
    f.clock.advance(1000);
    const removed = await f.tx(f.reviewer, () =>
      f.listings.remove(f.reviewer, {
        listingId: listing.id,
        reason: ListingRemovalReason.NON_COMPLIANCE,
        note: 'customer complaints: unsigned builds shipped',
      }),
    );
    expect(removed).toMatchObject({ status: ListingStatus.REMOVED, removalReason: 'NON_COMPLIANCE', removedAt: f.clock.now() });
    const history = await f.listings.historyOf(f.admin, listing.id);
    expect(history.map((h) => h.action)).toEqual([ListingHistoryAction.CERTIFIED, ListingHistoryAction.PUBLISHED, ListingHistoryAction.REMOVED]);
    expect(history[2].reason).toMatch(/customer complaints/);
    expect(f.bus.ofType(CERTIFICATION_EVENTS.LISTING_REMOVED)[0].payload).toMatchObject({
      listingId: listing.id,
      reason: 'NON_COMPLIANCE: customer complaints: unsigned builds shipped',
    });
    expect(await f.listings.isListed(f.admin, { versionId: listing.versionId, at: f.clock.now() })).toBe(false);
    expect(await f.listings.isListed(f.admin, { versionId: listing.versionId, at: new Date(f.clock.now().getTime() - 1) })).toBe(true);
    const twice = await userError(
      f.tx(f.reviewer, () => f.listings.remove(f.reviewer, { listingId: listing.id, reason: ListingRemovalReason.PARTNER_REQUEST, note: 'x' })),
    );
    expect(twice.code).toBe('LISTING_REMOVED');
  });

  it.each([
    ['membership.tap_membership_ended', 'TAP'],
    ['membership.tsanet_membership_ended', 'TSANet'],
  ])('CERT-8: %s flags the partner listings for review, not other partners', async (type, label) => {
    const f = await setup();
    const a = await f.publishedListing(f.partnerA);
    const b = await f.publishedListing(f.partnerB);
    await f.publish(type, { partnerId: f.partnerA, endedAt: '2026-03-01T00:00:00.000Z', reason: 'agreement terminated' }, f.partnerA);
    const flagged = await f.listings.listing(f.admin, a.listing.id);
    expect(flagged.reviewFlaggedAt).toEqual(f.clock.now());
    expect(flagged.reviewFlagReason).toContain(`${label} membership ended`);
    expect(flagged.status).toBe(ListingStatus.PUBLISHED);
    expect((await f.listings.listing(f.admin, b.listing.id)).reviewFlaggedAt).toBeNull();
    const history = await f.listings.historyOf(f.admin, a.listing.id);
    expect(history.filter((h) => h.action === ListingHistoryAction.FLAGGED_FOR_REVIEW)).toHaveLength(1);
  });

  it('CERT-16: a certified listing may use the program logo; removal ends eligibility at the removal instant', async () => {
    const f = await setup();
    const { listing } = await f.publishedListing();
    expect(listing.logoEligible).toBe(true);
    f.clock.advance(5000);
    const removed = await f.tx(f.reviewer, () =>
      f.listings.remove(f.reviewer, { listingId: listing.id, reason: ListingRemovalReason.PARTNER_REQUEST, note: 'end of life' }),
    );
    expect(removed.logoEligible).toBe(false);
    expect(removed.logoEligibleUntil).toEqual(f.clock.now());
  });

  it('CERT-16: a program without the Ready logo gives no logo eligibility', async () => {
    const f = await setup();
    await f.givePolicy(undefined, { hasReadyLogo: false });
    const { listing } = await f.certified();
    expect(listing.logoEligible).toBe(false);
  });
});
