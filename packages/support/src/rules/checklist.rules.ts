/**
 * SUP-8: the Datacenter Support Certification checklist (seed 004, sections 1 to 5), item by item.
 * Each item passes with accepted evidence; the support organisation passes when every item does.
 */
export interface ChecklistItem {
  itemId: string;
  section: string;
  requirement: string;
  toPass: string;
}

export const DATACENTER_CHECKLIST: ChecklistItem[] = [
  {
    itemId: '1.1',
    section: 'Round-the-clock availability',
    requirement: 'Support services 24 hours a day, 7 days a week, for all severity levels of issues and escalations.',
    toPass: 'Live round-the-clock coverage for all severities, access information, support and escalation process flow charts, own severity levels.',
  },
  {
    itemId: '1.2',
    section: 'Round-the-clock availability',
    requirement:
      'Customers, OEMs and the platform vendor can open an incident at any time and receive priority-level support, including escalation to subject matter experts or developers.',
    toPass: 'Public information on how customers with and without contracts get priority support 24x7, including escalation and any fees.',
  },
  {
    itemId: '1.3',
    section: 'Round-the-clock availability',
    requirement: 'Contingency plans for interruptions of the service (power outages, equipment failure).',
    toPass: 'Disaster recovery plans.',
  },
  {
    itemId: '2.1',
    section: 'Personnel qualifications',
    requirement: 'Defined technical requirements for support personnel, and personnel meet them.',
    toPass: 'Skills inventory with position competency requirements and certifications; process/procedures manual.',
  },
  {
    itemId: '2.2',
    section: 'Personnel qualifications',
    requirement: 'Support personnel fully trained on the products, with an ongoing education plan.',
    toPass: 'Documented training and career development plans, including patches, enhancements and minor updates.',
  },
  {
    itemId: '3.1',
    section: 'Support access, severity levels and response commitments',
    requirement: 'Defined incident acknowledgement commitments, and how they are met.',
    toPass: 'Service acknowledgement commitments for all incidents.',
  },
  {
    itemId: '3.2',
    section: 'Support access, severity levels and response commitments',
    requirement: 'Within a maximum of two hours, subject matter experts respond and access the support infrastructure for mission-critical issues.',
    toPass: 'Secure remote access (such as VPN) to tools and information; access to reproduction facilities and code.',
  },
  {
    itemId: '3.3',
    section: 'Support access, severity levels and response commitments',
    requirement: "Defined severity levels and how an incident's severity is determined.",
    toPass: "Service and performance commitments by severity; the process that sets an incident's severity.",
  },
  {
    itemId: '3.4',
    section: 'Support access, severity levels and response commitments',
    requirement: 'A process by which customers raise the severity level.',
    toPass: 'The ability and the process to escalate an incident, for OEMs and customers.',
  },
  {
    itemId: '3.5',
    section: 'Support access, severity levels and response commitments',
    requirement: 'Internal escalation up to development resources, and management escalation, defined and followed.',
    toPass: 'The elevation process including management escalation (flow chart or description).',
  },
  {
    itemId: '4.1',
    section: 'Obsolescence policy',
    requirement: 'Full support of current and previously certified versions for at least six months after a new version is released.',
    toPass: 'Support plan committing to support previous versions for at least six months.',
  },
  {
    itemId: '4.2',
    section: 'Obsolescence policy',
    requirement: "Three months' notice to customers before support of a certified product expires.",
    toPass: 'Commitment to notify customers, the testing facility and the vendor of the intention to cease support.',
  },
  {
    itemId: '4.3',
    section: 'Obsolescence policy',
    requirement: 'A maintained list of obsolete products.',
    toPass: 'The communication process keeping customers and support personnel informed of supported and obsolete products.',
  },
  {
    itemId: '5.1',
    section: 'On-site capabilities',
    requirement: 'On-site dispatch in any location where the product is sold.',
    toPass: 'The dispatch process with service levels, responsibilities and timeframes by location and product.',
  },
  {
    itemId: '5.2',
    section: 'On-site capabilities',
    requirement: 'Dispatched personnel know the products.',
    toPass: 'Minimum qualifications of dispatched personnel and their remote access procedures.',
  },
  {
    itemId: '5.3',
    section: 'On-site capabilities',
    requirement: 'On-site installation services on request.',
    toPass: 'Documentation (such as an SLA or web page) showing the service is available.',
  },
];

export function checklistItem(itemId: string): ChecklistItem | undefined {
  return DATACENTER_CHECKLIST.find((item) => item.itemId === itemId);
}

/** SUP-8: the items without accepted evidence, in checklist order; passes when none is missing. */
export function missingChecklistItems(acceptedItemIds: Iterable<string>): string[] {
  const accepted = new Set(acceptedItemIds);
  return DATACENTER_CHECKLIST.filter((item) => !accepted.has(item.itemId)).map((item) => item.itemId);
}
