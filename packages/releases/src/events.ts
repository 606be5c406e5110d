import { Milestone, ReleaseBuildType, ReleaseKind } from './enums';

/** REL-4: a release reached a milestone; notify every active member of `programIds` (download info for official milestones). */
export const MILESTONE_REACHED = 'releases.milestone_reached';
/** REL-5: a major release was announced to partners. */
export const MAJOR_RELEASE_ANNOUNCED = 'releases.major_release_announced';
/** REL-5: a major release reached Beta or later with no announcement recorded. */
export const MAJOR_RELEASE_UNANNOUNCED = 'releases.major_release_unannounced';
/** REL-7: a partner filed a change notice (possibly late). */
export const CHANGE_NOTICE_FILED = 'releases.change_notice_filed';
/** REL-8: a program manager approved or refused a request for an unofficial-milestone build. */
export const BUILD_ACCESS_DECIDED = 'releases.build_access_decided';
/** REL-8: open build access requests ended with the membership. */
export const BUILD_ACCESS_ENDED = 'releases.build_access_ended';

export const RELEASES_EVENT_TYPES = [
  MILESTONE_REACHED,
  MAJOR_RELEASE_ANNOUNCED,
  MAJOR_RELEASE_UNANNOUNCED,
  CHANGE_NOTICE_FILED,
  BUILD_ACCESS_DECIDED,
  BUILD_ACCESS_ENDED,
] as const;

export interface MilestoneReachedPayload extends Record<string, unknown> {
  productId: string;
  releaseId: string;
  releaseKind: ReleaseKind;
  version: string;
  milestone: Milestone;
  /** ISO instant the build became available. */
  availableAt: string;
  buildType: ReleaseBuildType;
  /** Download location for official milestones (Beta, RC, GA); null for Early Access and RTM (REL-8: on request). */
  downloadUrl: string | null;
  programIds: string[];
}

export interface MajorReleaseAnnouncedPayload extends Record<string, unknown> {
  productId: string;
  releaseId: string;
  version: string;
  announcedAt: string;
  programIds: string[];
}

export interface MajorReleaseUnannouncedPayload extends Record<string, unknown> {
  productId: string;
  releaseId: string;
  version: string;
  milestone: Milestone;
  flaggedAt: string;
  programIds: string[];
}

export interface ChangeNoticeFiledPayload extends Record<string, unknown> {
  noticeId: string;
  partnerId: string;
  changeKind: string;
  softwareName: string;
  plannedReleaseAt: string;
  late: boolean;
}

export interface BuildAccessDecidedPayload extends Record<string, unknown> {
  requestId: string;
  partnerId: string;
  programId: string;
  releaseId: string;
  status: string;
}

export interface BuildAccessEndedPayload extends Record<string, unknown> {
  partnerId: string;
  programId: string;
  requestIds: string[];
  reason: string;
}

/** What this package reacts to: `membership.enrollment_changed` (REL-8 access ends with the membership). */
export const ENROLLMENT_CHANGED = 'membership.enrollment_changed';

export interface EnrollmentChangedPayload {
  enrollmentId: string;
  partnerId: string;
  programId: string;
  from: string | null;
  to: string;
  reason?: string | null;
}
