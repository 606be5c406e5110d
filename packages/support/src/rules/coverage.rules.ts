import { UserError } from '@alliance/kernel';
import { SupportCoverageKind, SupportWeekday, WEEKDAYS } from '../enums';

/**
 * SUP-1 coverage calendars: when the response clock runs.
 * 24x7: always. Business hours: weekly open hours in an IANA time zone, minus holidays
 * (`YYYY-MM-DD` in that zone). Wall times are turned into instants with `Intl.DateTimeFormat`,
 * so daylight saving changes are honoured: an hour skipped in spring is not counted.
 */
export interface OpenHours {
  weekday: SupportWeekday;
  /** `HH:MM`, local time in the calendar's zone. */
  opens: string;
  /** `HH:MM` after `opens`; `24:00` closes at midnight. */
  closes: string;
}

export interface CoverageCalendar {
  kind: SupportCoverageKind;
  timeZone: string | null;
  weeklyHours: OpenHours[];
  holidays: string[];
}

export const TWENTY_FOUR_SEVEN: CoverageCalendar = {
  kind: SupportCoverageKind.TWENTY_FOUR_SEVEN,
  timeZone: null,
  weeklyHours: [],
  holidays: [],
};

const MS_PER_MINUTE = 60_000;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Search horizon for business hours: a calendar with open hours always finds one within it. */
const MAX_DAYS_SEARCHED = 3 * 366;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTime(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

/** Offset of the zone from UTC at an instant, in ms (east positive). */
function offsetAt(instant: number, timeZone: string): number {
  const seconds = instant - (((instant % 1000) + 1000) % 1000);
  const w = wallTime(seconds, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - seconds;
}

/** The instant at which the zone's clock shows `minutesOfDay` on `date` (a skipped wall time maps past the gap). */
export function zonedInstant(date: string, minutesOfDay: number, timeZone: string): number {
  const naive = Date.parse(`${date}T00:00:00.000Z`) + minutesOfDay * MS_PER_MINUTE;
  const first = offsetAt(naive, timeZone);
  const guess = naive - first;
  const second = offsetAt(guess, timeZone);
  return second === first ? guess : naive - second;
}

/** The `YYYY-MM-DD` the zone's clock shows at an instant. */
export function zonedDate(instant: number, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

function weekdayOf(date: string): SupportWeekday {
  return WEEKDAYS[new Date(`${date}T00:00:00.000Z`).getUTCDay()];
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * SUP-1/SUP-2: when a response is due, counting `responseMinutes` of covered time from
 * `start`. Null minutes (severity 4, "as negotiated") means no timer: null.
 */
export function responseDueAt(start: Date, responseMinutes: number | null, calendar: CoverageCalendar): Date | null {
  if (responseMinutes === null) return null;
  const needed = responseMinutes * MS_PER_MINUTE;
  if (calendar.kind === SupportCoverageKind.TWENTY_FOUR_SEVEN) return new Date(start.getTime() + needed);

  const timeZone = calendar.timeZone as string;
  const holidays = new Set(calendar.holidays);
  const byDay = new Map<SupportWeekday, OpenHours[]>();
  for (const hours of [...calendar.weeklyHours].sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))) {
    byDay.set(hours.weekday, [...(byDay.get(hours.weekday) ?? []), hours]);
  }
  let remaining = needed;
  let cursor = start.getTime();
  let date = zonedDate(cursor, timeZone);
  for (let i = 0; i < MAX_DAYS_SEARCHED; i += 1, date = nextDate(date)) {
    if (holidays.has(date)) continue;
    for (const hours of byDay.get(weekdayOf(date)) ?? []) {
      const opens = zonedInstant(date, minutesOf(hours.opens), timeZone);
      const closes = zonedInstant(date, minutesOf(hours.closes), timeZone);
      const from = Math.max(opens, cursor);
      if (from >= closes) continue;
      if (remaining <= closes - from) return new Date(from + remaining);
      remaining -= closes - from;
      cursor = closes;
    }
  }
  throw new RangeError('the coverage calendar has no open hours within three years');
}

/** SUP-1: a calendar the clock can run on; throws a UserError naming the field at fault. */
export function assertValidCalendar(calendar: CoverageCalendar, field = 'coverage'): void {
  const fail = (message: string, at: string): never => {
    throw new UserError('SUPPORT_CALENDAR_INVALID', `SUP-1: ${message}`, `${field}.${at}`);
  };
  if (calendar.kind === SupportCoverageKind.TWENTY_FOUR_SEVEN) {
    if (calendar.weeklyHours.length > 0 || calendar.holidays.length > 0) {
      fail('a 24x7 calendar has no weekly hours or holidays', 'weeklyHours');
    }
    if (calendar.timeZone !== null && !isTimeZone(calendar.timeZone)) fail(`unknown time zone ${calendar.timeZone}`, 'timeZone');
    return;
  }
  if (!calendar.timeZone || !isTimeZone(calendar.timeZone)) {
    fail(`business hours need an IANA time zone such as Europe/Berlin (got ${calendar.timeZone ?? 'none'})`, 'timeZone');
  }
  if (calendar.weeklyHours.length === 0) fail('business hours need at least one day with open hours', 'weeklyHours');
  calendar.weeklyHours.forEach((hours, index) => {
    if (!HH_MM.test(hours.opens) || hours.opens === '24:00') fail(`opens must be HH:MM (got ${hours.opens})`, `weeklyHours.${index}.opens`);
    if (!HH_MM.test(hours.closes)) fail(`closes must be HH:MM or 24:00 (got ${hours.closes})`, `weeklyHours.${index}.closes`);
    if (minutesOf(hours.closes) <= minutesOf(hours.opens)) fail('closes must be after opens', `weeklyHours.${index}.closes`);
  });
  for (const day of WEEKDAYS) {
    const list = calendar.weeklyHours
      .map((hours, index) => ({ hours, index }))
      .filter(({ hours }) => hours.weekday === day)
      .sort((a, b) => minutesOf(a.hours.opens) - minutesOf(b.hours.opens));
    for (let i = 1; i < list.length; i += 1) {
      if (minutesOf(list[i].hours.opens) < minutesOf(list[i - 1].hours.closes)) {
        fail(`open hours on ${day} overlap`, `weeklyHours.${list[i].index}.opens`);
      }
    }
  }
  calendar.holidays.forEach((holiday, index) => {
    if (!DATE_ONLY.test(holiday) || new Date(`${holiday}T00:00:00.000Z`).toISOString().slice(0, 10) !== holiday) {
      fail(`holidays are calendar dates YYYY-MM-DD (got ${holiday})`, `holidays.${index}`);
    }
  });
}
