import { UserError } from '@alliance/kernel';
import { SupportCoverageKind, SupportWeekday } from '../src/enums';
import { assertValidCalendar, CoverageCalendar, responseDueAt, TWENTY_FOUR_SEVEN, zonedInstant } from '../src/rules/coverage.rules';

const weekdays = [SupportWeekday.MONDAY, SupportWeekday.TUESDAY, SupportWeekday.WEDNESDAY, SupportWeekday.THURSDAY, SupportWeekday.FRIDAY];
const newYorkOffice: CoverageCalendar = {
  kind: SupportCoverageKind.BUSINESS_HOURS,
  timeZone: 'America/New_York',
  weeklyHours: weekdays.map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
  holidays: [],
};
const HOUR = 60;

function errorOf(calendar: CoverageCalendar): UserError {
  try {
    assertValidCalendar(calendar);
  } catch (error) {
    return error as UserError;
  }
  throw new Error('expected the calendar to be refused');
}

describe('coverage calendars (SUP-1)', () => {
  // Friday 2026-01-09 23:30 in New York (EST, UTC-5) is 2026-01-10T04:30Z.
  const fridayNight = new Date('2026-01-10T04:30:00.000Z');

  it('SUP-1: a severity 1 case opened Friday 23:30 under business hours is due Monday 09:00 local', () => {
    expect(responseDueAt(fridayNight, 1 * HOUR, newYorkOffice)?.toISOString()).toBe('2026-01-12T14:00:00.000Z');
  });

  it('SUP-1: a severity 1 case opened Friday 23:30 under 24x7 is due Saturday 00:30', () => {
    expect(responseDueAt(fridayNight, 1 * HOUR, TWENTY_FOUR_SEVEN)?.toISOString()).toBe('2026-01-10T05:30:00.000Z');
  });

  it('SUP-1: a holiday on Monday moves the Friday-night severity 1 due instant to Tuesday 09:00', () => {
    const calendar = { ...newYorkOffice, holidays: ['2026-01-12'] };
    expect(responseDueAt(fridayNight, 1 * HOUR, calendar)?.toISOString()).toBe('2026-01-13T14:00:00.000Z');
  });

  it('SUP-1: the clock spans the night: severity 2 opened Thursday 17:30 is due Friday 09:30', () => {
    const thursday = new Date('2026-01-08T22:30:00.000Z');
    expect(responseDueAt(thursday, 2 * HOUR, newYorkOffice)?.toISOString()).toBe('2026-01-09T14:30:00.000Z');
  });

  it('SUP-1: a commitment that ends exactly at closing time is due at closing time', () => {
    const fridayFive = new Date('2026-01-09T22:00:00.000Z');
    expect(responseDueAt(fridayFive, 1 * HOUR, newYorkOffice)?.toISOString()).toBe('2026-01-09T23:00:00.000Z');
  });

  it('SUP-1: a case opened before opening time starts counting at opening', () => {
    const earlyMonday = new Date('2026-01-12T11:00:00.000Z'); // 06:00 EST
    expect(responseDueAt(earlyMonday, 4 * HOUR, newYorkOffice)?.toISOString()).toBe('2026-01-12T17:00:00.000Z');
  });

  it('SUP-1: severity 4 ("as negotiated") has no timer', () => {
    expect(responseDueAt(fridayNight, null, newYorkOffice)).toBeNull();
    expect(responseDueAt(fridayNight, null, TWENTY_FOUR_SEVEN)).toBeNull();
  });

  it('SUP-1: over the spring DST change, Friday 23:30 EST is due Monday 09:00 EDT (13:00Z)', () => {
    // 2026-03-08 clocks go from 02:00 EST to 03:00 EDT.
    const friday = new Date('2026-03-07T04:30:00.000Z');
    expect(responseDueAt(friday, 1 * HOUR, newYorkOffice)?.toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('SUP-1: on the DST day itself, 4 covered hours from Sunday 00:00 end at 05:00 EDT (the skipped hour is not counted)', () => {
    const sunday: CoverageCalendar = { ...newYorkOffice, weeklyHours: [{ weekday: SupportWeekday.SUNDAY, opens: '00:00', closes: '12:00' }] };
    const start = new Date(zonedInstant('2026-03-08', 0, 'America/New_York'));
    expect(start.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(responseDueAt(start, 4 * HOUR, sunday)?.toISOString()).toBe('2026-03-08T09:00:00.000Z');
    expect(new Date(zonedInstant('2026-03-08', 5 * 60, 'America/New_York')).toISOString()).toBe('2026-03-08T09:00:00.000Z');
  });

  it('SUP-1: business hours in Berlin use the Berlin zone (CET, UTC+1)', () => {
    const berlin: CoverageCalendar = { ...newYorkOffice, timeZone: 'Europe/Berlin' };
    // Friday 2026-01-09 23:30 CET = 22:30Z; due Monday 09:00 CET = 08:00Z.
    expect(responseDueAt(new Date('2026-01-09T22:30:00.000Z'), HOUR, berlin)?.toISOString()).toBe('2026-01-12T08:00:00.000Z');
  });

  it('SUP-1: a calendar with an unknown time zone is refused, naming the field', () => {
    const error = errorOf({ ...newYorkOffice, timeZone: 'Mars/Olympus' });
    expect(error.code).toBe('SUPPORT_CALENDAR_INVALID');
    expect(error.field).toBe('coverage.timeZone');
  });

  it('SUP-1: closing before opening, overlapping hours and bad holidays are refused', () => {
    expect(errorOf({ ...newYorkOffice, weeklyHours: [{ weekday: SupportWeekday.MONDAY, opens: '18:00', closes: '08:00' }] }).field).toBe(
      'coverage.weeklyHours.0.closes',
    );
    expect(
      errorOf({
        ...newYorkOffice,
        weeklyHours: [
          { weekday: SupportWeekday.MONDAY, opens: '08:00', closes: '12:00' },
          { weekday: SupportWeekday.MONDAY, opens: '11:00', closes: '18:00' },
        ],
      }).field,
    ).toBe('coverage.weeklyHours.1.opens');
    expect(errorOf({ ...newYorkOffice, holidays: ['2026-02-30'] }).field).toBe('coverage.holidays.0');
    expect(errorOf({ ...newYorkOffice, weeklyHours: [] }).field).toBe('coverage.weeklyHours');
  });
});
