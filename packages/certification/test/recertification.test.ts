import { newId } from '@alliance/kernel';
import {
  CertificationQuestionnaireKind,
  CertificationRequestStatus,
  HotFixStatus,
  Listing,
  ListingStatus,
  RECERTIFICATION_QUESTIONNAIRES,
  SoftwareReleaseKind,
} from '../src';
import { testContext } from '@alliance/testing';
import { setup, TestCharge, userError, Fixture } from './support';

/** A fresh staff context: each read sees the facts as they are now (a request's loaders cache what it read). */
const now = (f: Fixture) => testContext(f.db, { clock: f.clock, bus: f.bus });

const allNo = (kind: CertificationQuestionnaireKind) => RECERTIFICATION_QUESTIONNAIRES[kind].questions.map((q) => ({ questionId: q.id, answer: false }));

async function newVersion(f: Fixture, softwareId: string, version: string, releasedOn: string, releaseKind = SoftwareReleaseKind.PATCH) {
  const ctx = f.ctxFor(f.partnerA);
  return f.tx(ctx, () => f.catalog.registerVersion(ctx, { softwareId, version, releasedOn, releaseKind }));
}

describe('re-certification', () => {
  it('CERT-9: CLI/API questionnaire: all NO means not required, with the sanity-run advice', async () => {
    const f = await setup();
    const { software, version } = await f.certified();
    const next = await newVersion(f, software.id, '2.1.0.5', '2026-02-20');
    const ctx = f.ctxFor(f.partnerA);
    const assessment = await f.tx(ctx, () =>
      f.recertification.answerQuestionnaire(ctx, {
        versionId: next.id,
        comparedToVersionId: version.id,
        interfaces: ['snap-create -vol <name>'],
        answers: allNo(CertificationQuestionnaireKind.CLI_API),
      }),
    );
    expect(assessment.required).toBe(false);
    const verdict = await f.recertification.verdict(ctx, next.id);
    expect(verdict).toMatchObject({ required: false, reasons: [], fullRecertification: false });
    expect(verdict.advice).toMatch(/Stage 1/);
  });

  it('CERT-9: plug-in questionnaire: one YES requires re-certification', async () => {
    const f = await setup();
    await f.givePolicy(CertificationQuestionnaireKind.PLUG_IN);
    const { software } = await f.certified();
    const next = await newVersion(f, software.id, '2.2.0.0', '2026-02-21', SoftwareReleaseKind.MINOR);
    const ctx = f.ctxFor(f.partnerA);
    const answers = allNo(CertificationQuestionnaireKind.PLUG_IN).map((a) => (a.questionId === 'PLUGIN_DESCRIPTOR' ? { ...a, answer: true } : a));
    await f.tx(ctx, () => f.recertification.answerQuestionnaire(ctx, { versionId: next.id, interfaces: [], answers }));
    const verdict = await f.recertification.verdict(ctx, next.id);
    expect(verdict.required).toBe(true);
    expect(verdict.reasons).toEqual([{ code: 'QUESTIONNAIRE_YES', message: 'questionnaire answered YES to PLUGIN_DESCRIPTOR' }]);
  });

  it("CERT-9: answers to another program's questionnaire are refused and nothing is stored", async () => {
    const f = await setup();
    await f.givePolicy(CertificationQuestionnaireKind.PLUG_IN);
    const { version } = await f.certified();
    const ctx = f.ctxFor(f.partnerA);
    const error = await userError(
      f.tx(ctx, () =>
        f.recertification.answerQuestionnaire(ctx, { versionId: version.id, interfaces: [], answers: allNo(CertificationQuestionnaireKind.CLI_API) }),
      ),
    );
    expect(error).toMatchObject({ code: 'QUESTIONNAIRE_ANSWERS_INVALID', field: 'answers' });
    expect((await f.recertification.verdict(ctx, version.id)).required).toBeNull();
  });

  it('CERT-9: a new major vendor release requires full re-certification of platform-dependent software listed on that product, until the version is listed on it', async () => {
    const f = await setup();
    const productId = newId();
    const dependent = await f.publishedListing(f.partnerA, productId);
    f.world.readiness.set(f.partnerB, { ready: true, missing: [] });
    // partner B: software that does not depend on the platform, same product
    f.world.activeEnrollments.add(`${f.partnerB}:${f.programId}`);
    await f.grantEntitlements(f.partnerB, 1);
    const independent = await f.softwareWithVersion(f.partnerB, { platformDependent: false, supportPolicyUrl: 'https://b.example/policy' });
    const { reservation } = await f.reservation(f.partnerB);
    const releaseB = f.addRelease('GA', productId);
    const ctxB = f.ctxFor(f.partnerB);
    const subB = await f.tx(ctxB, () =>
      f.review.submit(ctxB, { versionId: independent.version.id, releaseId: releaseB, reservationId: reservation.id, testResultsUrl: 'https://b.example/r' }),
    );
    const { listing: listingB } = await f.tx(f.reviewer, () => f.review.certify(f.reviewer, { submissionId: subB.id }));
    const otherProduct = await f.publishedListing(f.partnerA, newId());
    expect((await f.recertification.verdict(now(f), dependent.version.id)).fullRecertification).toBe(false);

    f.clock.advance(60_000);
    const major = f.addRelease('BETA', productId, '9.0.0', 'MAJOR');
    const owed = await f.recertification.fullRecertificationOf(now(f), await f.listings.listing(f.admin, dependent.listing.id));
    expect(owed).toEqual({ releaseId: major, requiredAt: f.clock.now() });
    expect(await f.recertification.fullRecertificationOf(now(f), await f.listings.listing(f.admin, listingB.id))).toBeNull();
    expect(await f.recertification.fullRecertificationOf(now(f), await f.listings.listing(f.admin, otherProduct.listing.id))).toBeNull();
    const verdict = await f.recertification.verdict(now(f), dependent.version.id);
    expect(verdict).toMatchObject({ required: true, fullRecertification: true });
    expect(verdict.reasons.map((r) => r.code)).toEqual(['MAJOR_PLATFORM_RELEASE']);
    expect(verdict.reasons[0].message).toContain('9.0.0');

    // Re-certified on the new major (once it is at RC): nothing is owed any more, for either listing.
    f.world.releases.get(major)!.milestone = 'RC';
    await f.grantEntitlements(f.partnerA, 1);
    const { reservation: again } = await f.reservation(f.partnerA);
    const ctxA = f.ctxFor(f.partnerA);
    const resubmitted = await f.tx(ctxA, () =>
      f.review.submit(ctxA, { versionId: dependent.version.id, releaseId: major, reservationId: again.id, testResultsUrl: 'https://a.example/r9' }),
    );
    const { listing: onMajor } = await f.tx(f.reviewer, () => f.review.certify(f.reviewer, { submissionId: resubmitted.id }));
    expect(await f.recertification.fullRecertificationOf(now(f), await f.listings.listing(f.admin, dependent.listing.id))).toBeNull();
    expect(await f.recertification.fullRecertificationOf(now(f), onMajor)).toBeNull();
    expect(await f.recertification.verdict(now(f), dependent.version.id)).toMatchObject({ required: null, fullRecertification: false, reasons: [] });
  });

  it('CERT-9: a version certified on the previous release after the new major appeared owes full re-certification too', async () => {
    const f = await setup();
    const productId = newId();
    const previous = f.addRelease('GA', productId, '8.0.0', 'MAJOR');
    f.clock.advance(60_000);
    f.addRelease('EARLY_ACCESS', productId, '9.0.0', 'MAJOR');
    f.clock.advance(60_000);
    const late = await f.publishedListing(f.partnerA, productId, previous);
    const owed = await f.recertification.fullRecertificationOf(now(f), await f.listings.listing(f.admin, late.listing.id));
    expect(owed?.requiredAt).toEqual(late.listing.certifiedAt);
    expect(await f.recertification.verdict(now(f), late.version.id)).toMatchObject({ required: true, fullRecertification: true });
  });

  it('CERT-9: a minor vendor release, or a listing on a later version than the newest major, owes nothing', async () => {
    const f = await setup();
    const productId = newId();
    const { listing, version } = await f.publishedListing(f.partnerA, productId);
    f.addRelease('GA', productId, '8.1.0', 'MINOR');
    expect(await f.recertification.fullRecertificationOf(now(f), await f.listings.listing(f.admin, listing.id))).toBeNull();
    expect((await f.recertification.verdict(now(f), version.id)).fullRecertification).toBe(false);
    const other = newId();
    f.addRelease('GA', other, '9.0.0', 'MAJOR');
    const onMinor = await f.publishedListing(f.partnerA, other, f.addRelease('GA', other, '9.1.0', 'MINOR'));
    expect(await f.recertification.fullRecertificationOf(now(f), await f.listings.listing(f.admin, onMinor.listing.id))).toBeNull();
  });

  it('CERT-10: a hot fix notification records bug, symptoms, estimated update and per-customer distributions', async () => {
    const f = await setup();
    const { software, version } = await f.certified();
    const fix = await newVersion(f, software.id, '2.1.0.4.1', '2026-02-10', SoftwareReleaseKind.HOT_FIX);
    const ctx = f.ctxFor(f.partnerA);
    const hotFix = await f.tx(ctx, () =>
      f.recertification.fileHotFix(ctx, {
        versionId: fix.id,
        baseVersionId: version.id,
        bugDescription: 'Replication stalls after 2^31 blocks',
        symptoms: 'Sync stays at 99%',
        estimatedUpdateOn: '2026-04-01',
        distributions: [{ customerName: 'Acme Bank', customerReference: 'SR-1001', distributedOn: '2026-02-10' }],
      }),
    );
    await f.tx(ctx, () =>
      f.recertification.recordDistribution(ctx, { hotFixId: hotFix.id, distribution: { customerName: 'Globex', distributedOn: '2026-02-12' } }),
    );
    expect((await f.recertification.distributionsOf(f.admin, hotFix.id)).map((d) => d.customerName)).toEqual(['Acme Bank', 'Globex']);
    const early = await userError(
      f.tx(ctx, () =>
        f.recertification.recordDistribution(ctx, { hotFixId: hotFix.id, distribution: { customerName: 'Initech', distributedOn: '2026-02-09' } }),
      ),
    );
    expect(early).toMatchObject({ code: 'HOT_FIX_DISTRIBUTION_INVALID', field: 'distribution.distributedOn' });
    const verdict = await f.recertification.verdict(ctx, fix.id);
    expect(verdict.required).toBe(true);
    expect(verdict.reasons.map((r) => r.code)).toEqual(['HOT_FIX_PENDING']);
  });

  it('CERT-10: certifying the hot fix version settles its re-certification', async () => {
    const f = await setup();
    const { software, version } = await f.certified();
    const fix = await newVersion(f, software.id, '2.1.0.4.1', '2026-02-10', SoftwareReleaseKind.HOT_FIX);
    const ctx = f.ctxFor(f.partnerA);
    const hotFix = await f.tx(ctx, () =>
      f.recertification.fileHotFix(ctx, {
        versionId: fix.id,
        baseVersionId: version.id,
        bugDescription: 'b',
        symptoms: 's',
        estimatedUpdateOn: '2026-04-01',
        distributions: [],
      }),
    );
    await f.grantEntitlements(f.partnerA, 1);
    const { reservation } = await f.reservation(f.partnerA);
    const submission = await f.tx(ctx, () =>
      f.review.submit(ctx, { versionId: fix.id, releaseId: f.addRelease('GA'), reservationId: reservation.id, testResultsUrl: 'https://x.example/r' }),
    );
    expect((await f.recertification.hotFix(f.admin, hotFix.id)).status).toBe(HotFixStatus.AWAITING_RECERTIFICATION);
    await f.tx(f.reviewer, () => f.review.certify(f.reviewer, { submissionId: submission.id }));
    expect((await f.recertification.hotFix(f.admin, hotFix.id)).status).toBe(HotFixStatus.RECERTIFIED);
    expect((await f.recertification.verdict(f.admin, fix.id)).reasons).toEqual([]);
  });

  it('CERT-10: a hot fix must be registered as a HOT_FIX version', async () => {
    const f = await setup();
    const { software, version } = await f.certified();
    const patch = await newVersion(f, software.id, '2.1.0.6', '2026-02-11', SoftwareReleaseKind.PATCH);
    const ctx = f.ctxFor(f.partnerA);
    const error = await userError(
      f.tx(ctx, () =>
        f.recertification.fileHotFix(ctx, {
          versionId: patch.id,
          baseVersionId: version.id,
          bugDescription: 'b',
          symptoms: 's',
          estimatedUpdateOn: '2026-04-01',
          distributions: [],
        }),
      ),
    );
    expect(error).toMatchObject({ code: 'SOFTWARE_VERSION_KIND_MISMATCH', field: 'versionId' });
  });

  it('CERT-11: an approved re-test waiver with scope, impact, docs and changes settles the hot fix', async () => {
    const f = await setup();
    const { software, version } = await f.certified();
    const fix = await newVersion(f, software.id, '2.1.0.4.1', '2026-02-10', SoftwareReleaseKind.HOT_FIX);
    const ctx = f.ctxFor(f.partnerA);
    const hotFix = await f.tx(ctx, () =>
      f.recertification.fileHotFix(ctx, {
        versionId: fix.id,
        baseVersionId: version.id,
        bugDescription: 'b',
        symptoms: 's',
        estimatedUpdateOn: '2026-04-01',
        distributions: [],
      }),
    );
    const waiver = await f.tx(ctx, () =>
      f.recertification.requestWaiver(ctx, {
        versionId: fix.id,
        hotFixId: hotFix.id,
        natureOfChange: 'bug fix in the block counter',
        scope: 'replication engine only',
        impact: 'no interface change',
        documentationUrls: ['https://partner.example/docs/2.1'],
        changes: ['counter widened to 64 bits'],
        testsToRun: ['Stage 1', 'failover'],
      }),
    );
    expect(waiver).toMatchObject({ status: CertificationRequestStatus.REQUESTED, scope: 'replication engine only', changes: ['counter widened to 64 bits'] });
    const refusedByPartner = f.ctxFor(f.partnerB);
    await expect(f.tx(refusedByPartner, () => f.recertification.waiver(refusedByPartner, waiver.id))).rejects.toThrow(/not found/);
    await f.tx(f.reviewer, () => f.recertification.decideWaiver(f.reviewer, { waiverId: waiver.id, approve: true }));
    expect((await f.recertification.hotFix(f.admin, hotFix.id)).status).toBe(HotFixStatus.WAIVED);
    expect((await f.recertification.verdict(f.admin, fix.id)).required).toBeNull();
    const twice = await userError(f.tx(f.reviewer, () => f.recertification.decideWaiver(f.reviewer, { waiverId: waiver.id, approve: false, note: 'no' })));
    expect(twice.code).toBe('REQUEST_ALREADY_DECIDED');
  });

  describe('CERT-12 equivalency', () => {
    async function requested(f: Fixture, updateMd5 = 'c'.repeat(32)) {
      const published = await f.publishedListing();
      const ctx = f.ctxFor(f.partnerA);
      await f.tx(ctx, () =>
        f.catalog.registerArtifact(ctx, {
          versionId: published.version.id,
          fileName: 'adapter-2.1.0.4.zip',
          md5: 'a'.repeat(32),
          sha1: 'b'.repeat(40),
          sizeBytes: 100,
        }),
      );
      const update = await newVersion(f, published.software.id, '2.1.1.0', '2026-02-25', SoftwareReleaseKind.UPDATE);
      await f.tx(ctx, () =>
        f.catalog.registerArtifact(ctx, { versionId: update.id, fileName: 'adapter-2.1.1.0.zip', md5: updateMd5, sha1: 'd'.repeat(40), sizeBytes: 120 }),
      );
      const request = await f.tx(ctx, () =>
        f.recertification.requestEquivalency(ctx, { listingId: published.listing.id, versionId: update.id, description: 'documentation and logging only' }),
      );
      return { ...published, update, request };
    }

    it('CERT-12: the request compares the update MD5 with the certified one', async () => {
      const f = await setup();
      const { request } = await requested(f);
      expect(request).toMatchObject({ certifiedMd5: 'a'.repeat(32), updateMd5: 'c'.repeat(32), md5Identical: false });
    });

    it('CERT-12: approval extends the listing to the update and charges the $125 equivalency fee once', async () => {
      const f = await setup();
      const { request, listing, update, completeToi } = { ...(await requested(f)), completeToi: f.completeToi };
      const { request: approved, listing: extended } = await f.tx(f.reviewer, () =>
        f.recertification.decideEquivalency(f.reviewer, { requestId: request.id, approve: true }),
      );
      expect(approved.status).toBe(CertificationRequestStatus.APPROVED);
      expect(approved.fee).toEqual({ amountMinor: 12_500, currency: 'USD' });
      const charges = await f.db.manager.find(TestCharge);
      expect(charges).toEqual([
        expect.objectContaining({ partnerId: f.partnerA, feeKind: 'EQUIVALENCY', reference: `equivalency:${request.id}`, amountMinor: 12_500 }),
      ]);
      expect(extended).toMatchObject({
        versionId: update.id,
        extendedFromListingId: listing.id,
        productVersion: listing.productVersion,
        status: ListingStatus.CERTIFIED_UNPUBLISHED,
      });
      await completeToi(f.partnerA, update.id);
      expect((await f.listings.listing(f.admin, extended!.id)).status).toBe(ListingStatus.PUBLISHED);
    });

    it('CERT-12: a denial needs a justification and charges nothing', async () => {
      const f = await setup();
      const { request } = await requested(f);
      const blank = await userError(f.tx(f.reviewer, () => f.recertification.decideEquivalency(f.reviewer, { requestId: request.id, approve: false })));
      expect(blank.code).toBe('JUSTIFICATION_REQUIRED');
      await f.tx(f.reviewer, () =>
        f.recertification.decideEquivalency(f.reviewer, { requestId: request.id, approve: false, justification: 'changes touch the adapter' }),
      );
      expect(await f.db.manager.count(TestCharge)).toBe(0);
      expect(await f.db.manager.count(Listing)).toBe(1);
    });

    it('CERT-12: only a later version of the same certified software qualifies', async () => {
      const f = await setup();
      const { listing, software } = await f.publishedListing();
      const older = await newVersion(f, software.id, '2.0.0.0', '2025-12-01', SoftwareReleaseKind.MINOR);
      const ctx = f.ctxFor(f.partnerA);
      const error = await userError(
        f.tx(ctx, () => f.recertification.requestEquivalency(ctx, { listingId: listing.id, versionId: older.id, description: 'x' })),
      );
      expect(error).toMatchObject({ code: 'EQUIVALENCY_NOT_APPLICABLE', field: 'versionId' });
    });
  });
});
