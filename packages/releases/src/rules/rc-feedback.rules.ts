import { addDays } from '@alliance/kernel';
import { RcFeedbackClassification, RcFeedbackState } from '../enums';

/** REL-3: feedback is due within 21 days of the RC build's availability. */
export const RC_FEEDBACK_DAYS = 21;

/** REL-3: the last instant at which RC feedback is on time (availability + 21 days, inclusive). */
export function rcFeedbackDueAt(rcAvailableAt: Date): Date {
  return addDays(rcAvailableAt, RC_FEEDBACK_DAYS);
}

/** REL-3: feedback submitted after the due instant is recorded but late. */
export function isRcFeedbackLate(submittedAt: Date, dueAt: Date): boolean {
  return submittedAt.getTime() > dueAt.getTime();
}

export function rcFeedbackState(firstFeedbackAt: Date | null, dueAt: Date, now: Date): RcFeedbackState {
  if (firstFeedbackAt) return isRcFeedbackLate(firstFeedbackAt, dueAt) ? RcFeedbackState.LATE : RcFeedbackState.ON_TIME;
  return now.getTime() > dueAt.getTime() ? RcFeedbackState.OVERDUE : RcFeedbackState.OWED;
}

/** REL-3: catastrophic and certification-blocking issues are considered only with a business justification. */
export function needsBusinessJustification(classification: RcFeedbackClassification): boolean {
  return classification === RcFeedbackClassification.CATASTROPHIC || classification === RcFeedbackClassification.CERTIFICATION_BLOCKING;
}

/**
 * REL-3: at RC only release-blocking defects are considered as they are; catastrophic and
 * certification-blocking ones with a business justification. Decision: OTHER items are recorded
 * and passed to engineering but not considered for the release.
 */
export function consideredForRelease(classification: RcFeedbackClassification, businessJustification: string | null): boolean {
  if (classification === RcFeedbackClassification.RELEASE_BLOCKING) return true;
  if (needsBusinessJustification(classification)) return Boolean(businessJustification && businessJustification.trim());
  return false;
}
