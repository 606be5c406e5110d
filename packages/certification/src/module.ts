import { asPorts, DomainModule, nodeType, nodeTypes, reactions } from '@alliance/kernel';
import { CERTIFICATION_MIGRATIONS } from './migrations';
import type { MembershipEventMap } from '@alliance/membership/contracts';
import type { SupportEventMap } from '@alliance/support/contracts';
import type { CertificationApi } from './contracts';
import {
  Artifact,
  CERTIFICATION_ENTITIES,
  CertificationProgramPolicy,
  EquivalencyRequest,
  HotFix,
  HotFixDistribution,
  Listing,
  ListingFootnote,
  ListingHistoryEntry,
  RecertificationAssessment,
  RetestWaiver,
  ReviewSlot,
  SlotReservation,
  Software,
  SoftwareVersion,
  Submission,
} from './entities';
import { CERTIFICATION_ERROR_CODES } from './errors';
import { CERTIFICATION_NOTICE_RULES } from './notices';
import { CertificationPorts } from './ports';
import { ListingResolver } from './resolvers/listing.resolver';
import { SoftwareResolver, SoftwareVersionResolver } from './resolvers/catalog.resolver';
import { HotFixResolver, RecertificationResolver } from './resolvers/recertification.resolver';
import { ReviewSlotResolver, SubmissionResolver } from './resolvers/review.resolver';
import { CERTIFICATION_READ_SCOPE, CERTIFICATION_READERS, GUIDE_READERS, LISTINGS_READ_SCOPE } from './resolvers/roles';
import { CatalogOptions, CatalogService } from './services/catalog.service';
import { CertificationService } from './services/certification.service';
import { ListingService } from './services/listing.service';
import { RecertificationService } from './services/recertification.service';
import { ReviewService } from './services/review.service';

export type CertificationModuleOptions = CatalogOptions;

export interface CertificationModule extends DomainModule {
  /** What other domains and package users call (see `contracts.ts`). */
  api: CertificationApi;
  /** The methods other domains reach through their ports, and the upload route's streaming. */
  service: CertificationService;
  services: { catalog: CatalogService; review: ReviewService; listings: ListingService; recertification: RecertificationService };
}

/** Builds the certification module around the ports the gateway (or a reusing developer) supplies. */
export function createCertificationModule(given: CertificationPorts, options: CertificationModuleOptions = {}): CertificationModule {
  // A rule broken behind another domain's API names that API's field, not one of this domain's inputs.
  const ports = asPorts(given);
  const listings = new ListingService(ports.support);
  const catalog = new CatalogService(listings, options);
  const review = new ReviewService(ports, catalog, listings);
  const recertification = new RecertificationService(ports.fees, catalog, listings, ports.releases);
  const service = new CertificationService(catalog, listings);

  return {
    name: 'certification',
    entities: CERTIFICATION_ENTITIES,
    resolvers: [SoftwareResolver, SoftwareVersionResolver, ReviewSlotResolver, SubmissionResolver, ListingResolver, RecertificationResolver, HotFixResolver],
    resolverInstances: [
      new SoftwareResolver(catalog),
      new SoftwareVersionResolver(catalog),
      new ReviewSlotResolver(review),
      new SubmissionResolver(review, catalog, listings),
      new ListingResolver(listings, catalog, recertification),
      new RecertificationResolver(recertification),
      new HotFixResolver(recertification),
    ],
    errorCodes: CERTIFICATION_ERROR_CODES,
    // Read by id as their own queries read them: a PARTNER key sees only its own partner's
    // software and submissions; the guide shows published listings to every reader (CERT-5).
    nodes: [
      ...nodeTypes(
        [
          Software,
          SoftwareVersion,
          Artifact,
          Submission,
          SlotReservation,
          HotFix,
          HotFixDistribution,
          RetestWaiver,
          EquivalencyRequest,
          RecertificationAssessment,
        ],
        {
          readers: CERTIFICATION_READERS,
        },
      ),
      ...nodeTypes([ReviewSlot, CertificationProgramPolicy], { readers: CERTIFICATION_READERS, visible: 'everyone' }),
      nodeType(Listing, { readers: GUIDE_READERS, visible: 'everyone', keep: async (ctx, rows) => rows.filter((row) => listings.canSee(ctx, row)) }),
      // CERT-7: a footnote shows with its listing.
      nodeType(ListingFootnote, { readers: GUIDE_READERS, visible: 'everyone', keep: (ctx, rows) => listings.withVisibleListing(ctx, rows, false) }),
      // CERT-8: a listing's history is for staff and the owning partner.
      nodeType(ListingHistoryEntry, { readers: GUIDE_READERS, visible: 'everyone', keep: (ctx, rows) => listings.withVisibleListing(ctx, rows, true) }),
    ],
    scopes: {
      [CERTIFICATION_READ_SCOPE]: 'Read partner software, versions, review slots, submissions, re-certification verdicts and listings.',
      [LISTINGS_READ_SCOPE]: 'Read the public compatibility guide (published listings).',
    },
    reactions: {
      ...reactions<MembershipEventMap>({
        'membership.tap_membership_ended': (ctx, event) => listings.flagPartnerListings(ctx, event.payload, 'TAP'),
        'membership.tsanet_membership_ended': (ctx, event) => listings.flagPartnerListings(ctx, event.payload, 'TSANet'),
      }),
      ...reactions<SupportEventMap>({
        // CERT-6: a partner's support readiness changed, so its certified listings may now be publishable (or not).
        'support.readiness_changed': (ctx, event) => listings.refreshPartnerListings(ctx, event.payload.partnerId),
      }),
    },
    noticeRules: CERTIFICATION_NOTICE_RULES,
    migrations: CERTIFICATION_MIGRATIONS,
    api: service,
    service,
    services: { catalog, review, listings, recertification },
  };
}
