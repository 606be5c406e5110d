import { UserError } from '@alliance/kernel';

/** SUP-1: one severity level of a policy; `responseMinutes` null means "as negotiated", no timer. */
export interface SeverityLevel {
  severity: number;
  name: string;
  description: string;
  responseMinutes: number | null;
}

/** SUP-1 defaults (004 §3.3): 1 hour, 2 hours, 4 hours, as negotiated. */
export const DEFAULT_SEVERITY_LEVELS: SeverityLevel[] = [
  {
    severity: 1,
    name: 'Down situation',
    description:
      'Any down situation (application crash, hardware failure, system crash) that impacts revenue or profitability immediately or within a very short time.',
    responseMinutes: 60,
  },
  {
    severity: 2,
    name: 'Loss of primary function',
    description: 'Loss of primary functionality with no workaround or only a short-term one, impairing productivity in the longer term.',
    responseMinutes: 120,
  },
  {
    severity: 3,
    name: 'Loss of secondary function',
    description: 'Loss of secondary functionality with a workaround, no immediate significant impact on productivity.',
    responseMinutes: 240,
  },
  {
    severity: 4,
    name: 'Cosmetic or feature request',
    description: 'Cosmetic problems, feature requests and other issues that need no immediate action. Response as negotiated.',
    responseMinutes: null,
  },
];

/** SUP-1: a partner's own levels: numbered 1.. without gaps, level 1 most urgent, non-negative times. */
export function assertValidLevels(levels: SeverityLevel[], field = 'levels'): void {
  if (levels.length === 0) throw new UserError('SUPPORT_POLICY_INVALID', 'SUP-1: a policy needs at least one severity level', field);
  const sorted = [...levels].sort((a, b) => a.severity - b.severity);
  sorted.forEach((level, index) => {
    if (level.severity !== index + 1) {
      throw new UserError(
        'SUPPORT_POLICY_INVALID',
        `SUP-1: severity levels are numbered 1 to ${levels.length} without gaps or repeats`,
        `${field}.${levels.indexOf(level)}.severity`,
      );
    }
  });
  levels.forEach((level, index) => {
    if (level.responseMinutes !== null && (!Number.isInteger(level.responseMinutes) || level.responseMinutes <= 0)) {
      throw new UserError(
        'SUPPORT_POLICY_INVALID',
        'SUP-1: a response time is a positive whole number of minutes, or empty for "as negotiated"',
        `${field}.${index}.responseMinutes`,
      );
    }
  });
}

export function levelOf(levels: SeverityLevel[], severity: number, field = 'severity'): SeverityLevel {
  const level = levels.find((candidate) => candidate.severity === severity);
  if (!level) {
    throw new UserError('SUPPORT_SEVERITY_UNKNOWN', `SUP-1: severity ${severity} is not defined; the policy has levels 1 to ${levels.length}`, field);
  }
  return level;
}

/**
 * SUP-2: breach is derived, never stored. A case with a due instant is breached when it has no
 * first response and `now` is past the due instant, or when its first response came after it.
 * The breach instant is `dueAt + 1 ms`: a response at `dueAt` itself is on time.
 */
export function isBreached(dueAt: Date | null, firstResponseAt: Date | null, now: Date): boolean {
  if (!dueAt) return false;
  if (firstResponseAt) return firstResponseAt.getTime() > dueAt.getTime();
  return now.getTime() > dueAt.getTime();
}

export function breachInstant(dueAt: Date): Date {
  return new Date(dueAt.getTime() + 1);
}

/**
 * SUP-2 decision: a raise recomputes the due instant from the raise instant under the new
 * severity, but never later than the due instant already committed (raising never buys time,
 * and a breach already incurred stays). After the first response the clock has stopped: the
 * due instant is kept.
 */
export function dueAtAfterRaise(current: Date | null, recomputed: Date | null, responded: boolean): Date | null {
  if (responded) return current;
  if (!current) return recomputed;
  if (!recomputed) return current;
  return recomputed.getTime() < current.getTime() ? recomputed : current;
}
