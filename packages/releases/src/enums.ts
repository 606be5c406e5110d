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

registerEnumType(ReleaseKind, { name: 'ReleaseKind', description: 'Kind of a vendor product release (REL-1).', valuesConfig: {
    MAJOR: { description: 'Major.' },
    MINOR: { description: 'Minor.' },
    UPDATE: { description: 'Update.' },
    PATCH: { description: 'Patch.' },
  } });
registerEnumType(Milestone, { name: 'Milestone', description: 'Release milestone, in order (REL-1).', valuesConfig: {
    EARLY_ACCESS: { description: 'Early access.' },
    BETA: { description: 'Beta.' },
    RC: { description: 'RC.' },
    RTM: { description: 'Rtm.' },
    GA: { description: 'GA.' },
  } });
registerEnumType(ReleaseBuildType, { name: 'ReleaseBuildType', description: 'Release-type or beta-type build (REL-6).', valuesConfig: {
    RELEASE_TYPE: { description: 'Release type.' },
    BETA_TYPE: { description: 'Beta type.' },
  } });
registerEnumType(PartnerActivity, { name: 'PartnerActivity', description: 'What a partner may do with a release (REL-2).', valuesConfig: {
    EARLY_DEVELOPMENT: { description: 'Early development.' },
    COMPATIBILITY_TESTING: { description: 'Compatibility testing.' },
    EARLY_CERTIFICATION_KIT: { description: 'Early certification kit.' },
    CERTIFICATION: { description: 'Certification.' },
    SUBMISSION: { description: 'Submission.' },
    OEM_MEDIA_KIT: { description: 'Oem media kit.' },
  } });
registerEnumType(ActivityDenialReason, { name: 'ActivityDenialReason', description: 'Why an activity is not allowed (REL-2).', valuesConfig: {
    RELEASE_NOT_FOUND: { description: 'Release not found.' },
    UNKNOWN_ACTIVITY: { description: 'Unknown activity.' },
    NOT_A_MEMBER: { description: 'Not a member.' },
    MILESTONE_NOT_REACHED: { description: 'Milestone not reached.' },
    ACTIVITY_NOT_ALLOWED_AT_MILESTONE: { description: 'Activity not allowed at milestone.' },
  } });
registerEnumType(RcFeedbackClassification, { name: 'RcFeedbackClassification', description: 'Classification of an RC feedback item (REL-3).', valuesConfig: {
    RELEASE_BLOCKING: { description: 'Release blocking.' },
    CATASTROPHIC: { description: 'Catastrophic.' },
    CERTIFICATION_BLOCKING: { description: 'Certification blocking.' },
    OTHER: { description: 'Other.' },
  } });
registerEnumType(RcFeedbackState, { name: 'RcFeedbackState', description: 'Where a partner stands with its RC feedback (REL-3).', valuesConfig: {
    OWED: { description: 'Not yet submitted; the due instant has not passed.' },
    OVERDUE: { description: 'Not yet submitted; the due instant has passed.' },
    ON_TIME: { description: 'First feedback submitted at or before the due instant.' },
    LATE: { description: 'First feedback submitted after the due instant (recorded, marked late).' },
  } });
registerEnumType(PartnerChangeKind, { name: 'PartnerChangeKind', description: 'What a partner change notice announces (REL-7).', valuesConfig: {
    CHANGE: { description: 'Change.' },
    UPDATE: { description: 'Update.' },
    PATCH: { description: 'Patch.' },
  } });
registerEnumType(PreReleaseMaterialKind, { name: 'PreReleaseMaterialKind', description: 'Pre-release material or development kit (REL-8).', valuesConfig: {
    PRE_RELEASE_MATERIAL: { description: 'Pre release material.' },
    DEVELOPMENT_KIT: { description: 'Development kit.' },
  } });
registerEnumType(BuildAccessStatus, { name: 'BuildAccessStatus', description: 'State of a request for an unofficial-milestone build (REL-8).', valuesConfig: {
    PENDING: { description: 'Pending.' },
    APPROVED: { description: 'Approved.' },
    REFUSED: { description: 'Refused.' },
    ENDED: { description: 'Access ended with the membership (MEM-6), whether it was pending or approved.' },
  } });
registerEnumType(BuildAccessDecision, { name: 'BuildAccessDecision', description: 'A program manager decision on a build access request (REL-8).', valuesConfig: {
    APPROVE: { description: 'Approve.' },
    REFUSE: { description: 'Refuse.' },
  } });
