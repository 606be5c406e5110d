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
 * A domain's contribution to the notice sweep: notices whose due instant falls in
 * `[from, to]`. A sweep passes the previous sweep's instant as `from` and now as `to`;
 * an upcoming-notices query passes now and a horizon.
 */
export interface NoticeRule {
  kinds: string[];
  due(em: EntityManager, from: Date, to: Date): Promise<DueNotice[]>;
}
