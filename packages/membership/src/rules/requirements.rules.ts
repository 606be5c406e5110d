import { registerEnumType } from 'type-graphql';

/** What a program version may require of its members (MEM-5). */
export enum Requirement {
  TAP_MEMBERSHIP = 'TAP_MEMBERSHIP',
  TSANET_MEMBERSHIP = 'TSANET_MEMBERSHIP',
  ALLIANCE_BUSINESS_CONTACT = 'ALLIANCE_BUSINESS_CONTACT',
  ENGINEERING_LEAD_CONTACT = 'ENGINEERING_LEAD_CONTACT',
  TECHNICAL_SUPPORT_MANAGER_CONTACT = 'TECHNICAL_SUPPORT_MANAGER_CONTACT',
}

registerEnumType(Requirement, {
  name: 'ProgramRequirement',
  description: 'An enrollment requirement of a program version.',
  valuesConfig: {
    TAP_MEMBERSHIP: { description: 'An active Technology Alliance Partner membership (MEM-1).' },
    TSANET_MEMBERSHIP: { description: 'An active TSANet membership (MEM-9).' },
    ALLIANCE_BUSINESS_CONTACT: { description: 'A named alliance or business contact (MEM-8).' },
    ENGINEERING_LEAD_CONTACT: { description: 'A named engineering manager or technical lead (MEM-8).' },
    TECHNICAL_SUPPORT_MANAGER_CONTACT: { description: 'A named technical support manager (MEM-8).' },
  },
});

/** Facts about a partner at an instant, against which requirements are checked. */
export interface PartnerStanding {
  tapActive: boolean;
  tsanetActive: boolean;
  contactRoles: string[];
}

const CONTACT_FOR: Partial<Record<Requirement, string>> = {
  [Requirement.ALLIANCE_BUSINESS_CONTACT]: 'ALLIANCE_BUSINESS',
  [Requirement.ENGINEERING_LEAD_CONTACT]: 'ENGINEERING_LEAD',
  [Requirement.TECHNICAL_SUPPORT_MANAGER_CONTACT]: 'TECHNICAL_SUPPORT_MANAGER',
};

/**
 * MEM-1 and MEM-5: the requirements a partner does not meet. TAP membership is always
 * required, whatever the version lists.
 */
export function unmetRequirements(required: Requirement[], standing: PartnerStanding): Requirement[] {
  const all = new Set<Requirement>([Requirement.TAP_MEMBERSHIP, ...required]);
  const unmet: Requirement[] = [];
  for (const requirement of all) {
    if (requirement === Requirement.TAP_MEMBERSHIP && !standing.tapActive) unmet.push(requirement);
    else if (requirement === Requirement.TSANET_MEMBERSHIP && !standing.tsanetActive) unmet.push(requirement);
    else {
      const role = CONTACT_FOR[requirement];
      if (role && !standing.contactRoles.includes(role)) unmet.push(requirement);
    }
  }
  return unmet;
}

/** A dated membership is active from its start through its last instant, unless ended earlier. */
export function isMembershipActive(membership: { startsAt: Date; endsAt: Date; endedAt: Date | null }, at: Date): boolean {
  const t = at.getTime();
  if (t < membership.startsAt.getTime() || t > membership.endsAt.getTime()) return false;
  return membership.endedAt === null || t < membership.endedAt.getTime();
}
