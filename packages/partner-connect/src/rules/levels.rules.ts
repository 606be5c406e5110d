import { COMMUNITY, LevelDefinition } from '../config';

export interface LevelFacts {
  performanceThousandths: number;
  capabilityThousandths: number;
  enrollmentFeePaid: boolean;
  businessModels: string[];
  /** Kinds of credentials valid at the instant. */
  credentialKinds: string[];
}

export function requirementMet(requirement: string, facts: LevelFacts): boolean {
  if (requirement === 'ENROLLMENT_FEE_PAID') return facts.enrollmentFeePaid;
  const [kind, value] = requirement.split(':');
  if (kind === 'BUSINESS_MODEL') return facts.businessModels.includes(value);
  if (kind === 'CREDENTIAL') return facts.credentialKinds.includes(value);
  return false;
}

export interface LevelGap {
  level: LevelDefinition;
  performanceNeededThousandths: number;
  capabilityNeededThousandths: number;
  missingRequirements: string[];
}

export function levelGap(level: LevelDefinition, facts: LevelFacts): LevelGap {
  return {
    level,
    performanceNeededThousandths: Math.max(0, level.performanceThousandths - facts.performanceThousandths),
    capabilityNeededThousandths: Math.max(0, level.capabilityThousandths - facts.capabilityThousandths),
    missingRequirements: level.requirements.filter((r) => !requirementMet(r, facts)),
  };
}

function met(gap: LevelGap): boolean {
  return gap.performanceNeededThousandths === 0 && gap.capabilityNeededThousandths === 0 && gap.missingRequirements.length === 0;
}

/**
 * PC-9: the level the facts earn: levels are climbed lowest first, and the partner stops at the
 * first level whose performance points, capability points or requirements it does not meet.
 * Returns that level and the gap to the next one (null at the top).
 */
export function earnedLevel(levels: LevelDefinition[], facts: LevelFacts): { level: LevelDefinition; next: LevelGap | null } {
  let current = levels[0];
  for (let i = 1; i < levels.length; i++) {
    const gap = levelGap(levels[i], facts);
    if (!met(gap)) return { level: current, next: gap };
    current = levels[i];
  }
  return { level: current, next: null };
}

export function levelRank(levels: LevelDefinition[], code: string): number {
  return levels.findIndex((level) => level.code === code);
}

/** PC-10: failing the audit re-levels to Community; a partner below it stays where it is. */
export function levelAfterFailedAudit(levels: LevelDefinition[], current: string): string {
  return levelRank(levels, current) > levelRank(levels, COMMUNITY) ? COMMUNITY : current;
}
