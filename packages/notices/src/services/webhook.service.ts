import { EntityManager, In } from 'typeorm';
import {
  ConflictError,
  ConnectionResult,
  DomainEvent,
  EventRecorder,
  loadByParent,
  NotFoundError,
  paginate,
  RequestContext,
  UserError,
} from '@alliance/kernel';
import { WebhookDeliveryAttempt } from '../entities/webhook-attempt.entity';
import { WebhookDelivery, WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { WebhookSubscription, WebhookSubscriptionStatus } from '../entities/webhook-subscription.entity';
import { WebhookEnvelope } from '../events';
import { CreateWebhookSubscriptionInput, DisableWebhookSubscriptionInput, WebhookDeliveriesArgs } from '../inputs/webhook.input';
import { deriveSigningSecret } from '../rules/signature.rules';
import { RetryPolicy, wantsEvent } from '../rules/webhook.rules';
import { checkWebhookTarget } from './webhook.poster';
import { currentEventKind } from '../rules/kind-names.rules';

export interface CreatedSubscription {
  subscription: WebhookSubscription;
  /** The signing secret: returned here once, never again. */
  secret: string;
}

/** After a rotation, deliveries carry the previous secret's signature too for this long. */
export const SECRET_ROTATION_GRACE_MS = 24 * 3_600_000;

export interface WebhookSecurity {
  /** The platform's webhook key, from which every subscription's signing secret is derived. */
  webhookKey: string;
  /** Allow loopback, private and link-local targets (local development only). */
  allowPrivateTargets: boolean;
}

/**
 * Webhook subscriptions and the delivery outbox. Deliveries are written on the manager of
 * the transaction that raised the event or recorded the notice, so they commit (or roll back)
 * with it.
 */
export class WebhookService {
  constructor(
    private readonly retry: RetryPolicy,
    private readonly security: WebhookSecurity,
  ) {}

  /** The secrets a delivery is signed with at `at`: the current one, and the previous one during a rotation's grace period. */
  signingSecrets(subscription: Pick<WebhookSubscription, 'id' | 'secretVersion' | 'secretRotatedAt'>, at: Date): string[] {
    const current = deriveSigningSecret(this.security.webhookKey, subscription.id, subscription.secretVersion);
    const rotated = subscription.secretRotatedAt;
    if (subscription.secretVersion > 1 && rotated && at.getTime() - rotated.getTime() < SECRET_ROTATION_GRACE_MS) {
      return [current, deriveSigningSecret(this.security.webhookKey, subscription.id, subscription.secretVersion - 1)];
    }
    return [current];
  }

  async createSubscription(ctx: RequestContext, input: CreateWebhookSubscriptionInput): Promise<CreatedSubscription> {
    const url = input.url.trim();
    const target = await checkWebhookTarget(url, this.security.allowPrivateTargets);
    if (!target.allowed) throw new UserError('WEBHOOK_TARGET_NOT_ALLOWED', target.reason, 'url');
    const subscription = await ctx.em.save(
      ctx.em.create(WebhookSubscription, {
        url,
        // A former notice kind name subscribes to the renamed kind (deprecated; CHANGELOG.md).
        eventKinds: [...new Set(input.eventKinds.map((kind) => currentEventKind(kind.trim())))],
        partnerId: input.partnerId ?? null,
        description: input.description?.trim() || null,
        secretVersion: 1,
        secretRotatedAt: null,
        status: WebhookSubscriptionStatus.ACTIVE,
        disabledReason: null,
        disabledAt: null,
        consecutiveFailures: 0,
        lastDeliveredAt: null,
        createdAt: ctx.now(),
        createdBy: ctx.actor.name,
      }),
    );
    return { subscription, secret: ctx.revealOnce(deriveSigningSecret(this.security.webhookKey, subscription.id, subscription.secretVersion)) };
  }

  /**
   * Gives a subscription a new signing secret, shown this once. For 24 hours deliveries carry
   * signatures with the new and the previous secret, so the receiver can switch without losing any.
   */
  async rotateSecret(ctx: RequestContext, subscriptionId: string): Promise<CreatedSubscription> {
    const subscription = await this.require(ctx, subscriptionId);
    const secretVersion = subscription.secretVersion + 1;
    const updated = await ctx.em.update(
      WebhookSubscription,
      { id: subscription.id, secretVersion: subscription.secretVersion },
      { secretVersion, secretRotatedAt: ctx.now() },
    );
    if (!updated.affected)
      throw new ConflictError(`webhook subscription ${subscription.id} was rotated by another request at the same time; rotate again if needed`);
    const rotated = await this.get(ctx, subscription.id);
    return { subscription: rotated, secret: ctx.revealOnce(deriveSigningSecret(this.security.webhookKey, rotated.id, rotated.secretVersion)) };
  }

  async get(ctx: RequestContext, id: string): Promise<WebhookSubscription> {
    const subscription = await ctx.em.findOneBy(WebhookSubscription, { id });
    if (!subscription) throw new NotFoundError('WebhookSubscription', id);
    return subscription;
  }

  private async require(ctx: RequestContext, id: string): Promise<WebhookSubscription> {
    const subscription = await ctx.em.findOneBy(WebhookSubscription, { id });
    if (!subscription) throw new UserError('WEBHOOK_SUBSCRIPTION_NOT_FOUND', `no webhook subscription ${id}`, 'subscriptionId');
    return subscription;
  }

  async disable(ctx: RequestContext, input: DisableWebhookSubscriptionInput): Promise<WebhookSubscription> {
    const subscription = await this.require(ctx, input.subscriptionId);
    if (subscription.status === WebhookSubscriptionStatus.DISABLED) {
      throw new UserError('WEBHOOK_SUBSCRIPTION_ALREADY_DISABLED', `webhook subscription ${subscription.id} is already disabled`, 'subscriptionId');
    }
    await ctx.em.update(
      WebhookSubscription,
      { id: subscription.id },
      { status: WebhookSubscriptionStatus.DISABLED, disabledAt: ctx.now(), disabledReason: input.reason.trim() },
    );
    return this.get(ctx, subscription.id);
  }

  async enable(ctx: RequestContext, subscriptionId: string): Promise<WebhookSubscription> {
    const subscription = await this.require(ctx, subscriptionId);
    if (subscription.status === WebhookSubscriptionStatus.ACTIVE) {
      throw new UserError('WEBHOOK_SUBSCRIPTION_ALREADY_ACTIVE', `webhook subscription ${subscription.id} is already active`, 'subscriptionId');
    }
    await ctx.em.update(
      WebhookSubscription,
      { id: subscription.id },
      { status: WebhookSubscriptionStatus.ACTIVE, disabledAt: null, disabledReason: null, consecutiveFailures: 0 },
    );
    return this.get(ctx, subscription.id);
  }

  /**
   * Disables a subscription after repeated failed deliveries, if it is still active.
   * Returns the subscription when this call disabled it (so it is reported once), else null.
   */
  async disableForFailures(em: EntityManager, subscriptionId: string, now: Date, reason: string): Promise<WebhookSubscription | null> {
    const result = await em.update(
      WebhookSubscription,
      { id: subscriptionId, status: WebhookSubscriptionStatus.ACTIVE },
      { status: WebhookSubscriptionStatus.DISABLED, disabledAt: now, disabledReason: reason },
    );
    if (!result.affected) return null;
    return em.findOneBy(WebhookSubscription, { id: subscriptionId });
  }

  list(ctx: RequestContext, args: { first?: number | null; after?: string | null }): Promise<ConnectionResult<WebhookSubscription>> {
    return paginate(ctx.em.createQueryBuilder(WebhookSubscription, 'subscription'), args);
  }

  deliveries(ctx: RequestContext, args: WebhookDeliveriesArgs): Promise<ConnectionResult<WebhookDelivery>> {
    const query = ctx.em.createQueryBuilder(WebhookDelivery, 'delivery');
    if (args.subscriptionId) query.andWhere('delivery.subscriptionId = :subscriptionId', { subscriptionId: args.subscriptionId });
    if (args.status) query.andWhere('delivery.status = :status', { status: args.status });
    return paginate(query, args);
  }

  /** A delivery's attempts, oldest first, loaded in one statement per request tick. */
  attempts(ctx: RequestContext, deliveryId: string): Promise<WebhookDeliveryAttempt[]> {
    return loadByParent(ctx, WebhookDeliveryAttempt, 'deliveryId', { order: { attempt: 'ASC' } }).load(deliveryId);
  }

  /** Sends a DELIVERED or FAILED delivery again: same event id and body, a fresh set of attempts. */
  async redeliver(ctx: RequestContext, deliveryId: string): Promise<WebhookDelivery> {
    const delivery = await ctx.em.findOneBy(WebhookDelivery, { id: deliveryId });
    if (!delivery) throw new UserError('WEBHOOK_DELIVERY_NOT_FOUND', `no webhook delivery ${deliveryId}`, 'deliveryId');
    if (delivery.status === WebhookDeliveryStatus.PENDING) {
      throw new UserError(
        'WEBHOOK_DELIVERY_PENDING',
        `delivery ${deliveryId} is still pending; it will be tried again at ${delivery.nextAttemptAt.toISOString()}`,
        'deliveryId',
      );
    }
    await ctx.em.update(
      WebhookDelivery,
      { id: delivery.id },
      {
        status: WebhookDeliveryStatus.PENDING,
        attemptsLeft: this.retry.maxAttempts,
        nextAttemptAt: ctx.now(),
        leaseUntil: null,
        leaseToken: null,
        deliveredAt: null,
      },
    );
    return (await ctx.em.findOneBy(WebhookDelivery, { id: delivery.id })) as WebhookDelivery;
  }

  /** Active subscriptions (read on the caller's manager, inside its transaction). */
  activeSubscriptions(em: EntityManager): Promise<WebhookSubscription[]> {
    return em.findBy(WebhookSubscription, { status: WebhookSubscriptionStatus.ACTIVE });
  }

  /**
   * Writes one delivery per subscription that wants the envelope's type (and partner), on
   * `em`. The body is fixed now. Enqueueing the same event twice for a subscription is a no-op.
   */
  async enqueue(em: EntityManager, envelope: WebhookEnvelope, now: Date, subscriptions?: WebhookSubscription[]): Promise<WebhookDelivery[]> {
    const targets = (subscriptions ?? (await this.activeSubscriptions(em))).filter(
      (subscription) => subscription.status === WebhookSubscriptionStatus.ACTIVE && wantsEvent(subscription, envelope.type, envelope.partnerId),
    );
    if (!targets.length) return [];
    const already = new Set(
      (await em.findBy(WebhookDelivery, { eventId: envelope.id, subscriptionId: In(targets.map((t) => t.id)) })).map((d) => d.subscriptionId),
    );
    const body = JSON.stringify(envelope);
    const rows = targets
      .filter((target) => !already.has(target.id))
      .map((target) =>
        em.create(WebhookDelivery, {
          subscriptionId: target.id,
          eventId: envelope.id,
          eventType: envelope.type,
          partnerId: envelope.partnerId,
          body,
          status: WebhookDeliveryStatus.PENDING,
          attemptCount: 0,
          attemptsLeft: this.retry.maxAttempts,
          nextAttemptAt: now,
          leaseUntil: null,
          leaseToken: null,
          lastStatus: null,
          lastError: null,
          createdAt: now,
          deliveredAt: null,
        }),
      );
    return rows.length ? em.save(rows) : [];
  }

  /**
   * The event-bus recorder: a domain event becomes deliveries in the transaction that
   * raises it, for the subscriptions that want its type. Nothing is written when none does.
   */
  recorder(): EventRecorder {
    return async (em: EntityManager, event: DomainEvent, at: Date) => {
      await this.enqueue(em, envelopeOf(event), at);
    };
  }
}

/** The delivery body of a domain event: `{ id, type, occurredAt, partnerId, payload }`. */
export function envelopeOf(event: DomainEvent): WebhookEnvelope {
  return {
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    partnerId: event.partnerId,
    payload: event.payload as Record<string, unknown>,
  };
}
