import { registerEnumType } from 'type-graphql';

/** How a case came in (SUP-3, SUP-4). */
export enum SupportCaseKind {
  /** A customer reported an issue with partner software to the vendor. */
  CUSTOMER_REPORT = 'CUSTOMER_REPORT',
  /** The vendor and the partner work a mutual customer's issue together. */
  COLLABORATIVE = 'COLLABORATIVE',
}

/** Which side opened a collaborative case with the other (SUP-3). */
export enum SupportCaseDirection {
  /** Vendor support diagnosed the issue as the partner's and opened the case with the partner. */
  VENDOR_TO_PARTNER = 'VENDOR_TO_PARTNER',
  /** The partner isolated the issue to the vendor product and opened the case with the vendor through TSANet. */
  PARTNER_TO_VENDOR = 'PARTNER_TO_VENDOR',
}

export enum SupportIssueArea {
  PRODUCT = 'PRODUCT',
  /** SDK/API calls: led by the partner with the vendor's Developer Support in the background. */
  SDK_API = 'SDK_API',
}

export enum SupportCaseLead {
  VENDOR = 'VENDOR',
  PARTNER = 'PARTNER',
}

export enum SupportVendorTeam {
  PRODUCT_SUPPORT = 'PRODUCT_SUPPORT',
  DEVELOPER_SUPPORT = 'DEVELOPER_SUPPORT',
}

export enum SupportCaseStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

export enum SupportEscalationKind {
  /** The customer (or the partner on its behalf) asked for a more urgent severity. */
  SEVERITY_RAISE = 'SEVERITY_RAISE',
  /** Internal elevation, up to development resources. */
  INTERNAL = 'INTERNAL',
  /** Management escalation. */
  MANAGEMENT = 'MANAGEMENT',
}

/** Internal elevation levels, in order (004 §3.5). */
export enum SupportInternalLevel {
  SENIOR_SUPPORT_ENGINEER = 'SENIOR_SUPPORT_ENGINEER',
  ESCALATION_ENGINEER = 'ESCALATION_ENGINEER',
  DEVELOPMENT = 'DEVELOPMENT',
}

export const INTERNAL_LEVEL_ORDER: SupportInternalLevel[] = [
  SupportInternalLevel.SENIOR_SUPPORT_ENGINEER,
  SupportInternalLevel.ESCALATION_ENGINEER,
  SupportInternalLevel.DEVELOPMENT,
];

export enum SupportCoverageKind {
  TWENTY_FOUR_SEVEN = 'TWENTY_FOUR_SEVEN',
  BUSINESS_HOURS = 'BUSINESS_HOURS',
}

export enum SupportWeekday {
  SUNDAY = 'SUNDAY',
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
}

/** Index 0 = Sunday, as `Date.getUTCDay()`. */
export const WEEKDAYS: SupportWeekday[] = [
  SupportWeekday.SUNDAY,
  SupportWeekday.MONDAY,
  SupportWeekday.TUESDAY,
  SupportWeekday.WEDNESDAY,
  SupportWeekday.THURSDAY,
  SupportWeekday.FRIDAY,
  SupportWeekday.SATURDAY,
];

/** What SUP-6 asks of a partner's support organisation. */
export enum SupportReadinessItemKind {
  TECHNICAL_SUPPORT_CONTACT = 'TECHNICAL_SUPPORT_CONTACT',
  CERTIFIED_PROFESSIONAL = 'CERTIFIED_PROFESSIONAL',
  SENIOR_SUPPORT_ENGINEER_CONTACT = 'SENIOR_SUPPORT_ENGINEER_CONTACT',
  ESCALATION_MANAGER_CONTACT = 'ESCALATION_MANAGER_CONTACT',
}

export enum SupportEvidenceStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

export enum TsanetGroupType {
  SOLUTION_SUPPORT = 'SOLUTION_SUPPORT',
  PARTNER_PROGRAM = 'PARTNER_PROGRAM',
}

export enum TsanetPaymentModel {
  MEMBER_PAID = 'MEMBER_PAID',
  HOST_PAID = 'HOST_PAID',
}

export enum TsanetInternalAccess {
  OPEN = 'OPEN',
  RESTRICTED = 'RESTRICTED',
}

export enum TsanetCommunicationSender {
  HOST = 'HOST',
  TSANET = 'TSANET',
}

/** Limited members are billed to the host in host-paid groups; Open Group members in a Custom relationship are not (FEE-5). */
export enum TsanetMembershipKind {
  LIMITED = 'LIMITED',
  OPEN_GROUP = 'OPEN_GROUP',
}

export enum TsanetMemberState {
  SIGNED_UP = 'SIGNED_UP',
  FORM_COMPLETED = 'FORM_COMPLETED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  VALIDATED = 'VALIDATED',
  LIVE = 'LIVE',
  /** Member-paid and not renewed within 90 days after the renewal date (derived from the clock). */
  TERMINATED = 'TERMINATED',
}

export enum EngineeringQuestionStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}

registerEnumType(SupportCaseKind, { name: 'SupportCaseKind', description: 'How a case came in (SUP-3, SUP-4).', valuesConfig: {
    CUSTOMER_REPORT: { description: 'A customer reported an issue with partner software to the vendor.' },
    COLLABORATIVE: { description: 'The vendor and the partner work a mutual customer\'s issue together.' },
  } });
registerEnumType(SupportCaseDirection, { name: 'SupportCaseDirection', description: 'Which side opened a collaborative case with the other (SUP-3).', valuesConfig: {
    VENDOR_TO_PARTNER: { description: 'Vendor support diagnosed the issue as the partner\'s and opened the case with the partner.' },
    PARTNER_TO_VENDOR: { description: 'The partner isolated the issue to the vendor product and opened the case with the vendor through TSANet.' },
  } });
registerEnumType(SupportIssueArea, { name: 'SupportIssueArea', description: 'Support issue area.', valuesConfig: {
    PRODUCT: { description: 'Product.' },
    SDK_API: { description: 'SDK/API calls: led by the partner with the vendor\'s Developer Support in the background.' },
  } });
registerEnumType(SupportCaseLead, { name: 'SupportCaseLead', description: 'Support case lead.', valuesConfig: {
    VENDOR: { description: 'Vendor.' },
    PARTNER: { description: 'Partner.' },
  } });
registerEnumType(SupportVendorTeam, { name: 'SupportVendorTeam', description: 'Support vendor team.', valuesConfig: {
    PRODUCT_SUPPORT: { description: 'Product support.' },
    DEVELOPER_SUPPORT: { description: 'Developer support.' },
  } });
registerEnumType(SupportCaseStatus, { name: 'SupportCaseStatus', description: 'Support case status.', valuesConfig: {
    OPEN: { description: 'Open.' },
    RESOLVED: { description: 'Resolved.' },
  } });
registerEnumType(SupportEscalationKind, { name: 'SupportEscalationKind', description: 'Support escalation kind.', valuesConfig: {
    SEVERITY_RAISE: { description: 'The customer (or the partner on its behalf) asked for a more urgent severity.' },
    INTERNAL: { description: 'Internal elevation, up to development resources.' },
    MANAGEMENT: { description: 'Management escalation.' },
  } });
registerEnumType(SupportInternalLevel, { name: 'SupportInternalLevel', description: 'Internal elevation levels, in order (004 §3.5).', valuesConfig: {
    SENIOR_SUPPORT_ENGINEER: { description: 'Senior support engineer.' },
    ESCALATION_ENGINEER: { description: 'Escalation engineer.' },
    DEVELOPMENT: { description: 'Development.' },
  } });
registerEnumType(SupportCoverageKind, { name: 'SupportCoverageKind', description: 'Support coverage kind.', valuesConfig: {
    TWENTY_FOUR_SEVEN: { description: 'Twenty four seven.' },
    BUSINESS_HOURS: { description: 'Business hours.' },
  } });
registerEnumType(SupportWeekday, { name: 'SupportWeekday', description: 'Support weekday.', valuesConfig: {
    SUNDAY: { description: 'Sunday.' },
    MONDAY: { description: 'Monday.' },
    TUESDAY: { description: 'Tuesday.' },
    WEDNESDAY: { description: 'Wednesday.' },
    THURSDAY: { description: 'Thursday.' },
    FRIDAY: { description: 'Friday.' },
    SATURDAY: { description: 'Saturday.' },
  } });
registerEnumType(SupportReadinessItemKind, { name: 'SupportReadinessItemKind', description: 'What SUP-6 asks of a partner\'s support organisation.', valuesConfig: {
    TECHNICAL_SUPPORT_CONTACT: { description: 'Technical support contact.' },
    CERTIFIED_PROFESSIONAL: { description: 'Certified professional.' },
    SENIOR_SUPPORT_ENGINEER_CONTACT: { description: 'Senior support engineer contact.' },
    ESCALATION_MANAGER_CONTACT: { description: 'Escalation manager contact.' },
  } });
registerEnumType(SupportEvidenceStatus, { name: 'SupportEvidenceStatus', description: 'Support evidence status.', valuesConfig: {
    SUBMITTED: { description: 'Submitted.' },
    ACCEPTED: { description: 'Accepted.' },
    REJECTED: { description: 'Rejected.' },
  } });
registerEnumType(TsanetGroupType, { name: 'TsanetGroupType', description: 'TSANet group type.', valuesConfig: {
    SOLUTION_SUPPORT: { description: 'Solution support.' },
    PARTNER_PROGRAM: { description: 'Partner program.' },
  } });
registerEnumType(TsanetPaymentModel, { name: 'TsanetPaymentModel', description: 'TSANet payment model.', valuesConfig: {
    MEMBER_PAID: { description: 'Member paid.' },
    HOST_PAID: { description: 'Host paid.' },
  } });
registerEnumType(TsanetInternalAccess, { name: 'TsanetInternalAccess', description: 'TSANet internal access.', valuesConfig: {
    OPEN: { description: 'Open.' },
    RESTRICTED: { description: 'Restricted.' },
  } });
registerEnumType(TsanetCommunicationSender, { name: 'TsanetCommunicationSender', description: 'TSANet communication sender.', valuesConfig: {
    HOST: { description: 'Host.' },
    TSANET: { description: 'TSANet.' },
  } });
registerEnumType(TsanetMembershipKind, { name: 'TsanetMembershipKind', description: 'Limited members are billed to the host in host-paid groups; Open Group members in a Custom relationship are not (FEE-5).', valuesConfig: {
    LIMITED: { description: 'Limited.' },
    OPEN_GROUP: { description: 'Open group.' },
  } });
registerEnumType(TsanetMemberState, { name: 'TsanetMemberState', description: 'TSANet member state.', valuesConfig: {
    SIGNED_UP: { description: 'Signed up.' },
    FORM_COMPLETED: { description: 'Form completed.' },
    APPROVED: { description: 'Approved.' },
    REJECTED: { description: 'Rejected.' },
    VALIDATED: { description: 'Validated.' },
    LIVE: { description: 'Live.' },
    TERMINATED: { description: 'Member-paid and not renewed within 90 days after the renewal date (derived from the clock).' },
  } });
registerEnumType(EngineeringQuestionStatus, { name: 'EngineeringQuestionStatus', description: 'Engineering question status.', valuesConfig: {
    OPEN: { description: 'Open.' },
    ANSWERED: { description: 'Answered.' },
  } });
