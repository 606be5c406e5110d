import { registerEnumType } from 'type-graphql';

/** REL-1: the kind of a vendor product release decides which milestones it has. */
export enum ReleaseKind {
  MAJOR = 'MAJOR',
  MINOR = 'MINOR',
  UPDATE = 'UPDATE',
  PATCH = 'PATCH',
}

/** REL-1: milestones, in the order a release moves through them. */
export enum Milestone {
  EARLY_ACCESS = 'EARLY_ACCESS',
  BETA = 'BETA',
  RC = 'RC',
  RTM = 'RTM',
  GA = 'GA',
}

/** REL-6: how a build was made. Only release-type builds count for scalability and timing-sensitive qualification. */
export enum ReleaseBuildType {
  RELEASE_TYPE = 'RELEASE_TYPE',
  BETA_TYPE = 'BETA_TYPE',
}

/** REL-2: what a partner may do with a release (shared vocabulary, docs/domain-contracts.md). */
export enum PartnerActivity {
  EARLY_DEVELOPMENT = 'EARLY_DEVELOPMENT',
  COMPATIBILITY_TESTING = 'COMPATIBILITY_TESTING',
  EARLY_CERTIFICATION_KIT = 'EARLY_CERTIFICATION_KIT',
  CERTIFICATION = 'CERTIFICATION',
  SUBMISSION = 'SUBMISSION',
  OEM_MEDIA_KIT = 'OEM_MEDIA_KIT',
}

/** Why the activity question was answered no. */
export enum ActivityDenialReason {
  RELEASE_NOT_FOUND = 'RELEASE_NOT_FOUND',
  UNKNOWN_ACTIVITY = 'UNKNOWN_ACTIVITY',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  MILESTONE_NOT_REACHED = 'MILESTONE_NOT_REACHED',
  ACTIVITY_NOT_ALLOWED_AT_MILESTONE = 'ACTIVITY_NOT_ALLOWED_AT_MILESTONE',
}

/** REL-3: how a reported RC defect is classified. */
export enum RcFeedbackClassification {
  RELEASE_BLOCKING = 'RELEASE_BLOCKING',
  CATASTROPHIC = 'CATASTROPHIC',
  CERTIFICATION_BLOCKING = 'CERTIFICATION_BLOCKING',
  OTHER = 'OTHER',
}

/** REL-3: where a partner that installed an RC build stands with its feedback. */
export enum RcFeedbackState {
  /** Not yet submitted; the due instant has not passed. */
  OWED = 'OWED',
  /** Not yet submitted; the due instant has passed. */
  OVERDUE = 'OVERDUE',
  /** First feedback submitted at or before the due instant. */
  ON_TIME = 'ON_TIME',
  /** First feedback submitted after the due instant (recorded, marked late). */
  LATE = 'LATE',
}

/** REL-7: what a partner's change notice announces. */
export enum PartnerChangeKind {
  CHANGE = 'CHANGE',
  UPDATE = 'UPDATE',
  PATCH = 'PATCH',
}

/** REL-8: a pre-release material turns into a development kit when its product reaches GA. */
export enum PreReleaseMaterialKind {
  PRE_RELEASE_MATERIAL = 'PRE_RELEASE_MATERIAL',
  DEVELOPMENT_KIT = 'DEVELOPMENT_KIT',
}

/** REL-8: the life of a request for a build at an unofficial milestone. */
export enum BuildAccessStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
  /** Access ended with the membership (MEM-6), whether it was pending or approved. */
  ENDED = 'ENDED',
}

export enum BuildAccessDecision {
  APPROVE = 'APPROVE',
  REFUSE = 'REFUSE',
}

registerEnumType(ReleaseKind, { name: 'ReleaseKind', description: 'Kind of a vendor product release (REL-1).' });
registerEnumType(Milestone, { name: 'Milestone', description: 'Release milestone, in order (REL-1).' });
registerEnumType(ReleaseBuildType, { name: 'ReleaseBuildType', description: 'Release-type or beta-type build (REL-6).' });
registerEnumType(PartnerActivity, { name: 'PartnerActivity', description: 'What a partner may do with a release (REL-2).' });
registerEnumType(ActivityDenialReason, { name: 'ActivityDenialReason', description: 'Why an activity is not allowed (REL-2).' });
registerEnumType(RcFeedbackClassification, { name: 'RcFeedbackClassification', description: 'Classification of an RC feedback item (REL-3).' });
registerEnumType(RcFeedbackState, { name: 'RcFeedbackState', description: 'Where a partner stands with its RC feedback (REL-3).' });
registerEnumType(PartnerChangeKind, { name: 'PartnerChangeKind', description: 'What a partner change notice announces (REL-7).' });
registerEnumType(PreReleaseMaterialKind, { name: 'PreReleaseMaterialKind', description: 'Pre-release material or development kit (REL-8).' });
registerEnumType(BuildAccessStatus, { name: 'BuildAccessStatus', description: 'State of a request for an unofficial-milestone build (REL-8).' });
registerEnumType(BuildAccessDecision, { name: 'BuildAccessDecision', description: 'A program manager decision on a build access request (REL-8).' });
