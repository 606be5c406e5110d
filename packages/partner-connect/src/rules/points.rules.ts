import { BookingTypeDefinition } from '../config';

/**
 * PC-2: base points of a booking in thousandths of a point: one thousandth per 100 cents of TCV,
 * rounded half up to the thousandth. Integer arithmetic only.
 */
export function basePointsThousandths(tcvMinor: number): number {
  if (!Number.isSafeInteger(tcvMinor) || tcvMinor < 0) throw new RangeError('TCV must be a whole number of cents, zero or more');
  return Number((BigInt(tcvMinor) + 50n) / 100n);
}

/**
 * PC-3: the multiplier bonus in thousandths: the booking types' extra percentages add up
 * (stack additively) and apply to the TCV, rounded half up to the thousandth once.
 */
export function multiplierBonusThousandths(tcvMinor: number, percentTotal: number): number {
  if (percentTotal <= 0) return 0;
  return Number((BigInt(tcvMinor) * BigInt(percentTotal) + 5_000n) / 10_000n);
}

export function stackedMultiplierPercent(types: BookingTypeDefinition[]): number {
  return types.reduce((sum, type) => sum + type.multiplierPercent, 0);
}

export function countsTowardCap(types: BookingTypeDefinition[]): boolean {
  return types.some((type) => type.countsTowardCap);
}

export interface CappedAmount {
  /** What the entry records. */
  awarded: number;
  /** What it would have been without the cap, when the cap cut it. */
  requested: number | null;
  /** Cap left after this entry. */
  remaining: number;
}

/** PC-3: an entry that would exceed the yearly cap is cut to what is left of it. */
export function applyCap(amount: number, remaining: number): CappedAmount {
  const left = Math.max(remaining, 0);
  if (amount <= left) return { awarded: amount, requested: null, remaining: left - amount };
  return { awarded: left, requested: amount, remaining: 0 };
}

export interface BookingAward {
  base: CappedAmount;
  bonus: CappedAmount | null;
  capped: boolean;
}

/**
 * PC-2/PC-3: the entries a booking earns. `capRemaining` is what is left of the partner's
 * cap in the booking's program year (used only when a booking type counts toward the cap).
 */
export function awardBooking(tcvMinor: number, types: BookingTypeDefinition[], capRemaining: number): BookingAward {
  const capped = countsTowardCap(types);
  const base = basePointsThousandths(tcvMinor);
  const percent = stackedMultiplierPercent(types);
  const bonusAmount = multiplierBonusThousandths(tcvMinor, percent);
  if (!capped) {
    return {
      base: { awarded: base, requested: null, remaining: capRemaining },
      bonus: percent > 0 ? { awarded: bonusAmount, requested: null, remaining: capRemaining } : null,
      capped,
    };
  }
  const baseCapped = applyCap(base, capRemaining);
  const bonusCapped = percent > 0 ? applyCap(bonusAmount, baseCapped.remaining) : null;
  return { base: baseCapped, bonus: bonusCapped, capped };
}

/** Formats thousandths as points for messages: 1500 -> "1.5". */
export function formatPoints(thousandths: number): string {
  const sign = thousandths < 0 ? '-' : '';
  const abs = Math.abs(thousandths);
  const whole = Math.floor(abs / 1000);
  const frac = abs % 1000;
  return frac === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(frac).padStart(3, '0').replace(/0+$/, '')}`;
}
