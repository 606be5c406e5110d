import { addDays } from '@alliance/kernel';

/** REL-7: a partner tells the vendor at least 14 days before releasing a change to the public. */
export const CHANGE_NOTICE_DAYS = 14;

/** REL-7: the last instant at which a notice for a public release at `plannedReleaseAt` is on time. */
export function changeNoticeDeadline(plannedReleaseAt: Date): Date {
  return addDays(plannedReleaseAt, -CHANGE_NOTICE_DAYS);
}

/** REL-7: filed less than 14 days ahead: accepted, marked late. Exactly 14 days ahead is on time. */
export function isChangeNoticeLate(filedAt: Date, plannedReleaseAt: Date): boolean {
  return filedAt.getTime() > changeNoticeDeadline(plannedReleaseAt).getTime();
}
