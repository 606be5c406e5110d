import { DomainModule, EventBus, nodeType, nodeTypes, readers, Role } from '@alliance/kernel';
import { NOTICES_MIGRATIONS } from './migrations';
import { Notice } from './entities/notice.entity';
import { NoticeSweep } from './entities/notice-sweep.entity';
import { WebhookDeliveryAttempt } from './entities/webhook-attempt.entity';
import { WebhookDelivery } from './entities/webhook-delivery.entity';
import { WebhookSubscription } from './entities/webhook-subscription.entity';
import { NOTICES_ERROR_CODES } from './errors';
import type { NoticesApi } from './contracts';
import type { NoticesOptions, NoticesPorts } from './ports';
import { NOTICES_READ_SCOPE, NoticeResolver } from './resolvers/notice.resolver';
import { WEBHOOK_READERS, WEBHOOKS_READ_SCOPE, WebhookDeliveryResolver, WebhookSubscriptionResolver } from './resolvers/webhook.resolver';
import { DEFAULT_RETRY_POLICY } from './rules/webhook.rules';
import { NoticeService } from './services/notice.service';
import { WebhookDispatcher } from './services/webhook.dispatcher';
import { postWebhook } from './services/webhook.poster';
import { WebhookService } from './services/webhook.service';

export const NOTICES_ENTITIES = [Notice, NoticeSweep, WebhookSubscription, WebhookDelivery, WebhookDeliveryAttempt];

export const DEFAULT_NOTICES_OPTIONS: NoticesOptions = {
  firstSweepLookbackDays: 30,
  sweepOverlapMs: 300_000,
  leaseMs: 30_000,
  requestTimeoutMs: 10_000,
  batchSize: 50,
  concurrency: 4,
  allowPrivateTargets: false,
  retry: DEFAULT_RETRY_POLICY,
};

export interface NoticesModule extends DomainModule {
  /** What other domains and package users call (see `contracts.ts`). */
  api: NoticesApi;
  notices: NoticeService;
  webhooks: WebhookService;
  dispatcher: WebhookDispatcher;
  options: NoticesOptions;
  /**
   * Registers the outbox recorder on the bus: every domain event raised in a transaction
   * becomes deliveries, in that transaction, for the active subscriptions that want it.
   * Deliveries are dated with the raising unit of work's instant.
   */
  attach(bus: EventBus): void;
  worker: NonNullable<DomainModule['worker']>;
}

/** Notices and webhooks (NOT-1). Domain-agnostic: the domains' rules come through `ports.rules`. */
export function createNoticesModule(ports: NoticesPorts): NoticesModule {
  const options: NoticesOptions = {
    ...DEFAULT_NOTICES_OPTIONS,
    ...ports.options,
    retry: { ...DEFAULT_RETRY_POLICY, ...ports.options?.retry },
  };
  const webhooks = new WebhookService(options.retry, { webhookKey: ports.webhookKey, allowPrivateTargets: options.allowPrivateTargets });
  const notices = new NoticeService(ports.rules, webhooks, options.firstSweepLookbackDays, options.sweepOverlapMs);
  const dispatcher = new WebhookDispatcher(webhooks, notices, ports.poster ?? postWebhook, options);
  return {
    name: 'notices',
    entities: NOTICES_ENTITIES,
    resolvers: [NoticeResolver, WebhookSubscriptionResolver, WebhookDeliveryResolver],
    resolverInstances: [new NoticeResolver(notices), new WebhookSubscriptionResolver(webhooks), new WebhookDeliveryResolver(webhooks)],
    errorCodes: NOTICES_ERROR_CODES,
    // Read by id as their own queries read them: a PARTNER key sees only its own partner's notices.
    nodes: [
      nodeType(Notice, { readers: readers(NOTICES_READ_SCOPE) }),
      nodeType(NoticeSweep, { readers: [Role.ADMIN, Role.PROGRAM_MANAGER], visible: 'everyone' }),
      ...nodeTypes([WebhookSubscription, WebhookDelivery, WebhookDeliveryAttempt], { readers: WEBHOOK_READERS, visible: 'everyone' }),
    ],
    scopes: {
      [NOTICES_READ_SCOPE]: 'Recorded and upcoming notices of every partner (NOT-1).',
      [WEBHOOKS_READ_SCOPE]: 'Webhook subscriptions (never their secrets), deliveries and attempts.',
    },
    noticeRules: [],
    migrations: NOTICES_MIGRATIONS,
    jobs: [
      // NOT-1: first, so whatever fell due is recorded from the state before lifecycle jobs change it.
      { name: 'notices.sweep', stage: 'sweep', run: async (ctx, at) => (await notices.sweep(ctx, { at })).recorded.length },
    ],
    worker: {
      start: (contextFor, log) => dispatcher.start(contextFor, 5000, log),
      stop: () => dispatcher.stop(),
    },
    api: { record: (ctx, due) => notices.record(ctx, due) },
    notices,
    webhooks,
    dispatcher,
    options,
    attach(bus: EventBus) {
      bus.addRecorder(webhooks.recorder());
    },
  };
}
