import { asPorts, DomainModule, nodeType, nodeTypes, reactions, readers } from '@alliance/kernel';
import { RELEASES_MIGRATIONS } from './migrations';
import type { MembershipEventMap } from '@alliance/membership/contracts';
import type { ReleasesApi } from './contracts';
import { BuildAccessRequest } from './entities/build-access-request.entity';
import { PartnerChangeNotice } from './entities/partner-change-notice.entity';
import { PreReleaseMaterial } from './entities/pre-release-material.entity';
import { Product } from './entities/product.entity';
import { RcFeedback } from './entities/rc-feedback.entity';
import { RcInstall } from './entities/rc-install.entity';
import { Release } from './entities/release.entity';
import { ReleaseMilestone } from './entities/release-milestone.entity';
import { RELEASES_ERROR_CODES } from './errors';
import { RELEASES_NOTICE_RULES } from './notices';
import { ReleasesPorts } from './ports';
import { ChangeNoticeResolver } from './resolvers/change-notice.resolver';
import { PreReleaseResolver } from './resolvers/pre-release.resolver';
import { ProductResolver, RELEASES_READ } from './resolvers/product.resolver';
import { RcFeedbackResolver } from './resolvers/rc-feedback.resolver';
import { ReleaseMilestoneResolver, ReleaseResolver } from './resolvers/release.resolver';
import { ChangeNoticeService } from './services/change-notice.service';
import { MembershipLookup } from './services/membership';
import { PreReleaseService } from './services/pre-release.service';
import { RcFeedbackService } from './services/rc-feedback.service';
import { ReleaseService } from './services/release.service';

export const RELEASES_ENTITIES = [Product, Release, ReleaseMilestone, RcInstall, RcFeedback, PartnerChangeNotice, PreReleaseMaterial, BuildAccessRequest];

export interface ReleasesModule extends DomainModule {
  /** What other domains and package users call (see `contracts.ts`). */
  api: ReleasesApi;
  /** Products, releases, milestones, announcements and the activity question (REL-1, 2, 4, 5, 6). */
  service: ReleaseService;
  /** RC installs and feedback (REL-3). */
  rcFeedback: RcFeedbackService;
  /** Partner change notices (REL-7). */
  changeNotices: ChangeNoticeService;
  /** Pre-release materials and build access (REL-8). */
  preRelease: PreReleaseService;
}

/** The releases domain, wired to the ports its host supplies. */
export function createReleasesModule(given: ReleasesPorts): ReleasesModule {
  // A rule broken behind another domain's API names that API's field, not one of this domain's inputs.
  const ports = asPorts(given);
  const membership = new MembershipLookup(ports.membership);
  const service = new ReleaseService(membership, ports.notices);
  const rcFeedback = new RcFeedbackService(service, membership);
  const changeNotices = new ChangeNoticeService();
  const preRelease = new PreReleaseService(service, membership);
  return {
    name: 'releases',
    entities: RELEASES_ENTITIES,
    resolvers: [ProductResolver, ReleaseResolver, ReleaseMilestoneResolver, RcFeedbackResolver, ChangeNoticeResolver, PreReleaseResolver],
    resolverInstances: [
      new ProductResolver(service),
      new ReleaseResolver(service),
      new ReleaseMilestoneResolver(service),
      new RcFeedbackResolver(rcFeedback),
      new ChangeNoticeResolver(changeNotices),
      new PreReleaseResolver(preRelease),
    ],
    errorCodes: { ...RELEASES_ERROR_CODES },
    // Read by id as their own queries read them: the vendor's products and releases are every
    // reader's; a PARTNER key sees only its own partner's installs, feedback, notices and requests.
    nodes: [
      ...nodeTypes([Product, Release, ReleaseMilestone], { readers: readers(RELEASES_READ), visible: 'everyone' }),
      ...nodeTypes([RcInstall, RcFeedback, PartnerChangeNotice, BuildAccessRequest], { readers: readers(RELEASES_READ) }),
      // REL-8: a partner sees a program's materials only while an active member of it.
      nodeType(PreReleaseMaterial, { readers: readers(RELEASES_READ), visible: 'everyone', keep: (ctx, rows) => preRelease.visibleMaterials(ctx, rows) }),
    ],
    scopes: { [RELEASES_READ]: 'Read products, releases, milestones, RC feedback status, change notices and build access requests.' },
    reactions: reactions<MembershipEventMap>({
      // REL-8: build access ends with the membership.
      'membership.enrollment_changed': (ctx, event) => preRelease.endAccessForEnrollment(ctx, event.payload),
    }),
    noticeRules: RELEASES_NOTICE_RULES,
    migrations: RELEASES_MIGRATIONS,
    api: service,
    service,
    rcFeedback,
    changeNotices,
    preRelease,
  };
}
