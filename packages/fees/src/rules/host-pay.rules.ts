import { addYears, fromDateOnly, UserError } from '@alliance/kernel';
import type { HostPayBand } from '../seeds';

export interface HostPayQuoteResult {
  memberCount: number;
  /** The band the whole count falls in. */
  band: HostPayBand;
  perMemberMinor: number;
  totalMinor: number;
}

/**
 * FEE-5: the whole member count is billed at the rate of the band it falls in
 * (30 members: 30 × $150). Over the last band is not priced: a negotiated rate is needed.
 */
export function quoteHostPay(memberCount: number, bands: readonly HostPayBand[], field = 'memberCount'): HostPayQuoteResult {
  if (!Number.isInteger(memberCount) || memberCount < 1) {
    throw new UserError('HOST_PAY_MEMBER_COUNT_INVALID', `FEE-5: host-pay dues are billed for 1 or more Limited members, not ${memberCount}`, field);
  }
  const sorted = [...bands].sort((a, b) => a.upToMembers - b.upToMembers);
  const band = sorted.find((candidate) => memberCount <= candidate.upToMembers);
  if (!band) {
    const cap = sorted[sorted.length - 1]?.upToMembers ?? 0;
    throw new UserError(
      'TSANET_NEGOTIATED_RATE_REQUIRED',
      `FEE-5: host-pay pricing covers up to ${cap} members; ${memberCount} members need a rate negotiated with TSANet`,
      field,
    );
  }
  return { memberCount, band, perMemberMinor: band.perMemberMinor, totalMinor: memberCount * band.perMemberMinor };
}

/** Band limits must rise strictly and every rate must be a whole, positive number of minor units. */
export function hostPayBandsProblem(bands: readonly HostPayBand[]): string | null {
  if (bands.length === 0) return 'host-pay dues need at least one band';
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i];
    if (!Number.isInteger(band.upToMembers) || band.upToMembers < 1) return 'each band covers up to a whole number of members, 1 or more';
    if (!Number.isInteger(band.perMemberMinor) || band.perMemberMinor < 0) return 'each band rate is a whole number of minor units, 0 or more';
    if (i > 0 && band.upToMembers <= bands[i - 1].upToMembers) return 'band limits must rise from one band to the next';
  }
  return null;
}

/**
 * FEE-5: Limited members at the snapshot, without the Open Group members in a Custom relationship.
 * Duplicates count once.
 */
export function billableMembers(limitedMemberIds: readonly string[], excludedOpenGroupMemberIds: readonly string[]): string[] {
  const excluded = new Set(excludedOpenGroupMemberIds);
  return [...new Set(limitedMemberIds)].filter((id) => !excluded.has(id)).sort();
}

export interface BillingYear {
  /** 1 for the first year after the program start, and so on. */
  year: number;
  /** The anniversary the year's bill falls due on. */
  dueAt: Date;
}

/** The anniversary of the program start that opens billing year `year` (midnight UTC). */
export function hostBillDueAt(programStartDate: string, year: number): Date {
  return addYears(fromDateOnly(programStartDate), year);
}

/**
 * FEE-5: the first host invoice falls one year after the program start date, then yearly.
 * Returns the latest billing year whose anniversary is at or before `at`, or null before the first.
 */
export function billingYearAt(programStartDate: string, at: Date): BillingYear | null {
  if (hostBillDueAt(programStartDate, 1).getTime() > at.getTime()) return null;
  let year = 1;
  while (hostBillDueAt(programStartDate, year + 1).getTime() <= at.getTime()) year++;
  return { year, dueAt: hostBillDueAt(programStartDate, year) };
}
