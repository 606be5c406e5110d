import { registerEnumType } from 'type-graphql';

/** CERT-1: the acceptance levels of the vendor's partner software policy. */
export enum CertificationAcceptanceLevel {
  CERTIFIED = 'CERTIFIED',
  ACCEPTED = 'ACCEPTED',
  PARTNER_SUPPORTED = 'PARTNER_SUPPORTED',
  COMMUNITY_SUPPORTED = 'COMMUNITY_SUPPORTED',
}

/** Which re-certification questionnaire and TOI checklist a program uses (000 = CLI/API, 001 = plug-in). */
export enum CertificationQuestionnaireKind {
  CLI_API = 'CLI_API',
  PLUG_IN = 'PLUG_IN',
}

/** Kinds of partner software releases; HOT_FIX is a customer-specific fix (CERT-10). */
export enum SoftwareReleaseKind {
  MAJOR = 'MAJOR',
  MINOR = 'MINOR',
  UPDATE = 'UPDATE',
  PATCH = 'PATCH',
  HOT_FIX = 'HOT_FIX',
}

export enum ReviewSlotReservationStatus {
  RESERVED = 'RESERVED',
  USED = 'USED',
}

export enum SubmissionStatus {
  SUBMITTED = 'SUBMITTED',
  CERTIFIED = 'CERTIFIED',
  DENIED = 'DENIED',
}

/** CERT-6/7/8: where a listing stands on the compatibility guide. */
export enum ListingStatus {
  /** Certified, but TOI, support readiness or the support policy is missing (CERT-6). */
  CERTIFIED_UNPUBLISHED = 'CERTIFIED_UNPUBLISHED',
  PUBLISHED = 'PUBLISHED',
  /** Off the guide until a technical fix for a severe incompatibility (CERT-7). */
  WITHHELD = 'WITHHELD',
  REMOVED = 'REMOVED',
}

/** CERT-8: why the vendor removed a listing. */
export enum ListingRemovalReason {
  PARTNER_REQUEST = 'PARTNER_REQUEST',
  VENDOR_DISCRETION = 'VENDOR_DISCRETION',
  NON_COMPLIANCE = 'NON_COMPLIANCE',
}

export enum ListingHistoryAction {
  CERTIFIED = 'CERTIFIED',
  EXTENDED_BY_EQUIVALENCY = 'EXTENDED_BY_EQUIVALENCY',
  PUBLISHED = 'PUBLISHED',
  UNPUBLISHED = 'UNPUBLISHED',
  WITHHELD = 'WITHHELD',
  FOOTNOTE_ADDED = 'FOOTNOTE_ADDED',
  FOOTNOTE_RESOLVED = 'FOOTNOTE_RESOLVED',
  FLAGGED_FOR_REVIEW = 'FLAGGED_FOR_REVIEW',
  FULL_RECERTIFICATION_REQUIRED = 'FULL_RECERTIFICATION_REQUIRED',
  REMOVED = 'REMOVED',
}

/** CERT-15: the two checklists tracked per software version. */
export enum CertificationChecklistKind {
  DOWNLOAD_BUNDLE = 'DOWNLOAD_BUNDLE',
  TOI = 'TOI',
}

export enum HotFixStatus {
  /** The modified software still needs re-certification or a waiver (CERT-10). */
  AWAITING_RECERTIFICATION = 'AWAITING_RECERTIFICATION',
  WAIVED = 'WAIVED',
  RECERTIFIED = 'RECERTIFIED',
}

export enum CertificationRequestStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
}

registerEnumType(CertificationAcceptanceLevel, { name: 'CertificationAcceptanceLevel', description: 'CERT-1 acceptance levels.', valuesConfig: {
    CERTIFIED: { description: 'Certified.' },
    ACCEPTED: { description: 'Accepted.' },
    PARTNER_SUPPORTED: { description: 'Partner supported.' },
    COMMUNITY_SUPPORTED: { description: 'Community supported.' },
  } });
registerEnumType(CertificationQuestionnaireKind, { name: 'CertificationQuestionnaireKind', description: 'Re-certification questionnaire and TOI checklist of a program.', valuesConfig: {
    CLI_API: { description: 'Cli API.' },
    PLUG_IN: { description: 'Plug in.' },
  } });
registerEnumType(SoftwareReleaseKind, { name: 'SoftwareReleaseKind', description: 'Kind of a partner software release.', valuesConfig: {
    MAJOR: { description: 'Major.' },
    MINOR: { description: 'Minor.' },
    UPDATE: { description: 'Update.' },
    PATCH: { description: 'Patch.' },
    HOT_FIX: { description: 'Hot fix.' },
  } });
registerEnumType(ReviewSlotReservationStatus, { name: 'ReviewSlotReservationStatus', description: 'Review slot reservation status.', valuesConfig: {
    RESERVED: { description: 'Reserved.' },
    USED: { description: 'Used.' },
  } });
registerEnumType(SubmissionStatus, { name: 'SubmissionStatus', description: 'Submission status.', valuesConfig: {
    SUBMITTED: { description: 'Submitted.' },
    CERTIFIED: { description: 'Certified.' },
    DENIED: { description: 'Denied.' },
  } });
registerEnumType(ListingStatus, { name: 'ListingStatus', description: 'Where a listing stands on the compatibility guide.', valuesConfig: {
    CERTIFIED_UNPUBLISHED: { description: 'Certified, but TOI, support readiness or the support policy is missing (CERT-6).' },
    PUBLISHED: { description: 'Published.' },
    WITHHELD: { description: 'Off the guide until a technical fix for a severe incompatibility (CERT-7).' },
    REMOVED: { description: 'Removed.' },
  } });
registerEnumType(ListingRemovalReason, { name: 'ListingRemovalReason', description: 'CERT-8: why the vendor removed a listing.', valuesConfig: {
    PARTNER_REQUEST: { description: 'Partner request.' },
    VENDOR_DISCRETION: { description: 'Vendor discretion.' },
    NON_COMPLIANCE: { description: 'Non compliance.' },
  } });
registerEnumType(ListingHistoryAction, { name: 'ListingHistoryAction', description: 'Listing history action.', valuesConfig: {
    CERTIFIED: { description: 'Certified.' },
    EXTENDED_BY_EQUIVALENCY: { description: 'Extended by equivalency.' },
    PUBLISHED: { description: 'Published.' },
    UNPUBLISHED: { description: 'Unpublished.' },
    WITHHELD: { description: 'Withheld.' },
    FOOTNOTE_ADDED: { description: 'Footnote added.' },
    FOOTNOTE_RESOLVED: { description: 'Footnote resolved.' },
    FLAGGED_FOR_REVIEW: { description: 'Flagged for review.' },
    FULL_RECERTIFICATION_REQUIRED: { description: 'Full recertification required.' },
    REMOVED: { description: 'Removed.' },
  } });
registerEnumType(CertificationChecklistKind, { name: 'CertificationChecklistKind', description: 'CERT-15: the two checklists tracked per software version.', valuesConfig: {
    DOWNLOAD_BUNDLE: { description: 'Download bundle.' },
    TOI: { description: 'Toi.' },
  } });
registerEnumType(HotFixStatus, { name: 'CertificationHotFixStatus', description: 'Hot fix status.', valuesConfig: {
    AWAITING_RECERTIFICATION: { description: 'The modified software still needs re-certification or a waiver (CERT-10).' },
    WAIVED: { description: 'Waived.' },
    RECERTIFIED: { description: 'Recertified.' },
  } });
registerEnumType(CertificationRequestStatus, { name: 'CertificationRequestStatus', description: 'Certification request status.', valuesConfig: {
    REQUESTED: { description: 'Requested.' },
    APPROVED: { description: 'Approved.' },
    DENIED: { description: 'Denied.' },
  } });
