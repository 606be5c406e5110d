/**
 * PC-8: the program year is 12 months on the vendor fiscal calendar, starting on day 1 of
 * the configured month at 00:00 UTC. A program year is named by the calendar year it starts in.
 * Its last instant is the next start minus 1 ms.
 */
export interface ProgramYear {
  year: number;
  start: Date;
  /** First instant of the next program year (exclusive end). */
  nextStart: Date;
}

export function programYearStart(year: number, startMonth: number): Date {
  return new Date(Date.UTC(year, startMonth - 1, 1));
}

export function programYearOf(instant: Date, startMonth: number): ProgramYear {
  let year = instant.getUTCFullYear();
  if (instant.getTime() < programYearStart(year, startMonth).getTime()) year -= 1;
  return programYear(year, startMonth);
}

export function programYear(year: number, startMonth: number): ProgramYear {
  return { year, start: programYearStart(year, startMonth), nextStart: programYearStart(year + 1, startMonth) };
}

/** PC-10: the annual audit of program year `year` falls `offsetDays` after the next year begins. */
export function auditDate(year: number, startMonth: number, offsetDays: number): Date {
  return new Date(programYearStart(year + 1, startMonth).getTime() + offsetDays * 86_400_000);
}

/** PC-10: the next audit date at or after `asOf`. */
export function nextAuditDate(asOf: Date, startMonth: number, offsetDays: number): Date {
  let year = programYearOf(asOf, startMonth).year - 1;
  while (auditDate(year, startMonth, offsetDays).getTime() < asOf.getTime()) year += 1;
  return auditDate(year, startMonth, offsetDays);
}
