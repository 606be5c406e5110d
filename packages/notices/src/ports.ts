import type { NoticeRule } from '@alliance/kernel';
import type { RetryPolicy } from './rules/webhook.rules';
import type { WebhookPoster } from './services/webhook.poster';

/**
 * What the notices package needs from the rest of the platform. It knows no domain: the
 * gateway passes a function returning every module's `noticeRules` (a function, because the
 * modules are collected after this one is built).
 */
export interface NoticesPorts {
  /** Every domain's notice rules (NOT-1). */
  rules: () => NoticeRule[];
  /**
   * The key every subscription's signing secret is derived from (no secret is stored). Every
   * process serving one database must use the same key. Keep it out of the database.
   */
  webhookKey: string;
  /** Sends one delivery; defaults to the platform's poster, which checks targets after DNS resolution. */
  poster?: WebhookPoster;
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
  /**
   * How long a delivery stays claimed by the process sending it. A delivery is claimed just
   * before it is sent and the lease covers that one send (the request timeout is kept below
   * it); a process that dies mid-send leaves it to be taken over when the lease runs out.
   */
  leaseMs: number;
  /** Timeout of one delivery request (capped one second below the lease). */
  requestTimeoutMs: number;
  /** Most deliveries one `runOnce` sends. */
  batchSize: number;
  /** Deliveries sent at the same time by one process. */
  concurrency: number;
  /** Allow loopback, private and link-local targets (local development only). */
  allowPrivateTargets: boolean;
  retry: RetryPolicy;
}
