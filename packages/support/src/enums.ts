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

registerEnumType(SupportCaseKind, {
  name: 'SupportCaseKind',
  description: 'How a case came in (SUP-3, SUP-4).',
  valuesConfig: {
    CUSTOMER_REPORT: { description: 'A customer reported an issue with partner software to the vendor.' },
    COLLABORATIVE: { description: "The vendor and the partner work a mutual customer's issue together." },
  },
});
registerEnumType(SupportCaseDirection, {
  name: 'SupportCaseDirection',
  description: 'Which side opened a collaborative case with the other (SUP-3).',
  valuesConfig: {
    VENDOR_TO_PARTNER: { description: "Vendor support diagnosed the issue as the partner's and opened the case with the partner." },
    PARTNER_TO_VENDOR: { description: 'The partner isolated the issue to the vendor product and opened the case with the vendor through TSANet.' },
  },
});
registerEnumType(SupportIssueArea, {
  name: 'SupportIssueArea',
  description: "Where a collaborative case's issue lies; it decides who leads the case and which vendor team helps (SUP-3).",
  valuesConfig: {
    PRODUCT: { description: 'An issue in a product: the side whose product it is leads, through product support (SUP-3).' },
    SDK_API: { description: "SDK/API calls: led by the partner with the vendor's Developer Support in the background." },
  },
});
registerEnumType(SupportCaseLead, {
  name: 'SupportCaseLead',
  description: 'Which side leads a collaborative case (SUP-3).',
  valuesConfig: {
    VENDOR: { description: 'The vendor leads: the issue was isolated to the vendor product (SUP-3).' },
    PARTNER: { description: "The partner leads: the issue is the partner's, or it is an SDK/API issue (SUP-3)." },
  },
});
registerEnumType(SupportVendorTeam, {
  name: 'SupportVendorTeam',
  description: 'Which vendor team works a collaborative case (SUP-3).',
  valuesConfig: {
    PRODUCT_SUPPORT: { description: 'Vendor product support, for issues in a product (SUP-3).' },
    DEVELOPER_SUPPORT: { description: 'Vendor Developer Support, in the background of SDK/API issues the partner leads (SUP-3).' },
  },
});
registerEnumType(SupportCaseStatus, {
  name: 'SupportCaseStatus',
  description: 'Whether a support case is still being worked (SUP-1, SUP-2).',
  valuesConfig: {
    OPEN: { description: 'Opened and not yet resolved; its response timer runs until `recordFirstResponse` (SUP-1).' },
    RESOLVED: { description: 'Closed with `resolveCase`.' },
  },
});
registerEnumType(SupportEscalationKind, {
  name: 'SupportEscalationKind',
  description: 'How a support case was escalated (SUP-2).',
  valuesConfig: {
    SEVERITY_RAISE: { description: 'The customer (or the partner on its behalf) asked for a more urgent severity.' },
    INTERNAL: { description: 'Internal elevation, up to development resources.' },
    MANAGEMENT: { description: 'Management escalation, recorded with who was involved (SUP-2, 004 §3.5).' },
  },
});
registerEnumType(SupportInternalLevel, {
  name: 'SupportInternalLevel',
  description: 'Internal elevation levels, in order (004 §3.5).',
  valuesConfig: {
    SENIOR_SUPPORT_ENGINEER: { description: 'First internal level: a senior support engineer (004 §3.5).' },
    ESCALATION_ENGINEER: { description: 'Second internal level: an escalation engineer (004 §3.5).' },
    DEVELOPMENT: { description: 'Last internal level: development resources (SUP-2).' },
  },
});
registerEnumType(SupportCoverageKind, {
  name: 'SupportCoverageKind',
  description: 'How many hours a support organisation covers; the datacenter checklist asks for 24x7 (SUP-8).',
  valuesConfig: {
    TWENTY_FOUR_SEVEN: { description: '24 hours a day, 7 days a week (SUP-8).' },
    BUSINESS_HOURS: { description: "Business hours only, as given by the coverage calendar's open hours." },
  },
});
registerEnumType(SupportWeekday, {
  name: 'SupportWeekday',
  description: 'A day of the week in a support coverage calendar (SUP-8).',
  valuesConfig: {
    SUNDAY: { description: "Sunday, in the calendar's time zone." },
    MONDAY: { description: "Monday, in the calendar's time zone." },
    TUESDAY: { description: "Tuesday, in the calendar's time zone." },
    WEDNESDAY: { description: "Wednesday, in the calendar's time zone." },
    THURSDAY: { description: "Thursday, in the calendar's time zone." },
    FRIDAY: { description: "Friday, in the calendar's time zone." },
    SATURDAY: { description: "Saturday, in the calendar's time zone." },
  },
});
registerEnumType(SupportReadinessItemKind, {
  name: 'SupportReadinessItemKind',
  description: "What SUP-6 asks of a partner's support organisation.",
  valuesConfig: {
    TECHNICAL_SUPPORT_CONTACT: { description: 'A designated technical support contact (SUP-6).' },
    CERTIFIED_PROFESSIONAL: { description: 'At least one certified professional on the support staff (SUP-6).' },
    SENIOR_SUPPORT_ENGINEER_CONTACT: { description: 'A named senior support engineer for escalations (SUP-6).' },
    ESCALATION_MANAGER_CONTACT: { description: 'A named escalation manager (SUP-6).' },
  },
});
registerEnumType(SupportEvidenceStatus, {
  name: 'SupportEvidenceStatus',
  description: 'Where evidence for a datacenter checklist item stands; an item passes on accepted evidence (SUP-8).',
  valuesConfig: {
    SUBMITTED: { description: "Filed with `recordChecklistEvidence`, awaiting the vendor's decision." },
    ACCEPTED: { description: 'The vendor accepted it with `decideChecklistEvidence`: the checklist item passes (SUP-8).' },
    REJECTED: { description: 'The vendor rejected it with `decideChecklistEvidence`; the partner may file new evidence.' },
  },
});
registerEnumType(TsanetGroupType, {
  name: 'TsanetGroupType',
  description: 'What a TSANet partner group is for (SUP-9).',
  valuesConfig: {
    SOLUTION_SUPPORT: { description: 'A Solution Support group: members collaborate on support of a joint solution (SUP-9).' },
    PARTNER_PROGRAM: { description: "A Partner Program group: the host's partner program members (SUP-9)." },
  },
});
registerEnumType(TsanetPaymentModel, {
  name: 'TsanetPaymentModel',
  description: "Who pays for a TSANet group's members (FEE-1, FEE-5, SUP-9).",
  valuesConfig: {
    MEMBER_PAID: { description: 'Each member pays $500 a year (FEE-1), goes live only after its payment receipt (FEE-7) and renews yearly (SUP-9).' },
    HOST_PAID: { description: "The host pays yearly per Limited member at its band's rate (FEE-5)." },
  },
});
registerEnumType(TsanetInternalAccess, {
  name: 'TsanetInternalAccess',
  description: "Who inside the host's organisation may see a group's cases (SUP-9).",
  valuesConfig: {
    OPEN: { description: "Every support engineer of the host may see the group's cases." },
    RESTRICTED: { description: "Only the people the host names may see the group's cases." },
  },
});
registerEnumType(TsanetCommunicationSender, {
  name: 'TsanetCommunicationSender',
  description: "Who sends a group's communication templates (SUP-9).",
  valuesConfig: {
    HOST: { description: 'The host sends them.' },
    TSANET: { description: "TSANet sends them on the host's behalf." },
  },
});
registerEnumType(TsanetMembershipKind, {
  name: 'TsanetMembershipKind',
  description: 'Limited members are billed to the host in host-paid groups; Open Group members in a Custom relationship are not (FEE-5).',
  valuesConfig: {
    LIMITED: { description: 'A Limited member: counted and billed to the host in a host-paid group (FEE-5).' },
    OPEN_GROUP: { description: 'An Open Group member in a Custom relationship: not billed to the host (FEE-5).' },
  },
});
registerEnumType(TsanetMemberState, {
  name: 'TsanetMemberState',
  description: "Where a member stands in the group's onboarding and renewal (SUP-9).",
  valuesConfig: {
    SIGNED_UP: { description: 'Signed up with `signUpTsanetMember`; the process form is not yet completed.' },
    FORM_COMPLETED: {
      description: "The process form is completed (`completeTsanetMemberForm`); awaiting the host's decision unless the member is on the pre-approved list.",
    },
    APPROVED: { description: 'The host approved the member (`decideTsanetMember`), or the pre-approved list did; the support process still needs validating.' },
    REJECTED: { description: 'The host rejected the member (`decideTsanetMember`).' },
    VALIDATED: { description: 'The member acknowledged the test case (`acknowledgeValidationCase`): the support process is validated.' },
    LIVE: { description: 'Taken live with `takeTsanetMemberLive`; a member-paid member needs its payment receipt first (FEE-7).' },
    TERMINATED: { description: 'Member-paid and not renewed within 90 days after the renewal date (derived from the clock).' },
  },
});
registerEnumType(EngineeringQuestionStatus, {
  name: 'EngineeringQuestionStatus',
  description: 'Where an engineering question stands (SUP-10).',
  valuesConfig: {
    OPEN: { description: 'Asked with `askEngineeringQuestion` and not yet answered.' },
    ANSWERED: { description: 'A vendor engineer answered it with `answerEngineeringQuestion`.' },
  },
});
