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

registerEnumType(BusinessModelKind, { name: 'BusinessModelKind', description: 'PC-1 business models.' });
registerEnumType(PointsEntrySource, { name: 'PointsEntrySource', description: 'Where a points entry came from.' });
registerEnumType(PointsEntryKind, { name: 'PointsEntryKind', description: 'Performance points reset each program year; capability points count while valid.' });
registerEnumType(PartnerConnectCredentialKind, { name: 'PartnerConnectCredentialKind' });
registerEnumType(LifecycleClaimStatus, { name: 'PartnerConnectLifecycleClaimStatus' });
registerEnumType(InfluenceActivity, { name: 'PartnerConnectInfluenceActivity' });
registerEnumType(InfluenceClaimStatus, { name: 'PartnerConnectInfluenceClaimStatus' });
registerEnumType(DealTerminatedBy, { name: 'PartnerConnectDealTerminatedBy' });
registerEnumType(AuditRequirementCode, { name: 'AuditRequirementCode' });
registerEnumType(AuditStatus, { name: 'AuditStatus' });
registerEnumType(RemediationWindow, { name: 'AuditRemediationWindow' });
registerEnumType(ProgressionEventKind, { name: 'ProgressionEventKind' });
registerEnumType(ProgressionAccessRole, { name: 'ProgressionAccessRole' });
registerEnumType(ProgressionAccessReason, { name: 'ProgressionAccessReason', description: "PC-14: why a key may or may not see a partner's progression." });
