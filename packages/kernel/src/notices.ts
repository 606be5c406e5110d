import { EntityManager } from 'typeorm';

/**
 * A dated obligation (NOT-1): computed by a domain's notice rule for an instant.
 * `key` is stable for (kind, subject, due date), so the same notice is recorded once.
 */
export interface DueNotice {
  kind: string;
  /** What the notice is about, such as an enrollment or case id. */
  subjectId: string;
  partnerId: string | null;
  dueAt: Date;
  message: string;
  data?: Record<string, unknown>;
}

export function noticeKey(notice: Pick<DueNotice, 'kind' | 'subjectId' | 'dueAt'>): string {
  return `${notice.kind}:${notice.subjectId}:${notice.dueAt.toISOString()}`;
}

/**
 * A domain's contribution to the notice sweep (NOT-1).
 *
 * Every obligation is judged by the facts as they stood at its due instant: a later change
 * (an expiry or a termination recorded by housekeeping, a payment, feedback given late) never
 * takes back a notice that had already fallen due, so what is recorded does not depend on when
 * sweeps happen to run.
 */
export interface NoticeRule {
  kinds: string[];
  /**
   * Obligations whose due instant falls in `[from, to]` (both ends inclusive). A sweep asks for
   * the due instants since its previous run; an upcoming-notices query asks for now to a horizon.
   */
  due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]>;
  /**
   * Obligations due at or before `to` that came into being late: from facts written at or after
   * `since` (by the writer's clock), whose due instant may lie before the previous sweep (an end
   * of support accepted today whose customer notice fell due at 00:00; an RC install recorded
   * after its feedback was due). A rule whose obligations never fall due before the facts behind
   * them are written needs none.
   */
  writtenSince?(em: EntityManager, since: Date, to: Date): Promise<DueNotice[]>;
}
