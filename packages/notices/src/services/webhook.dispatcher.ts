import { performance } from 'node:perf_hooks';
import { addMs, EventLog, newId, RequestContext, runUnitOfWork } from '@alliance/kernel';
import { WebhookDeliveryAttempt } from '../entities/webhook-attempt.entity';
import { WebhookDelivery, WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { WebhookSubscription, WebhookSubscriptionStatus } from '../entities/webhook-subscription.entity';
import { NoticesNoticeKinds } from '../events';
import type { NoticesOptions } from '../ports';
import { signatureHeader, WebhookHeaders } from '../rules/signature.rules';
import { attemptOutcome, AttemptOutcome, shouldDisable } from '../rules/webhook.rules';
import { NoticeService } from './notice.service';
import type { WebhookPoster } from './webhook.poster';
import { WebhookService } from './webhook.service';

/** A delivery this process holds the lease on, with where and how to send it. */
export interface ClaimedDelivery {
  delivery: WebhookDelivery;
  url: string;
  /** The secrets to sign with (the previous one too during a rotation's grace period). */
  secrets: string[];
  leaseToken: string;
}

/** What one HTTP attempt came to. */
export interface AttemptResult {
  at: Date;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
}

export interface DispatchReport {
  claimed: number;
  delivered: number;
  retrying: number;
  failed: number;
  /** Subscriptions disabled by this run after repeated failed deliveries. */
  disabledSubscriptionIds: string[];
}

/** Below the lease by this much, so a send always ends (or times out) while its lease holds. */
const LEASE_MARGIN_MS = 1_000;

/**
 * Sends the webhook outbox. Each lane claims one due delivery at a time, just before sending
 * it: a short transaction that picks the oldest due delivery nobody holds (`FOR UPDATE SKIP
 * LOCKED` on PostgreSQL) and leases it for one send. The POST runs outside any transaction,
 * then a second short transaction records the attempt and settles the delivery if the lease
 * is still this process's. A process killed mid-send leaves its lease to expire; any process
 * then takes the delivery over: each event is delivered at least once, always with the same
 * `Alliance-Event-Id`.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> | null = null;
  private running = false;

  constructor(
    private readonly webhooks: WebhookService,
    private readonly notices: NoticeService,
    private readonly poster: WebhookPoster,
    private readonly options: NoticesOptions,
  ) {}

  /** The timeout of one send: the configured one, kept below the lease. */
  get sendTimeoutMs(): number {
    return Math.max(100, Math.min(this.options.requestTimeoutMs, this.options.leaseMs - LEASE_MARGIN_MS));
  }

  /**
   * Sends up to a batch of due deliveries, `concurrency` at a time. Every claim, send and
   * settlement is its own unit of work: lanes share no transaction.
   */
  async runOnce(ctx: RequestContext): Promise<DispatchReport> {
    const report: DispatchReport = { claimed: 0, delivered: 0, retrying: 0, failed: 0, disabledSubscriptionIds: [] };
    let budget = this.options.batchSize;
    const lane = async (): Promise<void> => {
      while (budget > 0) {
        budget -= 1;
        const item = await runUnitOfWork(ctx, () => this.claimNext(ctx));
        if (!item) return;
        report.claimed += 1;
        const result = await this.send(ctx, item);
        const settled = await runUnitOfWork(ctx, () => this.complete(ctx, item, result));
        if (!settled) continue;
        if (settled.outcome.status === 'DELIVERED') report.delivered += 1;
        else if (settled.outcome.status === 'PENDING') report.retrying += 1;
        else report.failed += 1;
        if (settled.disabled) report.disabledSubscriptionIds.push(item.delivery.subscriptionId);
      }
    };
    const lanes = await Promise.allSettled(Array.from({ length: Math.max(1, this.options.concurrency) }, lane));
    const failed = lanes.find((lane): lane is PromiseRejectedResult => lane.status === 'rejected');
    if (failed) throw failed.reason;
    return report;
  }

  /**
   * Leases the oldest due delivery of an active subscription that nobody holds: PENDING, next
   * attempt at or before now, no lease or an expired one. The lease covers one send. Returns
   * null when nothing is due. Runs in the caller's unit of work (`runOnce` opens one per claim).
   */
  async claimNext(ctx: RequestContext): Promise<ClaimedDelivery | null> {
    const em = ctx.em;
    const now = ctx.now();
    const nowText = now.toISOString();
    const query = em
      .createQueryBuilder(WebhookDelivery, 'delivery')
      .where('delivery.status = :pending', { pending: WebhookDeliveryStatus.PENDING })
      .andWhere('delivery.nextAttemptAt <= :now', { now: nowText })
      .andWhere('(delivery.leaseUntil IS NULL OR delivery.leaseUntil < :now)', { now: nowText })
      .andWhere((qb) => {
        const active = qb.subQuery().select('subscription.id').from(WebhookSubscription, 'subscription').where('subscription.status = :active').getQuery();
        return `delivery.subscriptionId IN ${active}`;
      })
      .setParameter('active', WebhookSubscriptionStatus.ACTIVE)
      .orderBy('delivery.nextAttemptAt', 'ASC')
      .addOrderBy('delivery.id', 'ASC')
      .limit(1);
    // Another process's lane skips the row this one is claiming instead of waiting for it.
    if (ctx.db.isPostgres) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    const candidate = await query.getOne();
    if (!candidate) return null;
    const leaseToken = newId();
    const leaseUntil = addMs(now, this.options.leaseMs);
    const updated = await em
      .createQueryBuilder()
      .update(WebhookDelivery)
      .set({ leaseUntil, leaseToken })
      .where({ id: candidate.id, status: WebhookDeliveryStatus.PENDING })
      .andWhere('("leaseUntil" IS NULL OR "leaseUntil" < :now)', { now: nowText })
      .execute();
    if (!updated.affected) return null;
    const subscription = await em.findOneBy(WebhookSubscription, { id: candidate.subscriptionId });
    if (!subscription) return null;
    return {
      delivery: Object.assign(candidate, { leaseUntil, leaseToken }),
      url: subscription.url,
      secrets: this.webhooks.signingSecrets(subscription, now),
      leaseToken,
    };
  }

  /** POSTs the signed body once; never throws (a failure is an attempt result). */
  async send(ctx: RequestContext, item: ClaimedDelivery): Promise<AttemptResult> {
    const at = ctx.now();
    const timestamp = Math.floor(at.getTime() / 1000);
    const { delivery } = item;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Alliance-Webhooks/1',
      [WebhookHeaders.EVENT_ID]: delivery.eventId,
      [WebhookHeaders.EVENT_TYPE]: delivery.eventType,
      [WebhookHeaders.DELIVERY_ID]: delivery.id,
      [WebhookHeaders.ID]: delivery.id,
      [WebhookHeaders.TIMESTAMP]: String(timestamp),
      [WebhookHeaders.SIGNATURE]: signatureHeader(item.secrets, delivery.id, timestamp, delivery.body),
    };
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const timeoutMs = this.sendTimeoutMs;
    try {
      const response = await this.poster({ url: item.url, headers, body: delivery.body, timeoutMs, allowPrivateTargets: this.options.allowPrivateTargets });
      const ok = response.status >= 200 && response.status < 300;
      return { at, httpStatus: response.status, error: ok ? null : `receiver answered HTTP ${response.status}`, durationMs: elapsed() };
    } catch (error) {
      return { at, httpStatus: null, error: describeError(error, timeoutMs), durationMs: elapsed() };
    }
  }

  /**
   * Logs the attempt and settles the delivery (delivered, retry later, or failed) if this
   * process still holds its lease. A delivery that fails for good counts against its
   * subscription; enough in a row disable it and record a `notices.webhook_subscription_disabled` notice.
   * Returns null when the lease was lost (another process took the delivery over). Runs in the
   * caller's unit of work (`runOnce` opens one per settlement).
   */
  async complete(ctx: RequestContext, item: ClaimedDelivery, result: AttemptResult): Promise<{ outcome: AttemptOutcome; disabled: boolean } | null> {
    const { delivery } = item;
    const em = ctx.em;
    const now = ctx.now();
    const outcome = attemptOutcome({ httpStatus: result.httpStatus, attemptsLeft: delivery.attemptsLeft, at: now, policy: this.options.retry });
    await em.save(
      em.create(WebhookDeliveryAttempt, {
        deliveryId: delivery.id,
        attempt: delivery.attemptCount + 1,
        at: result.at,
        httpStatus: result.httpStatus,
        error: result.error?.slice(0, 500) ?? null,
        durationMs: result.durationMs,
        succeeded: outcome.status === 'DELIVERED',
      }),
    );
    const common = {
      attemptCount: delivery.attemptCount + 1,
      lastStatus: result.httpStatus,
      lastError: result.error?.slice(0, 500) ?? null,
      leaseUntil: null,
      leaseToken: null,
    };
    const changes =
      outcome.status === 'DELIVERED'
        ? { ...common, status: WebhookDeliveryStatus.DELIVERED, deliveredAt: outcome.deliveredAt }
        : outcome.status === 'PENDING'
          ? { ...common, status: WebhookDeliveryStatus.PENDING, attemptsLeft: outcome.attemptsLeft, nextAttemptAt: outcome.nextAttemptAt }
          : { ...common, status: WebhookDeliveryStatus.FAILED, attemptsLeft: 0 };
    const updated = await em.update(WebhookDelivery, { id: delivery.id, leaseToken: item.leaseToken }, changes);
    if (!updated.affected) return null;

    let disabled = false;
    if (outcome.status === 'DELIVERED') {
      await em.update(WebhookSubscription, { id: delivery.subscriptionId }, { consecutiveFailures: 0, lastDeliveredAt: now });
    } else if (outcome.status === 'FAILED') {
      await em.increment(WebhookSubscription, { id: delivery.subscriptionId }, 'consecutiveFailures', 1);
      const subscription = await em.findOneBy(WebhookSubscription, { id: delivery.subscriptionId });
      if (subscription && shouldDisable(subscription.consecutiveFailures, this.options.retry)) {
        const reason = `${subscription.consecutiveFailures} deliveries in a row failed after ${this.options.retry.maxAttempts} attempts each; last error: ${result.error ?? 'unknown'}`;
        const off = await this.webhooks.disableForFailures(em, subscription.id, now, reason.slice(0, 500));
        if (off) {
          disabled = true;
          await this.notices.record(ctx, [
            {
              kind: NoticesNoticeKinds.WEBHOOK_SUBSCRIPTION_DISABLED,
              subjectId: off.id,
              partnerId: off.partnerId,
              dueAt: now,
              message: `Webhook subscription ${off.id} (${off.url}) was disabled: ${reason}. Fix the endpoint, then enable it again; its pending deliveries resume.`,
              data: { url: off.url, consecutiveFailures: off.consecutiveFailures, lastStatus: result.httpStatus, lastError: result.error },
            },
          ]);
        }
      }
    }
    return { outcome, disabled };
  }

  /**
   * Runs `runOnce` every `intervalMs` (right away again while batches come back full) until
   * `stop()`. Each run gets a fresh context from `contextFor`; a failed run is logged.
   */
  start(contextFor: () => RequestContext, intervalMs = 5_000, log: EventLog = { error: () => undefined }): void {
    if (this.running) return;
    this.running = true;
    const tick = async (): Promise<void> => {
      try {
        let report: DispatchReport;
        do report = await this.runOnce(contextFor());
        while (this.running && report.claimed >= this.options.batchSize);
      } catch (error) {
        log.error({ err: error }, 'webhook dispatch failed');
      }
      if (this.running)
        this.timer = setTimeout(() => {
          this.current = tick();
        }, intervalMs);
    };
    this.current = tick();
  }

  /** Stops the timer and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.current;
    this.current = null;
  }
}

function describeError(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = err?.cause?.code ?? err?.cause?.message;
  return `${err?.message ?? String(error)}${cause ? ` (${cause})` : ''}`.slice(0, 500);
}
