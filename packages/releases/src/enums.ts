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

registerEnumType(ReleaseKind, {
  name: 'ReleaseKind',
  description: 'Kind of a vendor product release (REL-1).',
  valuesConfig: {
    MAJOR: {
      description:
        'A major release: milestones Early Access, Beta, RC, RTM, GA (REL-1); announced no later than Beta and triggers full re-certification of platform-dependent software (REL-5, CERT-9).',
    },
    MINOR: { description: 'A minor release: milestones Early Access, Beta, RC, RTM, GA (REL-1).' },
    UPDATE: { description: 'An update release: milestones RC, RTM, GA; no Early Access or Beta (REL-1).' },
    PATCH: { description: 'A patch release: goes straight to GA (REL-1).' },
  },
});
registerEnumType(Milestone, {
  name: 'Milestone',
  description: 'Release milestone, in order (REL-1).',
  valuesConfig: {
    EARLY_ACCESS: { description: 'Early Access (major and minor releases): early development and compatibility testing, not certification (REL-2).' },
    BETA: { description: 'Beta (major and minor releases only): development and compatibility testing, early certification kit; no certification (REL-2).' },
    RC: {
      description:
        'Release Candidate (not for patches): official certification and submissions; partners that install it owe feedback within 21 days (REL-2, REL-3).',
    },
    RTM: { description: 'Release to Manufacturing: restricted to OEM media kits; partners may not certify or submit (REL-2).' },
    GA: {
      description:
        'General Availability, reached by every release: official certification and submissions (REL-2); pre-release materials become development kits (REL-8).',
    },
  },
});
registerEnumType(ReleaseBuildType, {
  name: 'ReleaseBuildType',
  description: 'Release-type or beta-type build (REL-6).',
  valuesConfig: {
    RELEASE_TYPE: { description: 'A release-type build: scalability and timing-sensitive qualification counts on it (REL-6).' },
    BETA_TYPE: {
      description:
        'A beta-type build: scalability and timing-sensitive qualification does not count on it (REL-6); builds at unofficial milestones are always beta-type (REL-8).',
    },
  },
});
registerEnumType(PartnerActivity, {
  name: 'PartnerActivity',
  description: 'What a partner may do with a release (REL-2).',
  valuesConfig: {
    EARLY_DEVELOPMENT: { description: 'Early development against the release: allowed at every milestone but RTM (REL-2).' },
    COMPATIBILITY_TESTING: { description: 'Compatibility testing: allowed at every milestone but RTM (REL-2).' },
    EARLY_CERTIFICATION_KIT: { description: 'Use of the early certification kit: available at Beta (REL-2).' },
    CERTIFICATION: { description: 'Official certification testing: allowed at RC and GA only (REL-2).' },
    SUBMISSION: { description: 'Submitting certification results: allowed at RC and GA only (REL-2, CERT-3).' },
    OEM_MEDIA_KIT: { description: 'OEM media kits: the only use of an RTM build (REL-2).' },
  },
});
registerEnumType(ActivityDenialReason, {
  name: 'ActivityDenialReason',
  description: 'Why an activity is not allowed (REL-2).',
  valuesConfig: {
    RELEASE_NOT_FOUND: { description: 'No vendor release has the id asked about.' },
    UNKNOWN_ACTIVITY: { description: 'The activity is not one of the activities REL-2 knows.' },
    NOT_A_MEMBER: { description: "The partner has no active membership of a program tied to the release's product (MEM-1, MEM-10)." },
    MILESTONE_NOT_REACHED: { description: 'The release has not yet reached a milestone that allows the activity (REL-2).' },
    ACTIVITY_NOT_ALLOWED_AT_MILESTONE: {
      description: "The release's current milestone does not allow the activity, such as certification at Beta or anything but OEM media kits at RTM (REL-2).",
    },
  },
});
registerEnumType(RcFeedbackClassification, {
  name: 'RcFeedbackClassification',
  description: 'Classification of an RC feedback item (REL-3).',
  valuesConfig: {
    RELEASE_BLOCKING: { description: 'A release-blocking defect: the only kind considered at RC without more (REL-3).' },
    CATASTROPHIC: { description: 'A catastrophic issue: considered for the release with a business justification (REL-3).' },
    CERTIFICATION_BLOCKING: { description: 'An issue that blocks certification: considered for the release with a business justification (REL-3).' },
    OTHER: { description: 'Any other issue: recorded, not considered for the release at RC (REL-3).' },
  },
});
registerEnumType(RcFeedbackState, {
  name: 'RcFeedbackState',
  description: 'Where a partner stands with its RC feedback (REL-3).',
  valuesConfig: {
    OWED: { description: 'Not yet submitted; the due instant has not passed.' },
    OVERDUE: { description: 'Not yet submitted; the due instant has passed.' },
    ON_TIME: { description: 'First feedback submitted at or before the due instant.' },
    LATE: { description: 'First feedback submitted after the due instant (recorded, marked late).' },
  },
});
registerEnumType(PartnerChangeKind, {
  name: 'PartnerChangeKind',
  description: 'What a partner change notice announces (REL-7).',
  valuesConfig: {
    CHANGE: { description: 'A change to the partner software (REL-7).' },
    UPDATE: { description: 'An update of the partner software (REL-7).' },
    PATCH: { description: 'A patch of the partner software (REL-7).' },
  },
});
registerEnumType(PreReleaseMaterialKind, {
  name: 'PreReleaseMaterialKind',
  description: 'Pre-release material or development kit (REL-8).',
  valuesConfig: {
    PRE_RELEASE_MATERIAL: { description: 'Material of a product that has not reached GA yet (REL-8).' },
    DEVELOPMENT_KIT: { description: 'The material became a development kit when its product reached GA (REL-8).' },
  },
});
registerEnumType(BuildAccessStatus, {
  name: 'BuildAccessStatus',
  description: 'State of a request for an unofficial-milestone build (REL-8).',
  valuesConfig: {
    PENDING: { description: 'Requested with `requestBuildAccess` and its justification; awaiting the program manager (REL-8).' },
    APPROVED: {
      description: 'The program manager approved it with `decideBuildAccess`: the partner may get the unofficial-milestone build, a beta-type build (REL-8).',
    },
    REFUSED: { description: 'The program manager refused it with `decideBuildAccess` (REL-8).' },
    ENDED: { description: 'Access ended with the membership (MEM-6), whether it was pending or approved.' },
  },
});
registerEnumType(BuildAccessDecision, {
  name: 'BuildAccessDecision',
  description: 'A program manager decision on a build access request (REL-8).',
  valuesConfig: {
    APPROVE: { description: 'Approve: the request becomes APPROVED and the partner gets the build (REL-8).' },
    REFUSE: { description: 'Refuse: the request becomes REFUSED (REL-8).' },
  },
});
