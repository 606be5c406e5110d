import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, RequestContext, Role, runMutation, scope } from '@alliance/kernel';
import { WebhookDeliveryAttempt } from '../entities/webhook-attempt.entity';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';
import {
  CreateWebhookSubscriptionInput,
  DisableWebhookSubscriptionInput,
  EnableWebhookSubscriptionInput,
  RedeliverWebhookInput,
  RotateWebhookSecretInput,
  WebhookDeliveriesArgs,
} from '../inputs/webhook.input';
import { WebhookService } from '../services/webhook.service';
import {
  CreateWebhookSubscriptionPayload,
  RedeliverWebhookPayload,
  RotateWebhookSecretPayload,
  WebhookDeliveryConnection,
  WebhookSubscriptionConnection,
  WebhookSubscriptionPayload,
} from './payloads';

export const WEBHOOKS_READ_SCOPE = 'webhooks:read';

/** Webhook configuration and logs are the vendor's: admins, and integrations with `webhooks:read`. */
export const WEBHOOK_READERS = [Role.ADMIN, scope(WEBHOOKS_READ_SCOPE)];

@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  constructor(private readonly webhookService: WebhookService) {}

  @Authorized(...WEBHOOK_READERS)
  @Query(() => WebhookSubscriptionConnection, { description: 'Webhook subscriptions, oldest first. Secrets are never returned.' })
  webhookSubscriptions(@Args() args: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<WebhookSubscriptionConnection> {
    return this.webhookService.list(ctx, args);
  }

  @Authorized(...WEBHOOK_READERS)
  @Query(() => WebhookDeliveryConnection, { description: 'Deliveries, oldest first, with every attempt; filter by subscription and status.' })
  webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @Ctx() ctx: RequestContext): Promise<WebhookDeliveryConnection> {
    return this.webhookService.deliveries(ctx, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateWebhookSubscriptionPayload, { description: 'Creates a subscription; the payload carries its signing secret, shown this once.' })
  createWebhookSubscription(
    @Arg('input', { description: 'The input: see `CreateWebhookSubscriptionInput`.' }) input: CreateWebhookSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateWebhookSubscriptionPayload> {
    return runMutation(ctx, () => this.webhookService.createSubscription(ctx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RotateWebhookSecretPayload, {
    description:
      'Gives a subscription a new signing secret, shown this once. For 24 hours deliveries carry a signature with each of the new and the previous secret.',
  })
  rotateWebhookSecret(
    @Arg('input', { description: 'The input: see `RotateWebhookSecretInput`.' }) input: RotateWebhookSecretInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RotateWebhookSecretPayload> {
    return runMutation(ctx, () => this.webhookService.rotateSecret(ctx, input.subscriptionId));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookSubscriptionPayload, { description: 'Stops deliveries to a subscription; pending ones wait until it is enabled again.' })
  disableWebhookSubscription(
    @Arg('input', { description: 'The input: see `DisableWebhookSubscriptionInput`.' }) input: DisableWebhookSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookSubscriptionPayload> {
    return runMutation(ctx, async () => ({ subscription: await this.webhookService.disable(ctx, input) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookSubscriptionPayload, { description: 'Resumes deliveries to a disabled subscription and restarts its failure count.' })
  enableWebhookSubscription(
    @Arg('input', { description: 'The input: see `EnableWebhookSubscriptionInput`.' }) input: EnableWebhookSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookSubscriptionPayload> {
    return runMutation(ctx, async () => ({ subscription: await this.webhookService.enable(ctx, input.subscriptionId) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RedeliverWebhookPayload, { description: 'Sends a DELIVERED or FAILED delivery again, same event id and body.' })
  redeliverWebhook(
    @Arg('input', { description: 'The input: see `RedeliverWebhookInput`.' }) input: RedeliverWebhookInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RedeliverWebhookPayload> {
    return runMutation(ctx, async () => ({ delivery: await this.webhookService.redeliver(ctx, input.deliveryId) }));
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  constructor(private readonly webhookService: WebhookService) {}

  @FieldResolver(() => [WebhookDeliveryAttempt], { description: 'Every attempt, oldest first, with its HTTP status or error.' })
  attempts(@Root() delivery: WebhookDelivery, @Ctx() ctx: RequestContext): Promise<WebhookDeliveryAttempt[]> {
    return this.webhookService.attempts(ctx, delivery.id);
  }
}
