import { eventsOf } from '@alliance/kernel';
import type { ReleasesEventMap } from './contracts';

export type {
  BuildAccessDecidedPayload,
  BuildAccessEndedPayload,
  ChangeNoticeFiledPayload,
  MajorReleaseAnnouncedPayload,
  MajorReleaseUnannouncedPayload,
  MilestoneReachedPayload,
  ReleasesEventMap,
} from './contracts';

/** REL-4: a release reached a milestone; notify every active member of `programIds` (download info for official milestones). */
export const MILESTONE_REACHED = 'releases.milestone_reached' satisfies keyof ReleasesEventMap;
/** REL-5: a major release was announced to partners. */
export const MAJOR_RELEASE_ANNOUNCED = 'releases.major_release_announced' satisfies keyof ReleasesEventMap;
/** REL-5: a major release reached Beta or later with no announcement recorded. */
export const MAJOR_RELEASE_UNANNOUNCED = 'releases.major_release_unannounced' satisfies keyof ReleasesEventMap;
/** REL-7: a partner filed a change notice (possibly late). */
export const CHANGE_NOTICE_FILED = 'releases.change_notice_filed' satisfies keyof ReleasesEventMap;
/** REL-8: a program manager approved or refused a request for an unofficial-milestone build. */
export const BUILD_ACCESS_DECIDED = 'releases.build_access_decided' satisfies keyof ReleasesEventMap;
/** REL-8: open build access requests ended with the membership. */
export const BUILD_ACCESS_ENDED = 'releases.build_access_ended' satisfies keyof ReleasesEventMap;

/** Raises a releases event; the payload type follows the name. */
export const releasesEvent = eventsOf<ReleasesEventMap>();
