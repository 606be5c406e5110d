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

registerEnumType(BusinessModelKind, { name: 'BusinessModelKind', description: 'PC-1 business models.', valuesConfig: {
    SOLUTION_RESELLER: { description: 'Solution reseller.' },
    CLOUD_SERVICES_PROVIDER: { description: 'Cloud services provider.' },
    SOLUTION_SERVICES: { description: 'Solution services.' },
    SOLUTION_BUILDER: { description: 'Solution builder.' },
  } });
registerEnumType(PointsEntrySource, { name: 'PointsEntrySource', description: 'Where a points entry came from.', valuesConfig: {
    BOOKING: { description: 'Booking.' },
    LIFECYCLE_CLAIM: { description: 'Lifecycle claim.' },
    INFLUENCE_CLAIM: { description: 'Influence claim.' },
    THIRD_PARTY_CREDIT: { description: 'Third party credit.' },
    MULTIPLIER_BONUS: { description: 'Multiplier bonus.' },
    CREDENTIAL: { description: 'Credential.' },
    REVERSAL: { description: 'Reversal.' },
  } });
registerEnumType(PointsEntryKind, { name: 'PointsEntryKind', description: 'Performance points reset each program year; capability points count while valid.', valuesConfig: {
    PERFORMANCE: { description: 'Performance.' },
    CAPABILITY: { description: 'Capability.' },
  } });
registerEnumType(PartnerConnectCredentialKind, { name: 'PartnerConnectCredentialKind', description: 'PC-13', valuesConfig: {
    SOLUTION_COMPETENCY: { description: 'Solution competency.' },
    MASTER_SERVICES_COMPETENCY: { description: 'Master services competency.' },
    ACCREDITATION: { description: 'Accreditation.' },
    SPECIALIZATION: { description: 'Specialization.' },
  } });
registerEnumType(LifecycleClaimStatus, { name: 'PartnerConnectLifecycleClaimStatus', description: 'Lifecycle claim status.', valuesConfig: {
    SUBMITTED: { description: 'Submitted.' },
    APPROVED_BASE_CLAIM: { description: 'Approved base claim.' },
    REJECTED: { description: 'Rejected.' },
  } });
registerEnumType(InfluenceActivity, { name: 'PartnerConnectInfluenceActivity', description: 'Influence activity.', valuesConfig: {
    PROOF_OF_CONCEPT: { description: 'Proof of concept.' },
    TECHNICAL_ASSESSMENT: { description: 'Technical assessment.' },
  } });
registerEnumType(InfluenceClaimStatus, { name: 'PartnerConnectInfluenceClaimStatus', description: 'Influence claim status.', valuesConfig: {
    SUBMITTED: { description: 'Submitted.' },
    APPROVED: { description: 'Approved.' },
    REJECTED: { description: 'Rejected.' },
    COMPLETED: { description: 'Work done and completion filed in time; waiting for the deal to book.' },
    CREDITED: { description: 'Credited.' },
  } });
registerEnumType(DealTerminatedBy, { name: 'PartnerConnectDealTerminatedBy', description: 'Deal terminated by.', valuesConfig: {
    VENDOR: { description: 'The vendor terminated the deal: its points are reversed (PC-6).' },
    CUSTOMER: { description: 'The customer ended the subscription early: points stay (PC-6).' },
  } });
registerEnumType(AuditRequirementCode, { name: 'AuditRequirementCode', description: 'Audit requirement code.', valuesConfig: {
    DUE_DILIGENCE_QUESTIONNAIRE: { description: 'Due diligence questionnaire.' },
    INTEGRITY_TRAINING_PRIMARY_CONTACT: { description: 'Integrity training primary contact.' },
    INTEGRITY_TRAINING_ALTERNATE_CONTACT: { description: 'Integrity training alternate contact.' },
  } });
registerEnumType(AuditStatus, { name: 'AuditStatus', description: 'Audit status.', valuesConfig: {
    OPEN: { description: 'Open.' },
    PASSED: { description: 'Passed.' },
    IN_REMEDIATION: { description: 'Failed: re-leveled and in a remediation window.' },
    REINSTATED: { description: 'Reinstated.' },
    TERMINATED: { description: 'Terminated.' },
  } });
registerEnumType(RemediationWindow, { name: 'AuditRemediationWindow', description: 'Remediation window.', valuesConfig: {
    FIRST_WINDOW: { description: 'First window.' },
    SECOND_WINDOW: { description: 'Second window.' },
  } });
registerEnumType(ProgressionEventKind, { name: 'ProgressionEventKind', description: 'Progression event kind.', valuesConfig: {
    AUDIT: { description: 'Audit.' },
    RENEWAL: { description: 'Renewal.' },
    REMEDIATION_90_DAY_WINDOW_ENDS: { description: 'Remediation90 day window ends.' },
    REMEDIATION_120_DAY_WINDOW_ENDS: { description: 'Remediation120 day window ends.' },
    CREDENTIAL_EXPIRES: { description: 'Credential expires.' },
    PROGRAM_YEAR_ENDS: { description: 'Program year ends.' },
  } });
registerEnumType(ProgressionAccessRole, { name: 'ProgressionAccessRole', description: 'PC-14', valuesConfig: {
    PRIMARY_CONTACT: { description: 'Primary contact.' },
    ALTERNATE_CONTACT: { description: 'Alternate contact.' },
    ADDED_USER: { description: 'Added user.' },
  } });
registerEnumType(ProgressionAccessReason, { name: 'ProgressionAccessReason', description: "PC-14: why a key may or may not see a partner's progression.", valuesConfig: {
    STAFF: { description: 'Vendor staff (ADMIN, PROGRAM_MANAGER) see every partner.' },
    NAMED_CONTACT: { description: 'The key is the partner\'s primary or alternate contact (the grant\'s role says which).' },
    ADDED_BY_CONTACT: { description: 'A primary or alternate contact added the key.' },
    ASSIGNED_MANAGER: { description: 'The partner business manager assigned to the partner.' },
    NOT_NAMED: { description: 'A key of the partner that staff never named a contact and no contact added.' },
    ACCESS_REVOKED: { description: 'A key of the partner whose contact role or added access was removed (the grant says when).' },
    NOT_ASSIGNED: { description: 'A partner business manager not assigned to this partner.' },
    OTHER_PARTNER: { description: 'A key of another partner (a distributor, say): it never sees this partner\'s progression.' },
    ROLE_NOT_ALLOWED: { description: 'A role that reads no progression (reviewers, support engineers, integrations).' },
  } });
