import { addDays, DueNotice, noticeKey, UserError } from '@alliance/kernel';

export interface SweepWindow {
  from: Date;
  to: Date;
}

/**
 * NOT-1: the window of due instants a sweep covers. It ends at `at` and starts where the
 * previous sweep ended (both ends inclusive, so an instant on the seam is seen by both and
 * recorded once by the unique key); the first sweep looks back `lookbackDays`.
 * A sweep may not run ahead of the clock (notices not yet due would be sent early), nor
 * before the previous sweep's end (that window is already covered).
 */
export function sweepWindow(args: { at: Date; now: Date; previousTo: Date | null; lookbackDays: number }): SweepWindow {
  const { at, now, previousTo, lookbackDays } = args;
  if (at.getTime() > now.getTime()) {
    throw new UserError('NOTICE_SWEEP_IN_FUTURE', `NOT-1: a sweep cannot run ahead of the clock (${now.toISOString()}): notices would be sent before they are due`, 'input.at');
  }
  if (previousTo && at.getTime() < previousTo.getTime()) {
    throw new UserError('NOTICE_SWEEP_BEFORE_LAST', `NOT-1: the last sweep already covered up to ${previousTo.toISOString()}; sweep at or after it`, 'input.at');
  }
  return { from: previousTo ?? addDays(at, -lookbackDays), to: at };
}

export function inWindow(instant: Date, window: SweepWindow): boolean {
  const t = instant.getTime();
  return t >= window.from.getTime() && t <= window.to.getTime();
}

/**
 * The notices of a window, each key once, in due order. Items outside the window or
 * without a valid due instant, kind or subject are dropped (a rule must not make the sweep
 * record something not yet due).
 */
export function dueInWindow(notices: DueNotice[], window: SweepWindow): DueNotice[] {
  const byKey = new Map<string, DueNotice>();
  for (const notice of notices) {
    if (!notice.kind || !notice.subjectId || !(notice.dueAt instanceof Date) || Number.isNaN(notice.dueAt.getTime())) continue;
    if (!inWindow(notice.dueAt, window)) continue;
    const key = noticeKey(notice);
    if (!byKey.has(key)) byKey.set(key, notice);
  }
  return [...byKey.values()].sort(compareNotices);
}

/** Due order, then kind and subject: stable for pagination of computed lists. */
export function compareNotices(a: DueNotice, b: DueNotice): number {
  return orderKey(a) < orderKey(b) ? -1 : orderKey(a) > orderKey(b) ? 1 : 0;
}

export function orderKey(notice: Pick<DueNotice, 'kind' | 'subjectId' | 'dueAt'>): string {
  return `${notice.dueAt.toISOString()}|${notice.kind}|${notice.subjectId}`;
}

/** Webhook event type of a notice: `notice.<kind>`. */
export function noticeEventType(kind: string): string {
  return `notice.${kind}`;
}
