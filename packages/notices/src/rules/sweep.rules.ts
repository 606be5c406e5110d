import { addDays, addMs, DueNotice, minInstant, noticeKey, UserError } from '@alliance/kernel';

export interface SweepWindow {
  /** First due instant the forward path covers (inclusive). */
  from: Date;
  /** Last due instant covered (inclusive): the instant the sweep runs for. */
  to: Date;
  /**
   * The late path: obligations from facts written at or after this instant, due at or before
   * `to` (however long before the previous sweep they fell due). Absent for a plain due window.
   */
  writtenSince?: Date;
}

/** The sweep that covered due instants furthest, and when it ran. */
export interface PreviousSweep {
  windowTo: Date;
  ranAt: Date;
}

/**
 * NOT-1: what a sweep covers. Nothing that falls due may be missed, however late, early, often
 * or rarely sweeps run, so a sweep looks two ways:
 *
 * - forward, by due instant: from the furthest instant any sweep covered (less `overlapMs`) to `at`;
 * - late, by when the facts were written: everything written since the previous sweep ran (less
 *   `overlapMs`) that is due by `at`, even if it fell due long before (an obligation accepted
 *   today whose notice date was 00:00 today).
 *
 * `overlapMs` covers a writer whose transaction was still open when the previous sweep read (on
 * PostgreSQL several processes write and sweep at once) and clocks a little apart; whatever the
 * overlap sees again is recorded once, by its key. The first sweep looks back `lookbackDays` both
 * ways. A sweep may not run ahead of the clock (a notice would be sent before it is due); an
 * explicit `at` may not go back before the furthest instant already covered. A scheduled sweep
 * whose clock is a little behind the last one covers what it can and changes no coverage.
 */
export function sweepWindow(args: {
  at: Date;
  now: Date;
  previous: PreviousSweep | null;
  lookbackDays: number;
  overlapMs?: number;
  /** Whether `at` was asked for (refused before the last sweep) or is the clock's now. */
  explicitAt?: boolean;
}): Required<SweepWindow> {
  const { at, now, previous, lookbackDays, overlapMs = 0, explicitAt = true } = args;
  if (at.getTime() > now.getTime()) {
    throw new UserError(
      'NOTICE_SWEEP_IN_FUTURE',
      `NOT-1: a sweep cannot run ahead of the clock (${now.toISOString()}): notices would be sent before they are due`,
      'at',
    );
  }
  if (!previous) {
    const start = addDays(at, -lookbackDays);
    return { from: start, to: at, writtenSince: start };
  }
  if (explicitAt && at.getTime() < previous.windowTo.getTime()) {
    throw new UserError(
      'NOTICE_SWEEP_BEFORE_LAST',
      `NOT-1: the last sweep already covered up to ${previous.windowTo.toISOString()}; sweep at or after it`,
      'at',
    );
  }
  return {
    from: addMs(minInstant(previous.windowTo, at), -overlapMs),
    to: at,
    writtenSince: addMs(previous.ranAt, -overlapMs),
  };
}

export function inWindow(instant: Date, window: SweepWindow): boolean {
  const t = instant.getTime();
  return t >= window.from.getTime() && t <= window.to.getTime();
}

function wellFormed(notice: DueNotice): boolean {
  return Boolean(notice.kind && notice.subjectId && notice.dueAt instanceof Date && !Number.isNaN(notice.dueAt.getTime()));
}

function uniqueSorted(notices: DueNotice[], keep: (notice: DueNotice) => boolean): DueNotice[] {
  const byKey = new Map<string, DueNotice>();
  for (const notice of notices) {
    if (!wellFormed(notice) || !keep(notice)) continue;
    const key = noticeKey(notice);
    if (!byKey.has(key)) byKey.set(key, notice);
  }
  return [...byKey.values()].sort(compareNotices);
}

/**
 * The notices of a window, each key once, in due order. Items outside the window or
 * without a valid due instant, kind or subject are dropped.
 */
export function dueInWindow(notices: DueNotice[], window: SweepWindow): DueNotice[] {
  return uniqueSorted(notices, (notice) => inWindow(notice.dueAt, window));
}

/**
 * What a sweep records: every notice due at or before `to` (late ones included), each key once,
 * in due order. Nothing not yet due is kept, whatever a rule returns: a notice is never sent early.
 */
export function dueBy(notices: DueNotice[], to: Date): DueNotice[] {
  return uniqueSorted(notices, (notice) => notice.dueAt.getTime() <= to.getTime());
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
