import type { NoticeRule } from '@alliance/kernel';
import type { RetryPolicy } from './rules/webhook.rules';

/**
 * What the notices package needs from the rest of the platform. It knows no domain: the
 * gateway passes a function returning every module's `noticeRules` (a function, because the
 * modules are collected after this one is built).
 */
export interface NoticesPorts {
  /** Every domain's notice rules (NOT-1). */
  rules: () => NoticeRule[];
  /** HTTP client for deliveries; defaults to the global `fetch`. */
  fetchImpl?: typeof fetch;
  /** Tuning; every field has a default (see `DEFAULT_NOTICES_OPTIONS`). */
  options?: Partial<NoticesOptions>;
}

export interface NoticesOptions {
  /** How far back the very first sweep looks for due notices. */
  firstSweepLookbackDays: number;
  /**
   * How far each sweep looks again before where the previous one reached (by due instant) and
   * before it ran (by write instant): longer than a unit of work may stay open plus the clock
   * difference between gateway processes, so a write committed just after a sweep read is not
   * missed. What is seen twice is recorded once.
   */
  sweepOverlapMs: number;
  /** How long a dispatcher holds claimed deliveries before another process may take them over. */
  leaseMs: number;
  /** Timeout of one delivery request. */
  requestTimeoutMs: number;
  /** Deliveries claimed per `runOnce`. */
  batchSize: number;
  /** Deliveries sent at the same time within one batch. */
  concurrency: number;
  retry: RetryPolicy;
}
