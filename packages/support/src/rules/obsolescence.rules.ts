import type { SoftwareVersionInfo } from '../ports';

/** SUP-7 periods, in calendar months. */
export const FULL_SUPPORT_MONTHS = 6;
export const CUSTOMER_NOTICE_MONTHS = 3;

/**
 * Calendar months on `YYYY-MM-DD` dates; the day is clamped to the month's last day:
 * 6 months after 2026-08-31 is 2027-02-28, and 3 months before 2027-02-28 is 2026-11-28.
 */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface VersionLifecycle {
  version: SoftwareVersionInfo;
  /** The first MAJOR version released after this one: it starts the 6-month clock. */
  supersededBy: SoftwareVersionInfo | null;
  /** The earliest allowed last day of full support (6 months after `supersededBy.releasedOn`), or null. */
  earliestEndOfSupportOn: string | null;
}

/**
 * SUP-7: for each version, the next MAJOR version released after it (strictly later date)
 * starts the clock; minor, update, patch and hot-fix releases do not. A version with no newer
 * major has no end of support yet.
 */
export function versionLifecycles(versions: SoftwareVersionInfo[]): VersionLifecycle[] {
  const majors = versions.filter((v) => v.releaseKind === 'MAJOR').sort((a, b) => a.releasedOn.localeCompare(b.releasedOn));
  return [...versions]
    .sort((a, b) => a.releasedOn.localeCompare(b.releasedOn) || a.version.localeCompare(b.version))
    .map((version) => {
      const supersededBy = majors.find((major) => major.releasedOn > version.releasedOn) ?? null;
      return {
        version,
        supersededBy,
        earliestEndOfSupportOn: supersededBy ? addCalendarMonths(supersededBy.releasedOn, FULL_SUPPORT_MONTHS) : null,
      };
    });
}

/** SUP-7: the date by which customers must have been told: 3 calendar months before the end. */
export function customerNoticeOn(endOfSupportOn: string): string {
  return addCalendarMonths(endOfSupportOn, -CUSTOMER_NOTICE_MONTHS);
}

/** The last day of support is still supported; the version is obsolete from the next day. */
export function isObsolete(endOfSupportOn: string | null, today: string): boolean {
  return endOfSupportOn !== null && today > endOfSupportOn;
}
