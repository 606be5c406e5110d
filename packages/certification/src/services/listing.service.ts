import { Brackets, In, IsNull } from 'typeorm';
import {
  ConnectionResult,
  loadById,
  loadByParent,
  Maybe,
  NotFoundError,
  paginateRows,
  RequestContext,
  Role,
  RowQuery,
  rowsByParent,
  STAFF,
  UserError,
} from '@alliance/kernel';
import { CertificationProgramPolicy, ChecklistItemState, Listing, ListingFootnote, ListingHistoryEntry, Software, SoftwareVersion } from '../entities';
import { CertificationChecklistKind, CertificationQuestionnaireKind, ListingHistoryAction, ListingStatus } from '../enums';
import type { NetworkMembershipEndedPayload } from '@alliance/membership/contracts';
import type { CertificationEventType } from '../contracts';
import { CERTIFICATION_EVENTS, certificationEvent } from '../events';
import { AddListingFootnoteInput, ListingFilter, RemoveListingInput, ResolveListingFootnoteInput } from '../inputs/listing.input';
import { SupportPort } from '../ports';
import { checklistItems, openItems } from '../rules/checklists.rules';
import { logoEligible, publicationStatus } from '../rules/publication.rules';
import { actorName, findOrNotFound } from './access';

/** The compatibility guide: listings, their publication (CERT-5..8, CERT-16) and the review flags. */
/** A listing's footnotes, oldest first (the loader behind `footnotes` and `kbLinks`). */
const FOOTNOTES = rowsByParent(ListingFootnote, 'listingId', { order: { id: 'ASC' } });

export class ListingService {
  constructor(private readonly support: SupportPort) {}

  /** CERT-5: certifying creates a listing; CERT-6 decides whether it goes on the guide. */
  async createListing(
    ctx: RequestContext,
    values: Pick<Listing, 'partnerId' | 'programId' | 'softwareId' | 'versionId' | 'productId' | 'releaseId' | 'productVersion'> & {
      submissionId: string | null;
      extendedFromListingId: string | null;
      signedArtifactId: string | null;
      policy: CertificationProgramPolicy;
      action: ListingHistoryAction;
      reason: string;
    },
  ): Promise<Listing> {
    const now = ctx.now();
    const listing = ctx.em.create(Listing, {
      partnerId: values.partnerId,
      programId: values.programId,
      softwareId: values.softwareId,
      versionId: values.versionId,
      productId: values.productId,
      releaseId: values.releaseId,
      productVersion: values.productVersion,
      submissionId: values.submissionId,
      extendedFromListingId: values.extendedFromListingId,
      acceptanceLevel: values.policy.acceptanceLevel,
      certifiedAt: now,
      vendorSigned: values.policy.signsSoftware && values.signedArtifactId != null,
      signedArtifactId: values.signedArtifactId,
      status: ListingStatus.CERTIFIED_UNPUBLISHED,
      missingItems: [],
      publishedAt: null,
      removedAt: null,
      removalReason: null,
      removalNote: null,
      reviewFlaggedAt: null,
      reviewFlagReason: null,
      logoEligible: logoEligible(values.policy.hasReadyLogo, ListingStatus.CERTIFIED_UNPUBLISHED),
      logoEligibleUntil: null,
    });
    await ctx.em.save(listing);
    await this.record(ctx, listing.id, values.action, values.reason);
    return this.refresh(ctx, listing);
  }

  /** CERT-6: re-evaluates every live listing of a partner (after its support readiness changed). */
  async refreshPartnerListings(ctx: RequestContext, partnerId: string): Promise<void> {
    const live = await ctx.em.findBy(Listing, {
      partnerId,
      status: In([ListingStatus.CERTIFIED_UNPUBLISHED, ListingStatus.PUBLISHED, ListingStatus.WITHHELD]),
    });
    for (const listing of live) await this.refresh(ctx, listing);
  }

  /**
   * CERT-6/CERT-7: re-evaluates whether a certified listing is on the guide, and lists
   * what is missing. Removed listings never change.
   */
  async refresh(ctx: RequestContext, listing: Listing): Promise<Listing> {
    if (listing.status === ListingStatus.REMOVED) return listing;
    const [software, version, policy] = await Promise.all([
      ctx.em.findOneByOrFail(Software, { id: listing.softwareId }),
      ctx.em.findOneByOrFail(SoftwareVersion, { id: listing.versionId }),
      ctx.em.findOneBy(CertificationProgramPolicy, { programId: listing.programId }),
    ]);
    const toiDone = await ctx.em.findBy(ChecklistItemState, { versionId: version.id, checklist: CertificationChecklistKind.TOI, done: true });
    const toiItems = checklistItems(CertificationChecklistKind.TOI, policy?.questionnaireKind ?? CertificationQuestionnaireKind.CLI_API);
    const open = openItems(toiItems, new Set(toiDone.map((row) => row.itemKey))).map((item) => item.key);
    const readiness = await this.support.supportReadiness(ctx, listing.partnerId);
    const severe = await ctx.em.countBy(ListingFootnote, { listingId: listing.id, severe: true, resolvedAt: IsNull() });
    const next = publicationStatus({
      openToiItems: open,
      supportReady: readiness.ready,
      supportMissing: readiness.missing,
      hasSupportPolicy: Boolean(software.supportPolicyUrl),
      unresolvedSevereFootnotes: severe,
    });
    const previous = listing.status;
    listing.missingItems = next.missing;
    listing.status = next.status;
    if (next.status === ListingStatus.PUBLISHED && listing.publishedAt == null) listing.publishedAt = ctx.now();
    await ctx.em.save(listing);
    if (previous !== next.status) {
      if (next.status === ListingStatus.PUBLISHED) {
        await this.record(ctx, listing.id, ListingHistoryAction.PUBLISHED, 'TOI, support readiness and public support policy on record');
        await this.emit(ctx, CERTIFICATION_EVENTS.LISTING_PUBLISHED, listing, 'published');
      } else if (next.status === ListingStatus.WITHHELD) {
        await this.record(ctx, listing.id, ListingHistoryAction.WITHHELD, 'severe incompatibility without a technical fix');
      } else if (previous === ListingStatus.PUBLISHED || previous === ListingStatus.WITHHELD) {
        await this.record(ctx, listing.id, ListingHistoryAction.UNPUBLISHED, `missing: ${next.missing.join(', ')}`);
      }
    }
    return listing;
  }

  async refreshForVersion(ctx: RequestContext, versionId: string): Promise<void> {
    for (const listing of await ctx.em.findBy(Listing, { versionId })) await this.refresh(ctx, listing);
  }

  async refreshForSoftware(ctx: RequestContext, softwareId: string): Promise<void> {
    for (const listing of await ctx.em.findBy(Listing, { softwareId })) await this.refresh(ctx, listing);
  }

  /** Re-checks publication now (support readiness is answered by the support domain). */
  async publish(ctx: RequestContext, listingId: string): Promise<Listing> {
    const listing = await findOrNotFound(ctx, Listing, listingId, 'Listing');
    if (listing.status === ListingStatus.REMOVED) throw new UserError('LISTING_REMOVED', `CERT-8: listing ${listing.id} was removed`, 'listingId');
    await this.refresh(ctx, listing);
    if (listing.status !== ListingStatus.PUBLISHED) {
      const why =
        listing.status === ListingStatus.WITHHELD
          ? 'a severe incompatibility has no technical fix (CERT-7)'
          : `missing ${listing.missingItems.join(', ')} (CERT-6)`;
      throw new UserError('LISTING_NOT_PUBLISHABLE', `listing cannot be published: ${why}`, 'listingId');
    }
    return listing;
  }

  /** CERT-7: a footnote or KB link; a severe one keeps the listing off the guide until resolved. */
  async addFootnote(ctx: RequestContext, input: AddListingFootnoteInput): Promise<ListingFootnote> {
    const listing = await findOrNotFound(ctx, Listing, input.listingId, 'Listing');
    if (listing.status === ListingStatus.REMOVED) throw new UserError('LISTING_REMOVED', `CERT-8: listing ${listing.id} was removed`, 'listingId');
    const footnote = await ctx.em.save(
      ctx.em.create(ListingFootnote, {
        listingId: listing.id,
        text: input.text,
        kbArticleUrl: input.kbArticleUrl ?? null,
        severe: input.severe,
        addedAt: ctx.now(),
        resolvedAt: null,
        resolution: null,
      }),
    );
    await this.record(ctx, listing.id, ListingHistoryAction.FOOTNOTE_ADDED, `${input.severe ? 'severe: ' : ''}${input.text}`);
    await this.refresh(ctx, listing);
    return footnote;
  }

  /** CERT-7: a technical fix was provided; the listing may return to the guide. */
  async resolveFootnote(ctx: RequestContext, input: ResolveListingFootnoteInput): Promise<ListingFootnote> {
    const footnote = await findOrNotFound(ctx, ListingFootnote, input.footnoteId, 'ListingFootnote');
    if (footnote.resolvedAt) throw new UserError('FOOTNOTE_ALREADY_RESOLVED', 'CERT-7: the footnote already records a technical fix', 'footnoteId');
    footnote.resolvedAt = ctx.now();
    footnote.resolution = input.resolution;
    await ctx.em.save(footnote);
    const listing = await ctx.em.findOneByOrFail(Listing, { id: footnote.listingId });
    await this.record(ctx, listing.id, ListingHistoryAction.FOOTNOTE_RESOLVED, input.resolution);
    await this.refresh(ctx, listing);
    return footnote;
  }

  /** CERT-8: removal with reason; the history stays. CERT-16: logo eligibility ends. */
  async remove(ctx: RequestContext, input: RemoveListingInput): Promise<Listing> {
    const listing = await findOrNotFound(ctx, Listing, input.listingId, 'Listing');
    if (listing.status === ListingStatus.REMOVED) throw new UserError('LISTING_REMOVED', `CERT-8: listing ${listing.id} was already removed`, 'listingId');
    const now = ctx.now();
    listing.status = ListingStatus.REMOVED;
    listing.removedAt = now;
    listing.removalReason = input.reason;
    listing.removalNote = input.note;
    if (listing.logoEligible) {
      listing.logoEligible = false;
      listing.logoEligibleUntil = now;
    }
    await ctx.em.save(listing);
    await this.record(ctx, listing.id, ListingHistoryAction.REMOVED, `${input.reason}: ${input.note}`);
    await this.emit(ctx, CERTIFICATION_EVENTS.LISTING_REMOVED, listing, `${input.reason}: ${input.note}`);
    return listing;
  }

  /** CERT-8: the partner lost TAP or TSANet membership: flag its listings for review. */
  async flagPartnerListings(ctx: RequestContext, payload: NetworkMembershipEndedPayload, membership: 'TAP' | 'TSANet'): Promise<number> {
    const listings = await ctx.em.findBy(Listing, {
      partnerId: payload.partnerId,
      status: In([ListingStatus.CERTIFIED_UNPUBLISHED, ListingStatus.PUBLISHED, ListingStatus.WITHHELD]),
    });
    const reason = `${membership} membership ended ${new Date(payload.endedAt).toISOString()}: ${payload.reason}`;
    for (const listing of listings) {
      if (listing.reviewFlagReason === reason) continue;
      listing.reviewFlaggedAt = ctx.now();
      listing.reviewFlagReason = reason;
      await ctx.em.save(listing);
      await this.record(ctx, listing.id, ListingHistoryAction.FLAGGED_FOR_REVIEW, reason);
    }
    return listings.length;
  }

  /** Published listings (the public guide) to anyone; others to staff and the owning partner. */
  async listing(ctx: RequestContext, id: string): Promise<Listing> {
    const listing = await ctx.em.findOneBy(Listing, { id });
    if (!listing || !this.canSee(ctx, listing)) throw new NotFoundError('Listing', id);
    return listing;
  }

  /** Batched lookup for nested fields; null when the caller may not see the listing. */
  async listingById(ctx: RequestContext, id: string): Promise<Listing | null> {
    const listing = await loadById(ctx, Listing).load(id);
    return listing && this.canSee(ctx, listing) ? listing : null;
  }

  /**
   * Of rows that belong to a listing (footnotes, history), those whose listing this key may see;
   * with `ownerOnly`, only for staff and the owning partner, as `Listing.history` shows them (CERT-8).
   */
  async withVisibleListing<T extends { listingId: string }>(ctx: RequestContext, rows: T[], ownerOnly: boolean): Promise<T[]> {
    // One batched read of the listings (the loader), not one per row.
    const listings = await Promise.all(rows.map((row) => this.listingById(ctx, row.listingId)));
    return rows.filter((_, index) => {
      const listing = listings[index];
      return listing !== null && (!ownerOnly || ctx.isStaff || ctx.ownPartnerId === listing.partnerId);
    });
  }

  canSee(ctx: RequestContext, listing: Listing): boolean {
    if (listing.status === ListingStatus.PUBLISHED) return true;
    if (ctx.hasRole(...STAFF)) return true;
    return ctx.actor.role === Role.PARTNER && ctx.ownPartnerId === listing.partnerId;
  }

  /** The public compatibility guide: published listings only, read as plain rows (the guide is a hot read). */
  async guide(
    ctx: RequestContext,
    filter: ListingFilter | null | undefined,
    args: { first?: number | null; after?: string | null },
    columns: (keyof Listing & string)[] | null = null,
  ): Promise<ConnectionResult<Listing>> {
    const query = new RowQuery(ctx.em, Listing).only(columns).where('status', ListingStatus.PUBLISHED);
    if (filter?.programId) query.where('programId', filter.programId);
    if (filter?.partnerId) query.where('partnerId', filter.partnerId);
    if (filter?.softwareId) query.where('softwareId', filter.softwareId);
    if (filter?.productId) query.where('productId', filter.productId);
    if (filter?.productVersion) query.where('productVersion', filter.productVersion);
    if (filter?.acceptanceLevel) query.where('acceptanceLevel', filter.acceptanceLevel);
    return paginateRows(query, args);
  }

  /** Support's port: was the software (or version) on the guide at `at`? */
  async isListed(ctx: RequestContext, query: { softwareId?: string | null; versionId?: string | null; partnerId?: string | null; at: Date }): Promise<boolean> {
    if (!query.softwareId && !query.versionId) return false;
    const at = query.at.toISOString();
    const q = ctx.em
      .createQueryBuilder(Listing, 'listing')
      .where('listing.publishedAt IS NOT NULL')
      .andWhere('listing.publishedAt <= :at', { at })
      .andWhere(new Brackets((b) => b.where('listing.status = :published', { published: ListingStatus.PUBLISHED }).orWhere('listing.removedAt > :at', { at })));
    if (query.softwareId) q.andWhere('listing.softwareId = :softwareId', { softwareId: query.softwareId });
    if (query.versionId) q.andWhere('listing.versionId = :versionId', { versionId: query.versionId });
    // The listing must be the named partner's own (SUP-4: the report is about that partner's software).
    if (query.partnerId) q.andWhere('listing.partnerId = :partnerId', { partnerId: query.partnerId });
    return (await q.getCount()) > 0;
  }

  /** A listing's footnotes, oldest first; batched, and at once when already loaded. */
  footnotesOf(ctx: RequestContext, listingId: string): Maybe<ListingFootnote[]> {
    return FOOTNOTES.of(ctx).get(listingId);
  }

  /** Loads the footnotes of a page of listings in one statement. */
  preloadFootnotes(ctx: RequestContext, listingIds: readonly string[]): Promise<void> {
    return FOOTNOTES.of(ctx).preload(listingIds);
  }

  historyOf(ctx: RequestContext, listingId: string): Promise<ListingHistoryEntry[]> {
    return loadByParent(ctx, ListingHistoryEntry, 'listingId', { order: { id: 'ASC' } }).load(listingId);
  }

  private async record(ctx: RequestContext, listingId: string, action: ListingHistoryAction, reason: string): Promise<void> {
    await ctx.em.save(ctx.em.create(ListingHistoryEntry, { listingId, at: ctx.now(), action, reason, actor: actorName(ctx) }));
  }

  private async emit(ctx: RequestContext, type: CertificationEventType, listing: Listing, reason: string): Promise<void> {
    const payload = { listingId: listing.id, partnerId: listing.partnerId, softwareId: listing.softwareId, versionId: listing.versionId, reason };
    await ctx.publish(certificationEvent(type, ctx.now(), payload, listing.partnerId));
  }
}
