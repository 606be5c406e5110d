/**
 * Releases' public surface as types only: what other domains and package users may call, the
 * events it publishes and the notice kinds it records. Importing this file loads no code.
 */
import type { RequestContext } from '@alliance/kernel';
import type { ActivityDenialReason, Milestone, PartnerActivity, ReleaseBuildType, ReleaseKind } from './enums';
import type { CHANGE_NOTICE_LATE, MILESTONE_REACHED_NOTICE, RC_FEEDBACK_DUE } from './notices';

/** Releases vocabulary that crosses a boundary. */
export type ReleaseKindName = `${ReleaseKind}`;
export type MilestoneName = `${Milestone}`;
export type ReleaseBuildTypeName = `${ReleaseBuildType}`;
export type PartnerActivityName = `${PartnerActivity}`;
export type ActivityDenialReasonName = `${ActivityDenialReason}`;

/** REL-2: may a partner do an activity on a release at an instant? */
export interface ActivityAnswerValue {
  allowed: boolean;
  /** Why not, when the answer is no. */
  reasonCode: ActivityDenialReasonName | null;
  /** The milestone in force at the instant asked. */
  milestone: MilestoneName | null;
  /** Null when the release does not exist. */
  productId: string | null;
  version: string | null;
  buildType: ReleaseBuildTypeName | null;
}

/** A vendor release that has reached a milestone. */
export interface PlatformReleaseFact {
  releaseId: string;
  productId: string;
  kind: ReleaseKindName;
  version: string;
  /** When its first milestone build became available. */
  firstMilestoneAt: Date;
}

/** What other domains and package users call. */
export interface ReleasesApi {
  /** REL-2: may this partner do `activity` (one of `PartnerActivityName`) on this release at `at`? */
  activityAllowed(ctx: RequestContext, query: { partnerId: string; releaseId: string; activity: PartnerActivityName; at: Date }): Promise<ActivityAnswerValue>;
  /** The releases of these products that have reached a milestone. */
  productReleases(ctx: RequestContext, productIds: readonly string[]): Promise<PlatformReleaseFact[]>;
}

export interface MilestoneReachedPayload extends Record<string, unknown> {
  productId: string;
  releaseId: string;
  releaseKind: ReleaseKindName;
  version: string;
  milestone: MilestoneName;
  /** ISO instant the build became available. */
  availableAt: string;
  buildType: ReleaseBuildTypeName;
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
  milestone: MilestoneName;
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

/** Events releases publishes (after commit): name → payload. */
export interface ReleasesEventMap {
  /** REL-4: a release reached a milestone. */
  'releases.milestone_reached': MilestoneReachedPayload;
  /** REL-5: a major release was announced to partners. */
  'releases.major_release_announced': MajorReleaseAnnouncedPayload;
  /** REL-5: a major release reached Beta or later with no announcement recorded. */
  'releases.major_release_unannounced': MajorReleaseUnannouncedPayload;
  /** REL-7: a partner filed a change notice (possibly late). */
  'releases.change_notice_filed': ChangeNoticeFiledPayload;
  /** REL-8: a program manager approved or refused a request for an unofficial-milestone build. */
  'releases.build_access_decided': BuildAccessDecidedPayload;
  /** REL-8: open build access requests ended with the membership. */
  'releases.build_access_ended': BuildAccessEndedPayload;
}

export type ReleasesEventType = keyof ReleasesEventMap;
export type ReleasesNoticeKind = typeof RC_FEEDBACK_DUE | typeof CHANGE_NOTICE_LATE | typeof MILESTONE_REACHED_NOTICE;
