import { registerEnumType } from 'type-graphql';

/** PC-1 */
export enum BusinessModelKind {
  SOLUTION_RESELLER = 'SOLUTION_RESELLER',
  CLOUD_SERVICES_PROVIDER = 'CLOUD_SERVICES_PROVIDER',
  SOLUTION_SERVICES = 'SOLUTION_SERVICES',
  SOLUTION_BUILDER = 'SOLUTION_BUILDER',
}

/** PC-2 */
export enum PointsEntrySource {
  BOOKING = 'BOOKING',
  LIFECYCLE_CLAIM = 'LIFECYCLE_CLAIM',
  INFLUENCE_CLAIM = 'INFLUENCE_CLAIM',
  THIRD_PARTY_CREDIT = 'THIRD_PARTY_CREDIT',
  MULTIPLIER_BONUS = 'MULTIPLIER_BONUS',
  CREDENTIAL = 'CREDENTIAL',
  REVERSAL = 'REVERSAL',
}

export enum PointsEntryKind {
  PERFORMANCE = 'PERFORMANCE',
  CAPABILITY = 'CAPABILITY',
}

/** PC-13 */
export enum PartnerConnectCredentialKind {
  SOLUTION_COMPETENCY = 'SOLUTION_COMPETENCY',
  MASTER_SERVICES_COMPETENCY = 'MASTER_SERVICES_COMPETENCY',
  ACCREDITATION = 'ACCREDITATION',
  SPECIALIZATION = 'SPECIALIZATION',
}

export enum LifecycleClaimStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED_BASE_CLAIM = 'APPROVED_BASE_CLAIM',
  REJECTED = 'REJECTED',
}

export enum InfluenceActivity {
  PROOF_OF_CONCEPT = 'PROOF_OF_CONCEPT',
  TECHNICAL_ASSESSMENT = 'TECHNICAL_ASSESSMENT',
}

export enum InfluenceClaimStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Work done and completion filed in time; waiting for the deal to book. */
  COMPLETED = 'COMPLETED',
  CREDITED = 'CREDITED',
}

export enum DealTerminatedBy {
  /** The vendor terminated the deal: its points are reversed (PC-6). */
  VENDOR = 'VENDOR',
  /** The customer ended the subscription early: points stay (PC-6). */
  CUSTOMER = 'CUSTOMER',
}

export enum AuditRequirementCode {
  DUE_DILIGENCE_QUESTIONNAIRE = 'DUE_DILIGENCE_QUESTIONNAIRE',
  INTEGRITY_TRAINING_PRIMARY_CONTACT = 'INTEGRITY_TRAINING_PRIMARY_CONTACT',
  INTEGRITY_TRAINING_ALTERNATE_CONTACT = 'INTEGRITY_TRAINING_ALTERNATE_CONTACT',
}

export enum AuditStatus {
  OPEN = 'OPEN',
  PASSED = 'PASSED',
  /** Failed: re-leveled and in a remediation window. */
  IN_REMEDIATION = 'IN_REMEDIATION',
  REINSTATED = 'REINSTATED',
  TERMINATED = 'TERMINATED',
}

export enum RemediationWindow {
  FIRST_WINDOW = 'FIRST_WINDOW',
  SECOND_WINDOW = 'SECOND_WINDOW',
}

export enum ProgressionEventKind {
  AUDIT = 'AUDIT',
  RENEWAL = 'RENEWAL',
  REMEDIATION_90_DAY_WINDOW_ENDS = 'REMEDIATION_90_DAY_WINDOW_ENDS',
  REMEDIATION_120_DAY_WINDOW_ENDS = 'REMEDIATION_120_DAY_WINDOW_ENDS',
  CREDENTIAL_EXPIRES = 'CREDENTIAL_EXPIRES',
  PROGRAM_YEAR_ENDS = 'PROGRAM_YEAR_ENDS',
}

/** PC-14 */
export enum ProgressionAccessRole {
  PRIMARY_CONTACT = 'PRIMARY_CONTACT',
  ALTERNATE_CONTACT = 'ALTERNATE_CONTACT',
  ADDED_USER = 'ADDED_USER',
}

/** PC-14: why a key may or may not see a partner's progression. */
export enum ProgressionAccessReason {
  /** Vendor staff (ADMIN, PROGRAM_MANAGER) see every partner. */
  STAFF = 'STAFF',
  /** The key is the partner's primary or alternate contact (the grant's role says which). */
  NAMED_CONTACT = 'NAMED_CONTACT',
  /** A primary or alternate contact added the key. */
  ADDED_BY_CONTACT = 'ADDED_BY_CONTACT',
  /** The partner business manager assigned to the partner. */
  ASSIGNED_MANAGER = 'ASSIGNED_MANAGER',
  /** A key of the partner that staff never named a contact and no contact added. */
  NOT_NAMED = 'NOT_NAMED',
  /** A key of the partner whose contact role or added access was removed (the grant says when). */
  ACCESS_REVOKED = 'ACCESS_REVOKED',
  /** A partner business manager not assigned to this partner. */
  NOT_ASSIGNED = 'NOT_ASSIGNED',
  /** A key of another partner (a distributor, say): it never sees this partner's progression. */
  OTHER_PARTNER = 'OTHER_PARTNER',
  /** A role that reads no progression (reviewers, support engineers, integrations). */
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
}

export enum ParticipantStatus {
  ACTIVE = 'ACTIVE',
  TERMINATED = 'TERMINATED',
}

registerEnumType(BusinessModelKind, {
  name: 'BusinessModelKind',
  description: 'PC-1: the Partner Connect business models; a partner may be in several.',
  valuesConfig: {
    SOLUTION_RESELLER: { description: 'Solution Reseller: resells vendor solutions (PC-1).' },
    CLOUD_SERVICES_PROVIDER: { description: 'Cloud Services Provider: offers vendor solutions as cloud services (PC-1).' },
    SOLUTION_SERVICES: { description: 'Solution Services: delivers services; the only model that earns influence points (PC-1, PC-5).' },
    SOLUTION_BUILDER: { description: 'Solution Builder: builds solutions on the vendor platform; requires TAP membership first (PC-1).' },
  },
});
registerEnumType(PointsEntrySource, {
  name: 'PointsEntrySource',
  description: 'Where a points entry came from.',
  valuesConfig: {
    BOOKING: { description: 'Base points of a booking: $1,000 of total contract value is 1 point (PC-2).' },
    LIFECYCLE_CLAIM: { description: 'Lifecycle points of a claim that reached approved base claim (PC-4).' },
    INFLUENCE_CLAIM: { description: "Influence points of a Solution Services partner's claim, credited when the deal books (PC-5)." },
    THIRD_PARTY_CREDIT: { description: "Booking points an OEM's crediting report gives to the transacting channel partner (PC-7)." },
    MULTIPLIER_BONUS: { description: "Bonus points a multiplier adds on top of a booking's base points (PC-3)." },
    CREDENTIAL: { description: 'Capability points of a competency, accreditation or specialization (PC-13).' },
    REVERSAL: { description: "Takes back a deal's points because the vendor terminated it (PC-6); a negative entry, the ledger is never edited." },
  },
});
registerEnumType(PointsEntryKind, {
  name: 'PointsEntryKind',
  description: 'Performance points reset each program year; capability points count while valid.',
  valuesConfig: {
    PERFORMANCE: { description: 'Performance points: bookings and lifecycle points, reset to zero at the end of the program year (PC-2, PC-8).' },
    CAPABILITY: { description: 'Capability points from credentials: they count while valid and carry over program years (PC-8, PC-13).' },
  },
});
registerEnumType(PartnerConnectCredentialKind, {
  name: 'PartnerConnectCredentialKind',
  description: 'The kinds of credential that earn capability points while valid (PC-13).',
  valuesConfig: {
    SOLUTION_COMPETENCY: { description: 'A solution competency (PC-13).' },
    MASTER_SERVICES_COMPETENCY: { description: 'A master services competency (PC-13).' },
    ACCREDITATION: { description: 'An accreditation (PC-13).' },
    SPECIALIZATION: { description: 'A specialization (PC-13).' },
  },
});
registerEnumType(LifecycleClaimStatus, {
  name: 'PartnerConnectLifecycleClaimStatus',
  description: 'Where a lifecycle claim stands; its points are awarded at approved base claim (PC-4).',
  valuesConfig: {
    SUBMITTED: { description: 'Filed with `submitLifecycleClaim`, awaiting `approveLifecycleClaim`.' },
    APPROVED_BASE_CLAIM: { description: 'Approved base claim: its lifecycle points are awarded (PC-4).' },
    REJECTED: { description: 'Rejected: no points.' },
  },
});
registerEnumType(InfluenceActivity, {
  name: 'PartnerConnectInfluenceActivity',
  description: 'The work an influence claim is for (PC-5).',
  valuesConfig: {
    PROOF_OF_CONCEPT: { description: 'A proof of concept (PoC) at the customer (PC-5).' },
    TECHNICAL_ASSESSMENT: { description: 'A technical assessment at the customer (PC-5).' },
  },
});
registerEnumType(InfluenceClaimStatus, {
  name: 'PartnerConnectInfluenceClaimStatus',
  description: 'Where an influence claim stands (PC-5): intention, approval, completion, then credit when the deal books.',
  valuesConfig: {
    SUBMITTED: { description: 'The intention was filed with `submitInfluenceIntention`; it must be approved before work starts (PC-5).' },
    APPROVED: { description: 'The intention was approved (`decideInfluenceIntention`); the completion is due within 30 days after the work ends (PC-5).' },
    REJECTED: { description: 'The intention was rejected with `decideInfluenceIntention`: no influence points (PC-5).' },
    COMPLETED: { description: 'Work done and completion filed in time; waiting for the deal to book.' },
    CREDITED: { description: 'The deal booked within 2 years after the approval: influence points were credited (PC-5).' },
  },
});
registerEnumType(DealTerminatedBy, {
  name: 'PartnerConnectDealTerminatedBy',
  description: "Who ended a deal; only the vendor's termination removes points (PC-6).",
  valuesConfig: {
    VENDOR: { description: 'The vendor terminated the deal: its points are reversed (PC-6).' },
    CUSTOMER: { description: 'The customer ended the subscription early: points stay (PC-6).' },
  },
});
registerEnumType(AuditRequirementCode, {
  name: 'AuditRequirementCode',
  description: 'The foundational requirements the annual audit checks (PC-10).',
  valuesConfig: {
    DUE_DILIGENCE_QUESTIONNAIRE: { description: 'The due diligence questionnaire (PC-10).' },
    INTEGRITY_TRAINING_PRIMARY_CONTACT: { description: 'Integrity and transparency training completed by the primary contact (PC-10).' },
    INTEGRITY_TRAINING_ALTERNATE_CONTACT: { description: 'Integrity and transparency training completed by the alternate contact (PC-10).' },
  },
});
registerEnumType(AuditStatus, {
  name: 'AuditStatus',
  description: "Where a partner's annual audit stands (PC-10).",
  valuesConfig: {
    OPEN: { description: 'Started with `startAudit`; requirements are being recorded.' },
    PASSED: { description: 'Every foundational requirement was met.' },
    IN_REMEDIATION: { description: 'Failed: re-leveled and in a remediation window.' },
    REINSTATED: {
      description:
        'Failed, then completed within a remediation window: reinstated to the earned level, or the previous level after the $995 re-enrollment fee (PC-10).',
    },
    TERMINATED: { description: 'Not completed within the 120-day window: the partner is terminated and can re-enter only as a new partner (PC-10).' },
  },
});
registerEnumType(RemediationWindow, {
  name: 'AuditRemediationWindow',
  description: 'Which remediation window a failed audit is in (PC-10).',
  valuesConfig: {
    FIRST_WINDOW: { description: 'The 90 days after failing, at Community: completing reinstates the earned level (PC-10).' },
    SECOND_WINDOW: {
      description: 'The next 120 days, at Community-Enrolled: completing and paying the $995 re-enrollment fee returns the previous level (PC-10).',
    },
  },
});
registerEnumType(ProgressionEventKind, {
  name: 'ProgressionEventKind',
  description: 'The dates that matter next on the progression dashboard (PC-12).',
  valuesConfig: {
    AUDIT: { description: 'The next annual audit of foundational requirements (PC-10).' },
    RENEWAL: { description: 'The next renewal: the anniversary of entering the program (PC-11).' },
    REMEDIATION_90_DAY_WINDOW_ENDS: { description: 'The end of the 90-day remediation window after a failed audit (PC-10).' },
    REMEDIATION_120_DAY_WINDOW_ENDS: { description: 'The end of the 120-day remediation window, after which the partner is terminated (PC-10).' },
    CREDENTIAL_EXPIRES: { description: "A credential's validity ends and its capability points stop counting (PC-13)." },
    PROGRAM_YEAR_ENDS: { description: 'The end of the program year, when performance points reset to zero (PC-8).' },
  },
});
registerEnumType(ProgressionAccessRole, {
  name: 'ProgressionAccessRole',
  description: "How a key came to see a partner's progression (PC-14).",
  valuesConfig: {
    PRIMARY_CONTACT: { description: "The partner's primary contact (PC-14)." },
    ALTERNATE_CONTACT: { description: "The partner's alternate contact (PC-14)." },
    ADDED_USER: { description: 'A user a primary or alternate contact added (PC-14).' },
  },
});
registerEnumType(ProgressionAccessReason, {
  name: 'ProgressionAccessReason',
  description: "PC-14: why a key may or may not see a partner's progression.",
  valuesConfig: {
    STAFF: { description: 'Vendor staff (ADMIN, PROGRAM_MANAGER) see every partner.' },
    NAMED_CONTACT: { description: "The key is the partner's primary or alternate contact (the grant's role says which)." },
    ADDED_BY_CONTACT: { description: 'A primary or alternate contact added the key.' },
    ASSIGNED_MANAGER: { description: 'The partner business manager assigned to the partner.' },
    NOT_NAMED: { description: 'A key of the partner that staff never named a contact and no contact added.' },
    ACCESS_REVOKED: { description: 'A key of the partner whose contact role or added access was removed (the grant says when).' },
    NOT_ASSIGNED: { description: 'A partner business manager not assigned to this partner.' },
    OTHER_PARTNER: { description: "A key of another partner (a distributor, say): it never sees this partner's progression." },
    ROLE_NOT_ALLOWED: { description: 'A role that reads no progression (reviewers, support engineers, integrations).' },
  },
});
