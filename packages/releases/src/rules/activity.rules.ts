import { ActivityDenialReason, Milestone, PartnerActivity } from '../enums';

/**
 * REL-2 (000/001 Table 2) as data: what a partner may do while each milestone is in force.
 * - Early Access: early development and compatibility testing, not certification.
 * - Beta: development and compatibility testing, not certification; the early certification kit.
 * - RC: official certification and submissions.
 * - RTM: nothing but OEM media kits (restricted availability).
 * - GA: official certification and submissions.
 * Decision: development and compatibility testing stay allowed at RC and GA (the table
 * lists what each milestone opens; nothing closes them before RTM, and GA is available to all).
 */
export const ACTIVITY_MATRIX: Readonly<Record<Milestone, readonly PartnerActivity[]>> = {
  [Milestone.EARLY_ACCESS]: [PartnerActivity.EARLY_DEVELOPMENT, PartnerActivity.COMPATIBILITY_TESTING],
  [Milestone.BETA]: [PartnerActivity.EARLY_DEVELOPMENT, PartnerActivity.COMPATIBILITY_TESTING, PartnerActivity.EARLY_CERTIFICATION_KIT],
  [Milestone.RC]: [PartnerActivity.EARLY_DEVELOPMENT, PartnerActivity.COMPATIBILITY_TESTING, PartnerActivity.CERTIFICATION, PartnerActivity.SUBMISSION],
  [Milestone.RTM]: [PartnerActivity.OEM_MEDIA_KIT],
  [Milestone.GA]: [PartnerActivity.EARLY_DEVELOPMENT, PartnerActivity.COMPATIBILITY_TESTING, PartnerActivity.CERTIFICATION, PartnerActivity.SUBMISSION],
};

export function isPartnerActivity(value: string): value is PartnerActivity {
  return (Object.values(PartnerActivity) as string[]).includes(value);
}

export interface ActivityFacts {
  releaseFound: boolean;
  activity: string;
  /** Whether the partner is an active member of a program tied to the release's product at the instant asked. */
  member: boolean;
  /** The milestone in force at the instant asked, or null before the first one. */
  milestone: Milestone | null;
}

/** REL-2: the answer to "may partner P do activity A on release R at instant T?"; null reason means yes. */
export function decideActivity(facts: ActivityFacts): ActivityDenialReason | null {
  if (!facts.releaseFound) return ActivityDenialReason.RELEASE_NOT_FOUND;
  if (!isPartnerActivity(facts.activity)) return ActivityDenialReason.UNKNOWN_ACTIVITY;
  if (!facts.member) return ActivityDenialReason.NOT_A_MEMBER;
  if (facts.milestone === null) return ActivityDenialReason.MILESTONE_NOT_REACHED;
  if (!ACTIVITY_MATRIX[facts.milestone].includes(facts.activity)) return ActivityDenialReason.ACTIVITY_NOT_ALLOWED_AT_MILESTONE;
  return null;
}
