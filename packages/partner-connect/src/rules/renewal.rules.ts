import { addDays, addMonths } from '@alliance/kernel';

/** PC-11: renewal days before the anniversary on which a notice is due. */
export const RENEWAL_NOTICE_DAYS = [60, 30, 15] as const;
/** PC-10: audit notices, days before the audit date. */
export const AUDIT_NOTICE_DAYS = [90, 60, 30] as const;

/** PC-11: the n-th anniversary (n >= 1) of entering the program: 12·n months after entry. */
export function anniversary(enteredAt: Date, n: number): Date {
  return addMonths(enteredAt, 12 * n);
}

/** PC-11: the next renewal date at or after `asOf` (the anniversary instant itself is still "next"). */
export function nextRenewal(enteredAt: Date, asOf: Date): Date {
  let n = 1;
  while (anniversary(enteredAt, n).getTime() < asOf.getTime()) n += 1;
  return anniversary(enteredAt, n);
}

/** Notice instants `daysBefore` each of the given dates, that fall in [from, to]. */
export function noticesBefore(dates: Date[], daysBefore: readonly number[], from: Date, to: Date): { dueAt: Date; date: Date; daysBefore: number }[] {
  const out: { dueAt: Date; date: Date; daysBefore: number }[] = [];
  for (const date of dates) {
    for (const d of daysBefore) {
      const dueAt = addDays(date, -d);
      if (dueAt.getTime() >= from.getTime() && dueAt.getTime() <= to.getTime()) out.push({ dueAt, date, daysBefore: d });
    }
  }
  return out;
}

/** Anniversaries whose notices (up to `maxDaysBefore` earlier) may fall in [from, to]. */
export function anniversariesAround(enteredAt: Date, from: Date, to: Date, maxDaysBefore: number): Date[] {
  const out: Date[] = [];
  for (let n = 1; n < 1000; n++) {
    const date = anniversary(enteredAt, n);
    if (addDays(date, -maxDaysBefore).getTime() > to.getTime()) break;
    if (date.getTime() >= from.getTime()) out.push(date);
  }
  return out;
}
