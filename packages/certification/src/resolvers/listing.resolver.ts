import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Maybe } from '@alliance/kernel';
import { columnProperties, columnsForSelection, ConnectionArgs, maybeThen, RequestContext, runMutation, selectedPaths } from '@alliance/kernel';
import { Listing, ListingFootnote, ListingHistoryEntry, Software, SoftwareVersion } from '../entities';
import { AddListingFootnoteInput, ListingFilter, PublishListingInput, RemoveListingInput, ResolveListingFootnoteInput } from '../inputs/listing.input';
import { CatalogService } from '../services/catalog.service';
import { ListingService } from '../services/listing.service';
import { RecertificationService } from '../services/recertification.service';
import { AddListingFootnotePayload, ListingConnection, PublishListingPayload, RemoveListingPayload, ResolveListingFootnotePayload } from './payloads';
import { GUIDE_READERS, REVIEWERS } from './roles';

/** The columns of the guide's resolved fields that read little of the listing (any other resolved field gets every column). */
const LISTING_FIELD_NEEDS: Record<string, (keyof Listing)[]> = {
  software: ['softwareId'],
  version: ['versionId'],
  footnotes: ['id'],
  kbLinks: ['id'],
  history: ['id', 'partnerId'],
  partner: ['partnerId'],
};

@Resolver(() => Listing)
export class ListingResolver {
  constructor(
    private readonly guideService: ListingService,
    private readonly catalog: CatalogService,
    private readonly recertification: RecertificationService,
  ) {}

  @Authorized(...GUIDE_READERS)
  @Query(() => ListingConnection, { description: 'The public compatibility guide: published listings only.' })
  async listings(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ListingFilter, { nullable: true, description: 'Narrows the list (see the input type); omitted, nothing is narrowed.' })
    filter: ListingFilter | null,
    @Args() args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ListingConnection> {
    const selected = selectedPaths(info);
    // Only the columns the selected fields read; then what the client asks of each listing is
    // read for the whole page up front, one statement per kind, so the page's fields resolve
    // without waiting (the guide is a hot read).
    const columns = columnsForSelection(selected, 'edges.node.', columnProperties(ctx.em, Listing), LISTING_FIELD_NEEDS) as (keyof Listing & string)[] | null;
    const page = await this.guideService.guide(ctx, filter, args, columns);
    const listings = page.edges.map((edge) => edge.node);
    const plainColumns = (prefix: string, entity: typeof Software | typeof SoftwareVersion) =>
      selected.has(prefix) ? columnsForSelection(selected, `${prefix}.`, columnProperties(ctx.em, entity), {}) : undefined;
    await Promise.all([
      this.catalog.preloadFor(ctx, listings, {
        software: plainColumns('edges.node.software', Software),
        version: plainColumns('edges.node.version', SoftwareVersion),
      }),
      selected.has('edges.node.footnotes') || selected.has('edges.node.kbLinks')
        ? this.guideService.preloadFootnotes(
            ctx,
            listings.map((listing) => listing.id),
          )
        : undefined,
    ]);
    return page;
  }

  @Authorized(...GUIDE_READERS)
  @Query(() => Listing, { description: 'A listing: published ones to anyone; unpublished or removed ones to staff and the owning partner.' })
  listing(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `Listing` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
  ): Promise<Listing> {
    return this.guideService.listing(ctx, id);
  }

  @FieldResolver(() => Software, { nullable: true, description: 'The partner software listed.' })
  software(@Ctx() ctx: RequestContext, @Root() listing: Listing): Maybe<Software | null> {
    return this.catalog.softwareOf(ctx, listing);
  }

  @FieldResolver(() => SoftwareVersion, { nullable: true, description: 'The partner software version listed.' })
  version(@Ctx() ctx: RequestContext, @Root() listing: Listing): Maybe<SoftwareVersion | null> {
    return this.catalog.versionOf(ctx, listing);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'CERT-9: the new major vendor release that requires full re-certification, as of now; null once the version is listed on it.',
  })
  async fullRecertificationReleaseId(@Ctx() ctx: RequestContext, @Root() listing: Listing): Promise<string | null> {
    return (await this.recertification.fullRecertificationOf(ctx, listing))?.releaseId ?? null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "CERT-9: since when: the later of that release's first milestone and this listing's certification.",
  })
  async fullRecertificationRequiredAt(@Ctx() ctx: RequestContext, @Root() listing: Listing): Promise<Date | null> {
    return (await this.recertification.fullRecertificationOf(ctx, listing))?.requiredAt ?? null;
  }

  @FieldResolver(() => [ListingFootnote], { description: 'CERT-7: known incompatibilities.' })
  footnotes(@Ctx() ctx: RequestContext, @Root() listing: Listing): Maybe<ListingFootnote[]> {
    return this.guideService.footnotesOf(ctx, listing.id);
  }

  @FieldResolver(() => [String], { description: 'CERT-7: knowledge base article links of the footnotes.' })
  kbLinks(@Ctx() ctx: RequestContext, @Root() listing: Listing): Maybe<string[]> {
    return maybeThen(this.guideService.footnotesOf(ctx, listing.id), (footnotes) =>
      footnotes.flatMap((footnote) => (footnote.kbArticleUrl ? [footnote.kbArticleUrl] : [])),
    );
  }

  @FieldResolver(() => [ListingHistoryEntry], { nullable: true, description: 'CERT-8: history (staff and the owning partner; null for others).' })
  async history(@Ctx() ctx: RequestContext, @Root() listing: Listing): Promise<ListingHistoryEntry[] | null> {
    if (!ctx.isStaff && !(ctx.ownPartnerId && ctx.ownPartnerId === listing.partnerId)) return null;
    return this.guideService.historyOf(ctx, listing.id);
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => AddListingFootnotePayload, { description: 'CERT-7: add a footnote or KB link; a severe one keeps the listing off the guide.' })
  addListingFootnote(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `AddListingFootnoteInput`.' }) input: AddListingFootnoteInput,
  ): Promise<AddListingFootnotePayload> {
    return runMutation(ctx, async () => {
      const footnote = await this.guideService.addFootnote(ctx, input);
      return { footnote, listing: await this.guideService.listing(ctx, footnote.listingId) };
    });
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => ResolveListingFootnotePayload, { description: 'CERT-7: record the technical fix of a footnoted incompatibility.' })
  resolveListingFootnote(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `ResolveListingFootnoteInput`.' }) input: ResolveListingFootnoteInput,
  ): Promise<ResolveListingFootnotePayload> {
    return runMutation(ctx, async () => {
      const footnote = await this.guideService.resolveFootnote(ctx, input);
      return { footnote, listing: await this.guideService.listing(ctx, footnote.listingId) };
    });
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => PublishListingPayload, { description: 'CERT-6: publish once TOI, support readiness and the support policy are on record.' })
  publishListing(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `PublishListingInput`.' }) input: PublishListingInput,
  ): Promise<PublishListingPayload> {
    return runMutation(ctx, async () => ({ listing: await this.guideService.publish(ctx, input.listingId) }));
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => RemoveListingPayload, { description: 'CERT-8: remove a listing with a reason; history is kept and logo eligibility ends.' })
  removeListing(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RemoveListingInput`.' }) input: RemoveListingInput,
  ): Promise<RemoveListingPayload> {
    return runMutation(ctx, async () => ({ listing: await this.guideService.remove(ctx, input) }));
  }
}
