import { Milestone, ReleaseBuildType, ReleaseKind } from '../enums';

/** REL-1: every milestone in order. */
export const MILESTONE_ORDER: readonly Milestone[] = [Milestone.EARLY_ACCESS, Milestone.BETA, Milestone.RC, Milestone.RTM, Milestone.GA];

/**
 * REL-1 (000/001 Table 2): the milestones each kind of release has, in order.
 * Beta for major and minor only; RC for major, minor and update; GA for all.
 * Decision: Early Access (which comes before Beta) belongs to the kinds that have a Beta,
 * and RTM (between RC and GA) to the kinds that have an RC; a patch goes straight to GA.
 */
export const MILESTONES_BY_KIND: Readonly<Record<ReleaseKind, readonly Milestone[]>> = {
  [ReleaseKind.MAJOR]: [Milestone.EARLY_ACCESS, Milestone.BETA, Milestone.RC, Milestone.RTM, Milestone.GA],
  [ReleaseKind.MINOR]: [Milestone.EARLY_ACCESS, Milestone.BETA, Milestone.RC, Milestone.RTM, Milestone.GA],
  [ReleaseKind.UPDATE]: [Milestone.RC, Milestone.RTM, Milestone.GA],
  [ReleaseKind.PATCH]: [Milestone.GA],
};

/** REL-8: milestones whose builds reach every active member; any other point is "unofficial". */
export const OFFICIAL_MILESTONES: readonly Milestone[] = [Milestone.BETA, Milestone.RC, Milestone.GA];

export function isOfficialMilestone(milestone: Milestone): boolean {
  return OFFICIAL_MILESTONES.includes(milestone);
}

export function milestoneRank(milestone: Milestone): number {
  return MILESTONE_ORDER.indexOf(milestone);
}

export type MilestoneStepProblem =
  { code: 'MILESTONE_NOT_FOR_KIND'; message: string } | { code: 'MILESTONE_NOT_FORWARD'; message: string } | { code: 'MILESTONE_SKIPPED'; message: string };

/**
 * REL-1: may a release of `kind`, whose latest milestone is `current` (null before the first),
 * move to `next`? Milestones only move forward, and a milestone the kind has may not be skipped.
 * Returns null when the step is allowed.
 */
export function checkMilestoneStep(kind: ReleaseKind, current: Milestone | null, next: Milestone): MilestoneStepProblem | null {
  const path = MILESTONES_BY_KIND[kind];
  if (!path.includes(next)) {
    return { code: 'MILESTONE_NOT_FOR_KIND', message: `a ${kind} release has no ${next} milestone (it has ${path.join(', ')})` };
  }
  if (current !== null && milestoneRank(next) <= milestoneRank(current)) {
    return { code: 'MILESTONE_NOT_FORWARD', message: `the release is already at ${current}; milestones only move forward` };
  }
  const expected = current === null ? path[0] : path[path.indexOf(current) + 1];
  if (next !== expected) {
    return { code: 'MILESTONE_SKIPPED', message: `a ${kind} release must reach ${expected} before ${next}` };
  }
  return null;
}

export interface MilestoneRecordLike {
  milestone: Milestone;
  availableAt: Date;
}

/** The milestone in force at `at`: the latest one whose build was available at or before `at`. */
export function milestoneInForce<T extends MilestoneRecordLike>(records: readonly T[], at: Date): T | null {
  let best: T | null = null;
  for (const record of records) {
    if (record.availableAt.getTime() > at.getTime()) continue;
    if (!best || milestoneRank(record.milestone) > milestoneRank(best.milestone)) best = record;
  }
  return best;
}

/** REL-6: scalability and timing-sensitive qualification counts only on release-type builds. */
export function countsForScalabilityQualification(buildType: ReleaseBuildType): boolean {
  return buildType === ReleaseBuildType.RELEASE_TYPE;
}
