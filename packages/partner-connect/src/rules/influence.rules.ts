import { addDays, addYears } from '@alliance/kernel';

/** PC-5: days after the work ends within which the completion must be filed (the 30th day inside). */
export const COMPLETION_FILING_DAYS = 30;
/** PC-5: years after approval within which the deal must book (the instant two years on inside). */
export const BOOKING_WINDOW_YEARS = 2;

export type InfluenceCheck = { ok: true } | { ok: false; code: string; field: string; message: string };

/** PC-5: the intention claim must be approved before the work starts. */
export function checkApprovedBeforeWork(approvedAt: Date, workStartedAt: Date): InfluenceCheck {
  if (workStartedAt.getTime() < approvedAt.getTime()) {
    return {
      ok: false,
      code: 'INFLUENCE_WORK_BEFORE_APPROVAL',
      field: 'workStartedAt',
      message: 'PC-5: influence work must start after the intention claim was approved',
    };
  }
  return { ok: true };
}

/** PC-5: the completion is filed within 30 days after the work ends. */
export function completionDeadline(workEndedAt: Date): Date {
  return addDays(workEndedAt, COMPLETION_FILING_DAYS);
}

export function checkCompletionFiledInTime(workEndedAt: Date, filedAt: Date): InfluenceCheck {
  if (filedAt.getTime() > completionDeadline(workEndedAt).getTime()) {
    return {
      ok: false,
      code: 'INFLUENCE_COMPLETION_LATE',
      field: 'workEndedAt',
      message: `PC-5: the completion must be filed within ${COMPLETION_FILING_DAYS} days after the work ends`,
    };
  }
  return { ok: true };
}

/** PC-5: the deal books within 2 years after the approval (both instants inside). */
export function bookingWindowEnd(approvedAt: Date): Date {
  return addYears(approvedAt, BOOKING_WINDOW_YEARS);
}

export function bookedWithinWindow(approvedAt: Date, bookedAt: Date): boolean {
  return bookedAt.getTime() >= approvedAt.getTime() && bookedAt.getTime() <= bookingWindowEnd(approvedAt).getTime();
}

/** The deal key of the no-double-credit rule: customer, opportunity and solution. */
export function dealKey(deal: { customerId: string; opportunityId: string; solution: string }): string {
  return `${deal.customerId}\u0000${deal.opportunityId}\u0000${deal.solution}`;
}
