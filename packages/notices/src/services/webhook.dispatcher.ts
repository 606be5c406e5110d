import { performance } from 'node:perf_hooks';
import { In } from 'typeorm';
import { addMs, EventLog, newId, RequestContext } from '@alliance/kernel';
import { WebhookDeliveryAttempt } from '../entities/webhook-attempt.entity';
import { WebhookDelivery, WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { WebhookSubscription, WebhookSubscriptionStatus } from '../entities/webhook-subscription.entity';
import { NoticesNoticeKinds } from '../events';
import type { NoticesOptions } from '../ports';
import { signatureHeader, WebhookHeaders } from '../rules/signature.rules';
import { attemptOutcome, AttemptOutcome, shouldDisable } from '../rules/webhook.rules';
import { NoticeService } from './notice.service';
import { WebhookService } from './webhook.service';

/** A delivery this process holds the lease on, with where and how to send it. */
export interface ClaimedDelivery {
  delivery: WebhookDelivery;
  url: string;
  secret: string;
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

/**
 * Sends the webhook outbox. `runOnce` claims due deliveries under a lease (a short
 * transaction), POSTs each signed body outside any transaction, then records the attempt
 * and the outcome. A process killed mid-delivery leaves its lease to expire; the next run
 * (of any process) takes the delivery over: each event is delivered at least once, always
 * with the same `Alliance-Event-Id`.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> | null = null;
  private running = false;

  constructor(
    private readonly webhooks: WebhookService,
    private readonly notices: NoticeService,
    private readonly fetchImpl: () => typeof fetch,
    private readonly options: NoticesOptions,
  ) {}

  /** Claims, sends and settles one batch of due deliveries. */
  async runOnce(ctx: RequestContext): Promise<DispatchReport> {
    const claimed = await this.claim(ctx);
    const report: DispatchReport = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0, disabledSubscriptionIds: [] };
    await eachLimited(claimed, this.options.concurrency, async (item) => {
      const result = await this.send(ctx, item);
      const settled = await this.complete(ctx, item, result);
      if (!settled) return;
      if (settled.outcome.status === 'DELIVERED') report.delivered += 1;
      else if (settled.outcome.status === 'PENDING') report.retrying += 1;
      else report.failed += 1;
      if (settled.disabled) report.disabledSubscriptionIds.push(item.delivery.subscriptionId);
    });
    return report;
  }

  /**
   * Leases up to a batch of due deliveries of active subscriptions: PENDING, next attempt
   * at or before now, and no lease or an expired one. The conditional update means two
   * processes never hold the same delivery.
   */
  async claim(ctx: RequestContext): Promise<ClaimedDelivery[]> {
    const now = ctx.now();
    const nowText = now.toISOString();
    const leaseToken = newId();
    return ctx.transaction(async (em) => {
      const candidates = await em
        .createQueryBuilder(WebhookDelivery, 'delivery')
        .innerJoin(WebhookSubscription, 'subscription', 'subscription.id = delivery.subscriptionId AND subscription.status = :active', {
          active: WebhookSubscriptionStatus.ACTIVE,
        })
        .where('delivery.status = :pending', { pending: WebhookDeliveryStatus.PENDING })
        .andWhere('delivery.nextAttemptAt <= :now', { now: nowText })
        .andWhere('(delivery.leaseUntil IS NULL OR delivery.leaseUntil < :now)', { now: nowText })
        .orderBy('delivery.nextAttemptAt', 'ASC')
        .addOrderBy('delivery.id', 'ASC')
        .limit(this.options.batchSize)
        .getMany();
      if (!candidates.length) return [];
      await em
        .createQueryBuilder()
        .update(WebhookDelivery)
        .set({ leaseUntil: addMs(now, this.options.leaseMs), leaseToken })
        .where({ id: In(candidates.map((candidate) => candidate.id)), status: WebhookDeliveryStatus.PENDING })
        .andWhere('("leaseUntil" IS NULL OR "leaseUntil" < :now)', { now: nowText })
        .execute();
      const held = await em.find(WebhookDelivery, { where: { leaseToken }, order: { nextAttemptAt: 'ASC', id: 'ASC' } });
      if (!held.length) return [];
      const subscriptions = await em.findBy(WebhookSubscription, { id: In([...new Set(held.map((delivery) => delivery.subscriptionId))]) });
      const byId = new Map(subscriptions.map((subscription) => [subscription.id, subscription]));
      return held.flatMap((delivery) => {
        const subscription = byId.get(delivery.subscriptionId);
        return subscription ? [{ delivery, url: subscription.url, secret: subscription.signingSecret, leaseToken }] : [];
      });
    });
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
      [WebhookHeaders.TIMESTAMP]: String(timestamp),
      [WebhookHeaders.SIGNATURE]: signatureHeader(item.secret, timestamp, delivery.body),
    };
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const response = await this.fetchImpl()(item.url, {
        method: 'POST',
        headers,
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.requestTimeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      const ok = response.status >= 200 && response.status < 300;
      return { at, httpStatus: response.status, error: ok ? null : `receiver answered HTTP ${response.status}`, durationMs: elapsed() };
    } catch (error) {
      return { at, httpStatus: null, error: describeError(error, this.options.requestTimeoutMs), durationMs: elapsed() };
    }
  }

  /**
   * Logs the attempt and settles the delivery (delivered, retry later, or failed) if this
   * process still holds its lease. A delivery that fails for good counts against its
   * subscription; enough in a row disable it and record a `webhook.subscription_disabled` notice.
   * Returns null when the lease was lost (another process took the delivery over).
   */
  async complete(ctx: RequestContext, item: ClaimedDelivery, result: AttemptResult): Promise<{ outcome: AttemptOutcome; disabled: boolean } | null> {
    const { delivery } = item;
    return ctx.transaction(async (em) => {
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
    });
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
      if (this.running) this.timer = setTimeout(() => (this.current = tick()), intervalMs);
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

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
