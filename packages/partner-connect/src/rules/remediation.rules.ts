import { addDays } from '@alliance/kernel';

/** PC-10: days to complete the requirements after failing the audit (re-leveled to Community). */
export const FIRST_WINDOW_DAYS = 90;
/** PC-10: days after the first window, as Community-Enrolled, to complete them and pay the re-enrollment fee. */
export const SECOND_WINDOW_DAYS = 120;

export type RemediationPhase = 'FIRST_WINDOW' | 'SECOND_WINDOW' | 'TERMINATED';

export interface RemediationState {
  phase: RemediationPhase;
  /** The last instant of the open window (inclusive), or when the partnership ended. */
  windowEndsAt: Date;
}

export function firstWindowEnd(failedAt: Date): Date {
  return addDays(failedAt, FIRST_WINDOW_DAYS);
}

export function secondWindowEnd(failedAt: Date): Date {
  return addDays(firstWindowEnd(failedAt), SECOND_WINDOW_DAYS);
}

/**
 * PC-10: where a failed audit stands at `at`, if it has not been completed: within 90 days of the
 * failure (day 90 itself inside) the first window; then 120 more days (inclusive) the second;
 * after that the partnership is terminated.
 */
export function remediationStateAt(failedAt: Date, at: Date): RemediationState {
  const first = firstWindowEnd(failedAt);
  if (at.getTime() <= first.getTime()) return { phase: 'FIRST_WINDOW', windowEndsAt: first };
  const second = secondWindowEnd(failedAt);
  if (at.getTime() <= second.getTime()) return { phase: 'SECOND_WINDOW', windowEndsAt: second };
  return { phase: 'TERMINATED', windowEndsAt: second };
}

/**
 * PC-10: completing the requirements at `at` reinstates: in the first window with the
 * requirements alone; in the second only with the re-enrollment fee paid as well.
 */
export function completionReinstates(failedAt: Date, at: Date, requirementsMet: boolean, reenrollmentFeePaid: boolean): boolean {
  if (!requirementsMet) return false;
  const state = remediationStateAt(failedAt, at);
  if (state.phase === 'FIRST_WINDOW') return true;
  if (state.phase === 'SECOND_WINDOW') return reenrollmentFeePaid;
  return false;
}
