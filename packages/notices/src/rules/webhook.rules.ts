import { addMs } from '@alliance/kernel';

/** Event kinds a subscription may name: `*`, an exact type, or a prefix wildcard `a.b.*`. */
export const EVENT_KIND_PATTERN = /^(\*|[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*(\.\*)?)$/;

/** Whether a subscription's event kinds cover an event type (exact, `prefix.*`, or `*`). */
export function matchesEventKind(eventKinds: string[], type: string): boolean {
  return eventKinds.some((kind) => {
    if (kind === '*') return true;
    if (kind.endsWith('.*')) return type.startsWith(kind.slice(0, -1));
    return kind === type;
  });
}

/** Whether a subscription wants an event: its kinds cover the type, and its partner filter (if any) matches. */
export function wantsEvent(subscription: { eventKinds: string[]; partnerId: string | null }, type: string, partnerId: string | null): boolean {
  if (subscription.partnerId && subscription.partnerId !== partnerId) return false;
  return matchesEventKind(subscription.eventKinds, type);
}

export interface RetryPolicy {
  /** Attempts per delivery before it is FAILED. */
  maxAttempts: number;
  /** Wait after the first failed attempt; doubles after each further one. */
  baseDelayMs: number;
  /** The longest wait between two attempts. */
  maxDelayMs: number;
  /** Deliveries in a row that FAILED before the subscription is disabled. */
  disableAfterFailedDeliveries: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 30_000,
  maxDelayMs: 3_600_000,
  disableAfterFailedDeliveries: 5,
};

/** Wait before the next attempt after `failedAttempts` failures: base × 2^(n-1), capped. */
export function backoffMs(failedAttempts: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(policy.baseDelayMs * 2 ** Math.min(exponent, 40), policy.maxDelayMs);
}

export function isSuccessStatus(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}

export type AttemptOutcome =
  { status: 'DELIVERED'; deliveredAt: Date } | { status: 'PENDING'; attemptsLeft: number; nextAttemptAt: Date } | { status: 'FAILED'; attemptsLeft: 0 };

/**
 * What an attempt leads to: DELIVERED on a 2xx; otherwise another attempt after the backoff,
 * or FAILED when none is left. `attemptsLeft` is counted before this attempt.
 */
export function attemptOutcome(args: { httpStatus: number | null; attemptsLeft: number; at: Date; policy: RetryPolicy }): AttemptOutcome {
  const { httpStatus, attemptsLeft, at, policy } = args;
  if (isSuccessStatus(httpStatus)) return { status: 'DELIVERED', deliveredAt: at };
  const left = attemptsLeft - 1;
  if (left <= 0) return { status: 'FAILED', attemptsLeft: 0 };
  const failedSoFar = policy.maxAttempts - left;
  return { status: 'PENDING', attemptsLeft: left, nextAttemptAt: addMs(at, backoffMs(failedSoFar, policy)) };
}

/** Whether a subscription that just had another delivery fail should be disabled. */
export function shouldDisable(consecutiveFailures: number, policy: RetryPolicy): boolean {
  return consecutiveFailures >= policy.disableAfterFailedDeliveries;
}
