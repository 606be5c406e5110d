import { SupportReadinessItemKind } from '../enums';

/**
 * SUP-6: what a partner's support organisation needs before its software is listed:
 * a designated technical support contact, at least one certified professional on the
 * support staff, and named escalation contacts (senior support engineer, escalation manager).
 */
export const READINESS_REQUIREMENTS: SupportReadinessItemKind[] = [
  SupportReadinessItemKind.TECHNICAL_SUPPORT_CONTACT,
  SupportReadinessItemKind.CERTIFIED_PROFESSIONAL,
  SupportReadinessItemKind.SENIOR_SUPPORT_ENGINEER_CONTACT,
  SupportReadinessItemKind.ESCALATION_MANAGER_CONTACT,
];

export function readiness(recorded: Iterable<SupportReadinessItemKind>): { ready: boolean; missing: SupportReadinessItemKind[] } {
  const have = new Set(recorded);
  const missing = READINESS_REQUIREMENTS.filter((item) => !have.has(item));
  return { ready: missing.length === 0, missing };
}
