/** Calendar arithmetic in UTC. "Within N days of T" means T + N days is still inside. */
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

export function addMs(instant: Date, ms: number): Date {
  return new Date(instant.getTime() + ms);
}

export function addHours(instant: Date, hours: number): Date {
  return addMs(instant, hours * MS_PER_HOUR);
}

export function addDays(instant: Date, days: number): Date {
  return addMs(instant, days * MS_PER_DAY);
}

/** Calendar months in UTC; the day of month is clamped (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(instant: Date, months: number): Date {
  const d = new Date(instant.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export function addYears(instant: Date, years: number): Date {
  return addMonths(instant, years * 12);
}

/** `YYYY-MM-DD` of the instant in UTC. */
export function toDateOnly(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight UTC at the start of a `YYYY-MM-DD` date. */
export function fromDateOnly(date: string): Date {
  if (!DATE_ONLY.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const d = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || toDateOnly(d) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return d;
}

export function isDateOnly(value: string): boolean {
  try {
    fromDateOnly(value);
    return true;
  } catch {
    return false;
  }
}

export function maxInstant(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

export function minInstant(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/**
 * The instants and calendar dates the API accepts: from 1970-01-01 to the end of 2199. A
 * program's records (joins, payments, terms, releases) fall well inside; a year 1 payment or a
 * year 9999 join date is a mistake, and some databases cannot even store it.
 */
export const EARLIEST_INSTANT = new Date('1970-01-01T00:00:00.000Z');
export const LATEST_INSTANT = new Date('2199-12-31T23:59:59.999Z');

export function isSupportedInstant(instant: Date): boolean {
  const ms = instant.getTime();
  return !Number.isNaN(ms) && ms >= EARLIEST_INSTANT.getTime() && ms <= LATEST_INSTANT.getTime();
}
