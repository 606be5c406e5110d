import { Not } from 'typeorm';
import { groupBy, loadByParent, maxInstant, NotFoundError, RequestContext, UserError } from '@alliance/kernel';
import { Artifact, EquivalencyRequest, HotFix, HotFixDistribution, Listing, RecertificationAssessment, RetestWaiver, SoftwareVersion } from '../entities';
import { CertificationQuestionnaireKind, CertificationRequestStatus, HotFixStatus, ListingHistoryAction, ListingStatus, SoftwareReleaseKind } from '../enums';
import {
  AnswerRecertificationQuestionnaireInput,
  DecideEquivalencyInput,
  DecideRetestWaiverInput,
  FileHotFixInput,
  HotFixDistributionInput,
  RecordHotFixDistributionInput,
  RequestEquivalencyInput,
  RequestRetestWaiverInput,
} from '../inputs/recertification.input';
import { FeesPort, PlatformReleaseFact, ReleasesPort } from '../ports';
import {
  answerProblems,
  majorReleaseOwed,
  recertificationDecision,
  RECERTIFICATION_QUESTIONNAIRES,
  RecertificationQuestionnaire,
} from '../rules/recertification.rules';
import { findActable, findOrNotFound, findVisible } from './access';
import { CatalogService } from './catalog.service';
import { ListingService } from './listing.service';
import { RecertificationReason, RecertificationVerdict } from './views';

/** Re-certification: questionnaires, platform triggers, hot fixes, re-test waivers and equivalency (CERT-9..12). */
export class RecertificationService {
  constructor(
    private readonly fees: FeesPort,
    private readonly catalog: CatalogService,
    private readonly listings: ListingService,
    private readonly releases: ReleasesPort,
  ) {}

  questionnaire(kind: CertificationQuestionnaireKind): RecertificationQuestionnaire {
    return RECERTIFICATION_QUESTIONNAIRES[kind];
  }

  /** CERT-9: the program's questionnaire answered for a new version: any YES = required. */
  async answerQuestionnaire(ctx: RequestContext, input: AnswerRecertificationQuestionnaireInput): Promise<RecertificationAssessment> {
    const version = await findActable(ctx, SoftwareVersion, input.versionId, 'SoftwareVersion');
    const policy = await this.catalog.requirePolicy(ctx, version.programId, 'versionId');
    if (input.comparedToVersionId) {
      const earlier = await ctx.em.findOneBy(SoftwareVersion, { id: input.comparedToVersionId });
      if (!earlier || earlier.softwareId !== version.softwareId) throw new NotFoundError('SoftwareVersion', input.comparedToVersionId);
    }
    const problems = answerProblems(policy.questionnaireKind, input.answers);
    if (problems.length > 0) {
      const text = problems.map((p) => `${p.kind.toLowerCase().replace(/_/g, ' ')} ${p.questionId}`).join('; ');
      throw new UserError(
        'QUESTIONNAIRE_ANSWERS_INVALID',
        `CERT-9: the ${policy.questionnaireKind} questionnaire needs every question answered once: ${text}`,
        'answers',
      );
    }
    const decision = recertificationDecision(input.answers);
    return ctx.em.save(
      ctx.em.create(RecertificationAssessment, {
        versionId: version.id,
        softwareId: version.softwareId,
        partnerId: version.partnerId,
        comparedToVersionId: input.comparedToVersionId ?? null,
        questionnaireKind: policy.questionnaireKind,
        interfaces: input.interfaces,
        answers: input.answers.map((a) => ({ questionId: a.questionId, answer: a.answer })),
        required: decision.required,
        answeredAt: ctx.now(),
      }),
    );
  }

  /**
   * CERT-9/CERT-10: must this version be certified again, and why, from the facts at the instant
   * asked: the latest questionnaire decides for the version; a new major vendor release requires
   * full re-certification of platform-dependent software listed on that product until the version
   * is listed on it (or on a later version); a hot fix version needs re-certification or an
   * approved waiver.
   */
  async verdict(ctx: RequestContext, versionId: string): Promise<RecertificationVerdict> {
    const version = await findVisible(ctx, SoftwareVersion, versionId, 'SoftwareVersion');
    const reasons: RecertificationReason[] = [];
    let required: boolean | null = null;
    let advice: string | null = null;

    const assessment = await ctx.em.findOne(RecertificationAssessment, { where: { versionId: version.id }, order: { id: 'DESC' } });
    if (assessment) {
      const decision = recertificationDecision(assessment.answers);
      required = decision.required;
      if (decision.required) {
        reasons.push({ code: 'QUESTIONNAIRE_YES', message: `questionnaire answered YES to ${decision.yesQuestionIds.join(', ')}` });
      } else {
        advice = RECERTIFICATION_QUESTIONNAIRES[assessment.questionnaireKind].sanityAdvice;
      }
    }

    const owed = await this.majorReleasesOwed(ctx, version.id);
    for (const { release, listings } of owed) {
      required = true;
      reasons.push({
        code: 'MAJOR_PLATFORM_RELEASE',
        message: `new major vendor release ${release.version} (${release.releaseId}) requires full re-certification: listed only on ${listings.map((l) => `${l.productVersion} (listing ${l.id})`).join(', ')}`,
      });
    }

    const hotFix = await ctx.em.findOneBy(HotFix, { versionId: version.id, status: HotFixStatus.AWAITING_RECERTIFICATION });
    if (hotFix) {
      required = true;
      reasons.push({ code: 'HOT_FIX_PENDING', message: `hot fix ${hotFix.id} needs re-certification or an approved re-test waiver` });
    }

    const verdict = new RecertificationVerdict();
    verdict.versionId = version.id;
    verdict.required = required;
    verdict.fullRecertification = owed.length > 0;
    verdict.reasons = reasons;
    verdict.advice = required ? null : advice;
    return verdict;
  }

  /**
   * CERT-9: per product the version is listed on (live listings, platform-dependent software),
   * the major vendor release it owes full re-certification on, with the listings concerned.
   */
  async majorReleasesOwed(ctx: RequestContext, versionId: string): Promise<{ release: PlatformReleaseFact; listings: Listing[] }[]> {
    const live = await this.liveListingsOf(ctx, versionId);
    if (live.length === 0) return [];
    const software = await this.catalog.softwareById(ctx, live[0].softwareId);
    if (!software?.platformDependent) return [];
    const owed: { release: PlatformReleaseFact; listings: Listing[] }[] = [];
    for (const productId of [...new Set(live.map((listing) => listing.productId))]) {
      const listings = live.filter((listing) => listing.productId === productId);
      const release = majorReleaseOwed(listings, await this.productReleases(ctx, productId));
      if (release) owed.push({ release, listings });
    }
    return owed;
  }

  /**
   * CERT-9: the major release a listing's version owes full re-certification on, and since when
   * (the later of the major's first milestone and the listing's certification); null once the
   * version is listed on that major, for removed listings, and for platform-independent software.
   */
  async fullRecertificationOf(ctx: RequestContext, listing: Listing): Promise<{ releaseId: string; requiredAt: Date } | null> {
    if (listing.status === ListingStatus.REMOVED) return null;
    const owed = (await this.majorReleasesOwed(ctx, listing.versionId)).find((entry) => entry.listings.some((l) => l.id === listing.id));
    return owed ? { releaseId: owed.release.releaseId, requiredAt: maxInstant(owed.release.firstMilestoneAt, listing.certifiedAt) } : null;
  }

  /** A version's listings that are not removed (batched across versions). */
  private liveListingsOf(ctx: RequestContext, versionId: string): Promise<Listing[]> {
    return loadByParent(ctx, Listing, 'versionId', { where: { status: Not(ListingStatus.REMOVED) }, order: { id: 'ASC' } }).load(versionId);
  }

  /** The releases port's answer for a product (batched across products). */
  private productReleases(ctx: RequestContext, productId: string): Promise<PlatformReleaseFact[]> {
    return ctx
      .loader<string, PlatformReleaseFact[]>('cert.productReleases', async (ids) =>
        groupBy(ids, await this.releases.productReleases(ctx, [...ids]), (row) => row.productId),
      )
      .load(productId);
  }

  /** CERT-10: a hot fix notification, with its customer distributions. */
  async fileHotFix(ctx: RequestContext, input: FileHotFixInput): Promise<HotFix> {
    const version = await findActable(ctx, SoftwareVersion, input.versionId, 'SoftwareVersion');
    if (version.releaseKind !== SoftwareReleaseKind.HOT_FIX) {
      throw new UserError(
        'SOFTWARE_VERSION_KIND_MISMATCH',
        `CERT-10: version ${version.version} is a ${version.releaseKind} release; register the hot fix as a HOT_FIX version`,
        'versionId',
      );
    }
    const base = await ctx.em.findOneBy(SoftwareVersion, { id: input.baseVersionId });
    if (!base || base.softwareId !== version.softwareId) throw new NotFoundError('SoftwareVersion', input.baseVersionId);
    const hotFix = await ctx.em.save(
      ctx.em.create(HotFix, {
        partnerId: version.partnerId,
        softwareId: version.softwareId,
        versionId: version.id,
        baseVersionId: base.id,
        bugDescription: input.bugDescription,
        symptoms: input.symptoms,
        estimatedUpdateOn: input.estimatedUpdateOn,
        status: HotFixStatus.AWAITING_RECERTIFICATION,
        filedAt: ctx.now(),
        settledAt: null,
      }),
    );
    for (const [index, distribution] of input.distributions.entries())
      await this.addDistribution(ctx, hotFix, version, distribution, `distributions.${index}.distributedOn`);
    return hotFix;
  }

  async recordDistribution(ctx: RequestContext, input: RecordHotFixDistributionInput): Promise<HotFixDistribution> {
    const hotFix = await findActable(ctx, HotFix, input.hotFixId, 'CertificationHotFix');
    const version = await ctx.em.findOneByOrFail(SoftwareVersion, { id: hotFix.versionId });
    return this.addDistribution(ctx, hotFix, version, input.distribution, 'distribution.distributedOn');
  }

  distributionsOf(ctx: RequestContext, hotFixId: string): Promise<HotFixDistribution[]> {
    return loadByParent(ctx, HotFixDistribution, 'hotFixId', { order: { id: 'ASC' } }).load(hotFixId);
  }

  hotFix(ctx: RequestContext, id: string): Promise<HotFix> {
    return findVisible(ctx, HotFix, id, 'CertificationHotFix');
  }

  private async addDistribution(
    ctx: RequestContext,
    hotFix: HotFix,
    version: SoftwareVersion,
    input: HotFixDistributionInput,
    field: string,
  ): Promise<HotFixDistribution> {
    if (input.distributedOn < version.releasedOn) {
      throw new UserError(
        'HOT_FIX_DISTRIBUTION_INVALID',
        `CERT-10: distributed ${input.distributedOn}, before the hot fix was released on ${version.releasedOn}`,
        field,
      );
    }
    return ctx.em.save(
      ctx.em.create(HotFixDistribution, {
        hotFixId: hotFix.id,
        partnerId: hotFix.partnerId,
        customerName: input.customerName.trim(),
        customerReference: input.customerReference ?? null,
        distributedOn: input.distributedOn,
        recordedAt: ctx.now(),
      }),
    );
  }

  /** CERT-11: the re-test waiver form: nature, scope, impact, documentation, changes. */
  async requestWaiver(ctx: RequestContext, input: RequestRetestWaiverInput): Promise<RetestWaiver> {
    const version = await findActable(ctx, SoftwareVersion, input.versionId, 'SoftwareVersion');
    if (input.hotFixId) {
      const hotFix = await ctx.em.findOneBy(HotFix, { id: input.hotFixId });
      if (!hotFix || hotFix.versionId !== version.id) throw new NotFoundError('CertificationHotFix', input.hotFixId);
    }
    return ctx.em.save(
      ctx.em.create(RetestWaiver, {
        partnerId: version.partnerId,
        softwareId: version.softwareId,
        versionId: version.id,
        hotFixId: input.hotFixId ?? null,
        natureOfChange: input.natureOfChange,
        scope: input.scope,
        impact: input.impact,
        documentationUrls: input.documentationUrls,
        changes: input.changes,
        testsToRun: input.testsToRun,
        status: CertificationRequestStatus.REQUESTED,
        requestedAt: ctx.now(),
        decidedAt: null,
        decisionNote: null,
      }),
    );
  }

  /** CERT-11: approving a waiver for a hot fix settles its re-certification (CERT-10). */
  async decideWaiver(ctx: RequestContext, input: DecideRetestWaiverInput): Promise<RetestWaiver> {
    await ctx.db.lock(ctx.em, `cert:waiver:${input.waiverId}`);
    const waiver = await findOrNotFound(ctx, RetestWaiver, input.waiverId, 'CertificationRetestWaiver');
    if (waiver.status !== CertificationRequestStatus.REQUESTED)
      throw new UserError('REQUEST_ALREADY_DECIDED', `waiver ${waiver.id} was already ${waiver.status.toLowerCase()}`, 'waiverId');
    const note = input.note?.trim() ?? '';
    if (!input.approve && !note) throw new UserError('JUSTIFICATION_REQUIRED', 'a rejected waiver needs a written reason', 'note');
    waiver.status = input.approve ? CertificationRequestStatus.APPROVED : CertificationRequestStatus.DENIED;
    waiver.decidedAt = ctx.now();
    waiver.decisionNote = note || null;
    await ctx.em.save(waiver);
    if (input.approve && waiver.hotFixId) {
      await ctx.em.update(
        HotFix,
        { id: waiver.hotFixId, status: HotFixStatus.AWAITING_RECERTIFICATION },
        { status: HotFixStatus.WAIVED, settledAt: ctx.now() },
      );
    }
    return waiver;
  }

  waiver(ctx: RequestContext, id: string): Promise<RetestWaiver> {
    return findVisible(ctx, RetestWaiver, id, 'CertificationRetestWaiver');
  }

  /** CERT-12: ask to extend a certified listing to an update, with the MD5 comparison. */
  async requestEquivalency(ctx: RequestContext, input: RequestEquivalencyInput): Promise<EquivalencyRequest> {
    const listing = await findActable(ctx, Listing, input.listingId, 'Listing');
    if (listing.status === ListingStatus.REMOVED) throw new UserError('LISTING_REMOVED', `CERT-8: listing ${listing.id} was removed`, 'listingId');
    const update = await findActable(ctx, SoftwareVersion, input.versionId, 'SoftwareVersion');
    const certified = await ctx.em.findOneByOrFail(SoftwareVersion, { id: listing.versionId });
    if (update.softwareId !== listing.softwareId || update.id === certified.id || update.releasedOn <= certified.releasedOn) {
      throw new UserError(
        'EQUIVALENCY_NOT_APPLICABLE',
        `CERT-12: version ${update.version} is not a later release of the certified software version ${certified.version}`,
        'versionId',
      );
    }
    const certifiedMd5 = await this.artifactMd5(ctx, certified.id, listing.signedArtifactId);
    const updateMd5 = await this.artifactMd5(ctx, update.id, null);
    return ctx.em.save(
      ctx.em.create(EquivalencyRequest, {
        partnerId: listing.partnerId,
        programId: listing.programId,
        listingId: listing.id,
        versionId: update.id,
        description: input.description,
        certifiedMd5,
        updateMd5,
        md5Identical: certifiedMd5 && updateMd5 ? certifiedMd5 === updateMd5 : null,
        status: CertificationRequestStatus.REQUESTED,
        requestedAt: ctx.now(),
        decidedAt: null,
        justification: null,
        invoiceId: null,
        feeAmountMinor: null,
        feeCurrency: null,
        extendedListingId: null,
      }),
    );
  }

  /**
   * CERT-12/FEE-3: approval extends the listing to the update and charges the
   * equivalency fee; denial needs a justification and charges nothing. Approval needs
   * an artifact of the update with a declared MD5 (CERT-14); an uploaded copy whose
   * sums do not match what was declared is refused.
   */
  async decideEquivalency(ctx: RequestContext, input: DecideEquivalencyInput): Promise<{ request: EquivalencyRequest; listing: Listing | null }> {
    await ctx.db.lock(ctx.em, `cert:equivalency:${input.requestId}`);
    const request = await findOrNotFound(ctx, EquivalencyRequest, input.requestId, 'CertificationEquivalencyRequest');
    if (request.status !== CertificationRequestStatus.REQUESTED) {
      throw new UserError('REQUEST_ALREADY_DECIDED', `equivalency request ${request.id} was already ${request.status.toLowerCase()}`, 'requestId');
    }
    const now = ctx.now();
    if (!input.approve) {
      const justification = input.justification?.trim() ?? '';
      if (!justification) throw new UserError('JUSTIFICATION_REQUIRED', 'CERT-12: a denied equivalency request needs a written justification', 'justification');
      Object.assign(request, { status: CertificationRequestStatus.DENIED, decidedAt: now, justification });
      return { request: await ctx.em.save(request), listing: null };
    }

    const listing = await ctx.em.findOneByOrFail(Listing, { id: request.listingId });
    if (listing.status === ListingStatus.REMOVED) throw new UserError('LISTING_REMOVED', `CERT-8: listing ${listing.id} was removed`, 'requestId');
    const artifacts = await ctx.em.find(Artifact, { where: { versionId: request.versionId }, order: { id: 'DESC' } });
    const artifact = artifacts[0];
    if (!artifact) throw new UserError('ARTIFACT_MISSING', 'CERT-12: register the update artifact with its MD5 before approval', 'requestId');
    if (artifact.receivedAt && !artifact.verified) {
      const wrong = [artifact.md5Matches === false && 'MD5', artifact.sha1Matches === false && 'SHA1', artifact.sizeMatches === false && 'size']
        .filter(Boolean)
        .join(', ');
      throw new UserError(
        'ARTIFACT_SUMS_MISMATCH',
        `CERT-14: the uploaded ${artifact.fileName} does not match its declared sums (${wrong || 'sums'})`,
        'requestId',
      );
    }
    const certifiedMd5 = await this.artifactMd5(ctx, listing.versionId, listing.signedArtifactId);
    const policy = await this.catalog.requirePolicy(ctx, listing.programId, 'requestId');
    const charge = await this.fees.chargeFee(ctx, {
      partnerId: request.partnerId,
      feeKind: 'EQUIVALENCY',
      programId: request.programId,
      reference: `equivalency:${request.id}`,
    });
    const extended = await this.listings.createListing(ctx, {
      partnerId: listing.partnerId,
      programId: listing.programId,
      softwareId: listing.softwareId,
      versionId: request.versionId,
      productId: listing.productId,
      releaseId: listing.releaseId,
      productVersion: listing.productVersion,
      submissionId: null,
      extendedFromListingId: listing.id,
      signedArtifactId: null,
      policy,
      action: ListingHistoryAction.EXTENDED_BY_EQUIVALENCY,
      reason: `equivalency request ${request.id} approved; extends listing ${listing.id}`,
    });
    Object.assign(request, {
      status: CertificationRequestStatus.APPROVED,
      decidedAt: now,
      justification: input.justification?.trim() || null,
      certifiedMd5,
      updateMd5: artifact.md5,
      md5Identical: certifiedMd5 ? certifiedMd5 === artifact.md5 : null,
      invoiceId: charge.invoiceId,
      feeAmountMinor: charge.amount.amountMinor,
      feeCurrency: charge.amount.currency,
      extendedListingId: extended.id,
    });
    return { request: await ctx.em.save(request), listing: extended };
  }

  equivalency(ctx: RequestContext, id: string): Promise<EquivalencyRequest> {
    return findVisible(ctx, EquivalencyRequest, id, 'CertificationEquivalencyRequest');
  }

  private async artifactMd5(ctx: RequestContext, versionId: string, preferredArtifactId: string | null): Promise<string | null> {
    if (preferredArtifactId) {
      const signed = await ctx.em.findOneBy(Artifact, { id: preferredArtifactId });
      if (signed) return signed.md5;
    }
    const latest = await ctx.em.find(Artifact, { where: { versionId }, order: { id: 'DESC' }, take: 1 });
    return latest[0]?.md5 ?? null;
  }
}
