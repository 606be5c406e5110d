import { addMonths } from '@alliance/kernel';

export interface ServiceTerm {
  start: Date;
  /** The last instant the term covers. */
  end: Date;
}

/**
 * A renewable term (development consulting, FEE-1): a renewal bought while a term is
 * current or still to come starts when the latest one ends; otherwise it starts now.
 * The end is `termMonths` calendar months after the start, and that instant is still covered.
 */
export function nextTerm(now: Date, latestEnd: Date | null, termMonths: number): ServiceTerm {
  const start = latestEnd && latestEnd.getTime() > now.getTime() ? latestEnd : now;
  return { start, end: addMonths(start, termMonths) };
}

/** Both ends are inside: `start <= at <= end`. */
export function termCovers(term: ServiceTerm, at: Date): boolean {
  return term.start.getTime() <= at.getTime() && at.getTime() <= term.end.getTime();
}
