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

registerEnumType(CertificationAcceptanceLevel, {
  name: 'CertificationAcceptanceLevel',
  description: 'CERT-1: who supports customers, what testing certification needs and which support flow applies; each program has one level.',
  valuesConfig: {
    CERTIFIED: { description: 'Certified (CERT-1): the vendor supports customers; functional verification testing; vendor-first support flow.' },
    ACCEPTED: {
      description: 'Accepted (CERT-1): the partner supports customers; acceptance testing ("the provider doesn\'t misbehave"); partner-first support flow.',
    },
    PARTNER_SUPPORTED: { description: 'Partner Supported (CERT-1): the partner supports customers; testing the partner defines; partner-first support flow.' },
    COMMUNITY_SUPPORTED: { description: 'Community Supported (CERT-1): nobody supports customers; no testing; no support flow.' },
  },
});
registerEnumType(CertificationQuestionnaireKind, {
  name: 'CertificationQuestionnaireKind',
  description: 'Re-certification questionnaire and TOI checklist of a program.',
  valuesConfig: {
    CLI_API: {
      description:
        'The CLI/API questionnaire and TOI checklist of the Storage Virtual Appliance guide (000 Appendix A): re-certification follows from changes to the CLI commands and API calls the software uses (CERT-9).',
    },
    PLUG_IN: {
      description:
        'The plug-in questionnaire and TOI checklist of the Orchestrator plug-in guide (001 Appendix A): re-certification follows from changes to the plug-in (CERT-9).',
    },
  },
});
registerEnumType(SoftwareReleaseKind, {
  name: 'SoftwareReleaseKind',
  description: 'Kind of a partner software release.',
  valuesConfig: {
    MAJOR: { description: 'A major release of the partner software: a new certification, not an equivalency (CERT-12).' },
    MINOR: { description: 'A minor release of the partner software; the re-certification questionnaire decides whether it needs re-certification (CERT-9).' },
    UPDATE: { description: 'An update of certified software: may be covered by an equivalency request instead of a new certification (CERT-12).' },
    PATCH: { description: 'A patch: a partner bug fix that needs re-validation of all or a subset of the tests (CERT-9, CERT-11).' },
    HOT_FIX: {
      description: 'A hot fix: a fix for one critical customer issue, never a feature, filed with `fileHotFix` and distributed per customer (CERT-10).',
    },
  },
});
registerEnumType(ReviewSlotReservationStatus, {
  name: 'ReviewSlotReservationStatus',
  description: "Where a partner's reservation of a certification review slot stands (CERT-2).",
  valuesConfig: {
    RESERVED: { description: "Reserved with `reserveReviewSlot` and not yet used: it counts against the slot's capacity." },
    USED: { description: 'A certification submission used the reservation (CERT-2, CERT-3); it still counts against the capacity.' },
  },
});
registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description: 'Where a certification submission stands (CERT-3, CERT-4).',
  valuesConfig: {
    SUBMITTED: { description: "Filed with `submitForCertification` (consuming one submission entitlement, FEE-2) and awaiting the vendor's review." },
    CERTIFIED: { description: 'The vendor certified it with `certifySubmission`: a listing on the compatibility guide exists (CERT-5).' },
    DENIED: { description: 'The vendor denied it with `denySubmission`, with a written justification (CERT-4). The consumed entitlement is not returned.' },
  },
});
registerEnumType(ListingStatus, {
  name: 'ListingStatus',
  description: 'Where a listing stands on the compatibility guide.',
  valuesConfig: {
    CERTIFIED_UNPUBLISHED: { description: 'Certified, but TOI, support readiness or the support policy is missing (CERT-6).' },
    PUBLISHED: {
      description:
        'On the public compatibility guide: TOI, support readiness and the support policy are met (CERT-6) and no severe incompatibility is open (CERT-7). Reached with `publishListing`.',
    },
    WITHHELD: { description: 'Off the guide until a technical fix for a severe incompatibility (CERT-7).' },
    REMOVED: {
      description:
        "Taken off the guide by `removeListing` at the partner's request, the vendor's discretion or for non-compliance (CERT-8); the history keeps the reason.",
    },
  },
});
registerEnumType(ListingRemovalReason, {
  name: 'ListingRemovalReason',
  description: 'CERT-8: why the vendor removed a listing.',
  valuesConfig: {
    PARTNER_REQUEST: { description: 'The partner asked for the listing to be removed (CERT-8).' },
    VENDOR_DISCRETION: { description: 'The vendor removed the listing at its own discretion (CERT-8).' },
    NON_COMPLIANCE: { description: 'Complaints showed the partner does not comply with the program (CERT-8).' },
  },
});
registerEnumType(ListingHistoryAction, {
  name: 'ListingHistoryAction',
  description: 'What happened to a listing; every change of a listing is kept in its history (CERT-5 to CERT-9, CERT-12).',
  valuesConfig: {
    CERTIFIED: { description: 'A submission was certified and the listing created (CERT-5).' },
    EXTENDED_BY_EQUIVALENCY: { description: 'An approved equivalency request extended the listing to a new software version (CERT-12).' },
    PUBLISHED: { description: 'The listing went onto the public compatibility guide (CERT-6).' },
    UNPUBLISHED: { description: 'The listing went off the guide because a publication requirement is no longer met (CERT-6).' },
    WITHHELD: { description: 'A severe incompatibility keeps the listing off the guide until a technical fix (CERT-7).' },
    FOOTNOTE_ADDED: { description: 'A footnote or knowledge base link about a known incompatibility was added (CERT-7).' },
    FOOTNOTE_RESOLVED: { description: 'The technical fix for a footnoted incompatibility was recorded (CERT-7).' },
    FLAGGED_FOR_REVIEW: { description: "The partner lost its TAP or TSANet membership, so the listing is flagged for the vendor's review (CERT-8, MEM-9)." },
    FULL_RECERTIFICATION_REQUIRED: {
      description: 'A new major release of the vendor platform requires full re-certification of this platform-dependent software (CERT-9, REL-5).',
    },
    REMOVED: { description: 'The vendor removed the listing, with the reason (CERT-8).' },
  },
});
registerEnumType(CertificationChecklistKind, {
  name: 'CertificationChecklistKind',
  description: 'CERT-15: the two checklists tracked per software version.',
  valuesConfig: {
    DOWNLOAD_BUNDLE: {
      description: 'The download bundle documentation checklist: release notes, installation and configuration guide, support engagement process (CERT-15).',
    },
    TOI: {
      description: 'The transfer of information checklist (000 Appendix C, 001 Appendix E); completing it is needed to publish a listing (CERT-6, CERT-15).',
    },
  },
});
registerEnumType(HotFixStatus, {
  name: 'CertificationHotFixStatus',
  description: 'Where a hot fix stands: the modified software needs re-certification or a waiver (CERT-10).',
  valuesConfig: {
    AWAITING_RECERTIFICATION: { description: 'The modified software still needs re-certification or a waiver (CERT-10).' },
    WAIVED: { description: 'The vendor approved a re-test waiver for the hot fix, so no re-certification is needed (CERT-10, CERT-11).' },
    RECERTIFIED: { description: 'The modified software was re-certified (CERT-10).' },
  },
});
registerEnumType(CertificationRequestStatus, {
  name: 'CertificationRequestStatus',
  description: 'Where an equivalency request or a re-test waiver stands (CERT-11, CERT-12).',
  valuesConfig: {
    REQUESTED: { description: "Filed by the partner and awaiting the vendor's decision." },
    APPROVED: {
      description:
        'The vendor approved it: an equivalency extends the listing and charges the $125 equivalency fee (CERT-12, FEE-3); a re-test waiver allows the reduced test subset (CERT-11).',
    },
    DENIED: { description: 'The vendor denied it; a denied equivalency is not charged (FEE-3).' },
  },
});
