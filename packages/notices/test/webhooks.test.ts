import { GraphQLSchema } from 'graphql';
import { Database, domainEvent, RequestContext, Role, runUnitOfWork } from '@alliance/kernel';
import { createTestDatabase, createTestSchema, FixedClock, RecordingBus, runGraphql, testContext } from '@alliance/testing';
import {
  createNoticesModule,
  Notice,
  NoticesModule,
  NoticesNoticeKinds,
  NoticesOptions,
  verifySignature,
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookDeliveryStatus,
  WebhookHeaders,
  WebhookSubscription,
  WebhookSubscriptionStatus,
} from '../src';
import { header, Receiver, startHanging, startReceiver } from './support';

const T0 = '2026-03-01T00:00:00.000Z';
const PARTNER_A = '01900000-0000-7000-8000-00000000000a';
const SECOND = 1000;
const WEBHOOK_KEY = 'test-webhook-key';

/** Small numbers so the whole retry path runs in a test: 3 attempts, 30 s doubling, disable after 2 failed deliveries. */
const TEST_OPTIONS: Partial<NoticesOptions> = {
  requestTimeoutMs: 2_000,
  // The test receivers listen on 127.0.0.1.
  allowPrivateTargets: true,
  retry: { maxAttempts: 3, baseDelayMs: 30 * SECOND, maxDelayMs: 3_600 * SECOND, disableAfterFailedDeliveries: 2 },
};

describe('webhooks', () => {
  let db: Database;
  let clock: FixedClock;
  let bus: RecordingBus;
  let admin: RequestContext;
  let module: NoticesModule;
  let schema: GraphQLSchema;
  const receivers: Receiver[] = [];

  beforeEach(async () => {
    module = createNoticesModule({ rules: () => [], webhookKey: WEBHOOK_KEY, options: TEST_OPTIONS });
    db = await createTestDatabase(module.entities);
    clock = new FixedClock(T0);
    bus = new RecordingBus();
    module.attach(bus);
    admin = testContext(db, { clock, bus });
    schema = await createTestSchema([module]);
  });

  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
    await db.dataSource.destroy();
  });

  async function receiver(answer?: Parameters<typeof startReceiver>[1]): Promise<Receiver> {
    const started = await startReceiver(() => clock.now(), answer);
    receivers.push(started);
    return started;
  }

  async function subscribe(target: Receiver | string, eventKinds: string[], partnerId: string | null = null) {
    const url = typeof target === 'string' ? target : target.url;
    const created = await runUnitOfWork(admin, () => module.webhooks.createSubscription(admin, { url, eventKinds, partnerId }));
    if (typeof target !== 'string') target.secret = created.secret;
    return created;
  }

  /** Raises a domain event the way a domain does: inside a transaction, through the context. */
  async function raise(type: string, payload: Record<string, unknown> = {}, partnerId: string | null = PARTNER_A) {
    const event = domainEvent(type, clock.now(), payload, partnerId);
    await runUnitOfWork(admin, async () => admin.publish(event));
    return event;
  }

  const deliveries = () => db.manager.find(WebhookDelivery, { order: { id: 'ASC' } });
  const attempts = () => db.manager.find(WebhookDeliveryAttempt, { order: { at: 'ASC', attempt: 'ASC' } });

  it('NOT-1: a domain event is delivered to a real receiver on 127.0.0.1 that verifies the HMAC-SHA256 signature over the raw body', async () => {
    const endpoint = await receiver();
    await subscribe(endpoint, ['certification.*']);
    const event = await raise('certification.listing_published', { listingId: 'l-1', softwareId: 's-1', publishedAt: clock.now() });

    const report = await module.dispatcher.runOnce(admin);
    expect(report).toEqual(expect.objectContaining({ claimed: 1, delivered: 1, retrying: 0, failed: 0 }));
    expect(endpoint.received).toHaveLength(1);
    const [request] = endpoint.received;
    expect(request.check).toEqual({ valid: true, timestamp: Math.floor(clock.now().getTime() / 1000) });
    expect(request.answered).toBe(204);
    expect(header(request, WebhookHeaders.EVENT_ID)).toBe(event.id);
    expect(header(request, WebhookHeaders.EVENT_TYPE)).toBe('certification.listing_published');
    expect(header(request, WebhookHeaders.TIMESTAMP)).toBe(String(Math.floor(clock.now().getTime() / 1000)));
    expect(header(request, WebhookHeaders.SIGNATURE)).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(header(request, WebhookHeaders.ID)).toBe(header(request, WebhookHeaders.DELIVERY_ID));
    expect(header(request, 'content-type')).toBe('application/json');
    expect(JSON.parse(request.rawBody)).toEqual({
      id: event.id,
      type: 'certification.listing_published',
      occurredAt: T0,
      partnerId: PARTNER_A,
      payload: { listingId: 'l-1', softwareId: 's-1', publishedAt: T0 },
    });
    // The signature covers the raw bytes: one changed byte, or another secret, fails.
    expect(verifySignature(endpoint.secret, request.headers, request.rawBody.replace('l-1', 'l-2'), 300, clock.now()).valid).toBe(false);
    expect(verifySignature('whsec_b3RoZXI=', request.headers, request.rawBody, 300, clock.now()).valid).toBe(false);

    const [delivery] = await deliveries();
    expect(delivery).toEqual(expect.objectContaining({ status: WebhookDeliveryStatus.DELIVERED, attemptCount: 1, lastStatus: 204, leaseUntil: null }));
    expect(delivery.deliveredAt?.toISOString()).toBe(T0);
    expect(await attempts()).toEqual([expect.objectContaining({ attempt: 1, httpStatus: 204, error: null, succeeded: true })]);
    const subscription = await db.manager.findOneByOrFail(WebhookSubscription, { id: delivery.subscriptionId });
    expect(subscription.lastDeliveredAt?.toISOString()).toBe(T0);

    expect((await module.dispatcher.runOnce(admin)).claimed).toBe(0);
    expect(endpoint.received).toHaveLength(1);
  });

  it('NOT-1: a receiver with the wrong secret answers 401, which counts as a failed attempt', async () => {
    const endpoint = await receiver();
    await subscribe(endpoint, ['support.case_breached']);
    endpoint.secret = 'whsec_not_the_one';
    await raise('support.case_breached', { caseId: 'c-1' });
    await module.dispatcher.runOnce(admin);
    expect(endpoint.received[0].check).toEqual({ valid: false, reason: 'signature does not match' });
    expect((await deliveries())[0]).toEqual(expect.objectContaining({ status: WebhookDeliveryStatus.PENDING, lastStatus: 401, attemptsLeft: 2 }));
  });

  it('NOT-1: the recorder writes deliveries in the raising transaction: a rollback enqueues nothing; unwanted types write nothing', async () => {
    const endpoint = await receiver();
    const wantsAll = await subscribe(endpoint, ['releases.milestone_reached', 'partner_connect.*']);
    const other = await subscribe(endpoint, ['support.*']);

    await expect(
      runUnitOfWork(admin, async () => {
        await admin.publish(domainEvent('releases.milestone_reached', clock.now(), { releaseId: 'r-1', milestone: 'RC' }));
        throw new Error('the use case failed after raising the event');
      }),
    ).rejects.toThrow('the use case failed');
    expect(await deliveries()).toHaveLength(0);
    expect(bus.events).toHaveLength(0);

    await raise('membership.enrollment_changed', { enrollmentId: 'e-1' });
    expect(await deliveries()).toHaveLength(0);

    const level = await raise('partner_connect.level_changed', { from: 'SELECT', to: 'ADVANCED' });
    const rows = await deliveries();
    expect(rows.map((row) => [row.subscriptionId, row.eventId, row.status])).toEqual([[wantsAll.subscription.id, level.id, WebhookDeliveryStatus.PENDING]]);
    expect(rows[0].subscriptionId).not.toBe(other.subscription.id);
  });

  it('NOT-1: a failing receiver is retried with exponential backoff (30 s, then 60 s, at the exact instant) and the delivery ends FAILED', async () => {
    const failing = await receiver(() => 500);
    await subscribe(failing, ['*']);
    const event = await raise('support.case_breached', { caseId: 'c-1' });
    const t0 = clock.now().getTime();

    expect(await module.dispatcher.runOnce(admin)).toEqual(expect.objectContaining({ claimed: 1, retrying: 1 }));
    let [delivery] = await deliveries();
    expect(delivery.nextAttemptAt.getTime()).toBe(t0 + 30 * SECOND);

    clock.set(new Date(t0 + 30 * SECOND - 1));
    expect((await module.dispatcher.runOnce(admin)).claimed).toBe(0);
    clock.set(new Date(t0 + 30 * SECOND));
    expect(await module.dispatcher.runOnce(admin)).toEqual(expect.objectContaining({ claimed: 1, retrying: 1 }));
    [delivery] = await deliveries();
    expect(delivery.nextAttemptAt.getTime()).toBe(t0 + 90 * SECOND);

    clock.set(new Date(t0 + 90 * SECOND - 1));
    expect((await module.dispatcher.runOnce(admin)).claimed).toBe(0);
    clock.set(new Date(t0 + 90 * SECOND));
    expect(await module.dispatcher.runOnce(admin)).toEqual(expect.objectContaining({ claimed: 1, failed: 1 }));

    [delivery] = await deliveries();
    expect(delivery).toEqual(expect.objectContaining({ status: WebhookDeliveryStatus.FAILED, attemptCount: 3, attemptsLeft: 0, lastStatus: 500 }));
    expect((await attempts()).map((a) => [a.attempt, a.at.getTime() - t0, a.httpStatus, a.succeeded])).toEqual([
      [1, 0, 500, false],
      [2, 30 * SECOND, 500, false],
      [3, 90 * SECOND, 500, false],
    ]);
    expect(failing.received.map((r) => header(r, WebhookHeaders.EVENT_ID))).toEqual([event.id, event.id, event.id]);
    clock.advance(3_600 * SECOND);
    expect((await module.dispatcher.runOnce(admin)).claimed).toBe(0);
    const subscription = await db.manager.findOneByOrFail(WebhookSubscription, { id: delivery.subscriptionId });
    expect(subscription).toEqual(expect.objectContaining({ status: WebhookSubscriptionStatus.ACTIVE, consecutiveFailures: 1 }));
  });

  it('NOT-1: a subscription whose deliveries keep failing is disabled with a reason and reported as a notices.webhook_subscription_disabled notice', async () => {
    const failing = await receiver(() => 500);
    const watcher = await receiver();
    const bad = await subscribe(failing, ['support.*']);
    await subscribe(watcher, [`notice.${NoticesNoticeKinds.WEBHOOK_SUBSCRIPTION_DISABLED}`]);
    await raise('support.case_breached', { caseId: 'c-1' });
    await raise('support.case_breached', { caseId: 'c-2' });

    const t0 = clock.now().getTime();
    await module.dispatcher.runOnce(admin);
    clock.set(new Date(t0 + 30 * SECOND));
    await module.dispatcher.runOnce(admin);
    clock.set(new Date(t0 + 90 * SECOND));
    const last = await module.dispatcher.runOnce(admin);
    expect(last).toEqual(expect.objectContaining({ failed: 2, disabledSubscriptionIds: [bad.subscription.id] }));

    const subscription = await db.manager.findOneByOrFail(WebhookSubscription, { id: bad.subscription.id });
    expect(subscription.status).toBe(WebhookSubscriptionStatus.DISABLED);
    expect(subscription.disabledAt?.getTime()).toBe(t0 + 90 * SECOND);
    expect(subscription.disabledReason).toMatch(/2 deliveries in a row failed after 3 attempts each; last error: receiver answered HTTP 500/);
    const notices = await db.manager.find(Notice);
    expect(notices.map((n) => [n.kind, n.subjectId, n.dueAt.getTime()])).toEqual([
      [NoticesNoticeKinds.WEBHOOK_SUBSCRIPTION_DISABLED, bad.subscription.id, t0 + 90 * SECOND],
    ]);

    // The report reaches the subscriptions that want it, not the disabled one.
    await module.dispatcher.runOnce(admin);
    expect(watcher.received.map((r) => JSON.parse(r.rawBody).type)).toEqual([`notice.${NoticesNoticeKinds.WEBHOOK_SUBSCRIPTION_DISABLED}`]);
    expect(watcher.received[0].check.valid).toBe(true);

    // Disabled: new events are not queued for it, and nothing is sent.
    await raise('support.case_breached', { caseId: 'c-3' });
    expect((await deliveries()).filter((d) => d.subscriptionId === bad.subscription.id)).toHaveLength(2);
    expect(failing.received).toHaveLength(6);

    // Enabled again: the failure count restarts.
    const enabled = await runUnitOfWork(admin, () => module.webhooks.enable(admin, bad.subscription.id));
    expect(enabled).toEqual(expect.objectContaining({ status: WebhookSubscriptionStatus.ACTIVE, consecutiveFailures: 0, disabledReason: null }));
  });

  it('NOT-1: refused connections, timeouts and redirects are failed attempts logged with their error', async () => {
    const closed = await receiver();
    const closedUrl = closed.url;
    await closed.close();
    receivers.splice(receivers.indexOf(closed), 1);
    // A receiver that never answers: its request times out.
    const hanging = await startHanging();
    const redirecting = await receiver(() => 302);
    module = createNoticesModule({ rules: () => [], webhookKey: WEBHOOK_KEY, options: { ...TEST_OPTIONS, requestTimeoutMs: 300 } });
    module.attach(bus);
    await subscribe(closedUrl, ['*']);
    await subscribe(hanging.url, ['*']);
    await subscribe(redirecting, ['*']);
    await raise('support.case_breached', { caseId: 'c-1' });
    try {
      const report = await module.dispatcher.runOnce(admin);
      expect(report).toEqual(expect.objectContaining({ claimed: 3, retrying: 3 }));
    } finally {
      await hanging.close();
    }
    const errors = (await attempts()).map((a) => [a.httpStatus, a.error]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [null, expect.stringMatching(/ECONNREFUSED/)],
        [null, 'no answer within 300 ms'],
        [302, 'receiver answered HTTP 302'],
      ]),
    );
  });

  it('NOT-1: a delivery whose process died mid-delivery is delivered after restart once its lease expires, with the same event id', async () => {
    const endpoint = await receiver();
    await subscribe(endpoint, ['releases.milestone_reached']);
    const event = await raise('releases.milestone_reached', { releaseId: 'r-1', milestone: 'GA' });

    // The first process claims the delivery and sends it, then dies before recording the outcome.
    const claimed = (await module.dispatcher.claimNext(admin))!;
    expect(claimed.delivery.leaseUntil?.getTime()).toBe(clock.now().getTime() + 30 * SECOND);
    await module.dispatcher.send(admin, claimed);
    expect(endpoint.received).toHaveLength(1);

    // After a restart: a new module and dispatcher share nothing with the dead one but the database.
    const restarted = createNoticesModule({ rules: () => [], webhookKey: WEBHOOK_KEY, options: TEST_OPTIONS });
    clock.advance(30 * SECOND);
    expect((await restarted.dispatcher.runOnce(admin)).claimed).toBe(0);
    clock.advance(1);
    expect(await restarted.dispatcher.runOnce(admin)).toEqual(expect.objectContaining({ claimed: 1, delivered: 1 }));

    expect(endpoint.received.map((r) => header(r, WebhookHeaders.EVENT_ID))).toEqual([event.id, event.id]);
    expect(endpoint.received.every((r) => r.check.valid)).toBe(true);
    const [delivery] = await deliveries();
    expect(delivery).toEqual(expect.objectContaining({ status: WebhookDeliveryStatus.DELIVERED, attemptCount: 1, leaseToken: null }));

    // The dead process's late completion finds its lease gone and changes nothing.
    expect(await module.dispatcher.complete(admin, claimed, { at: clock.now(), httpStatus: 500, error: 'late', durationMs: 1 })).toBeNull();
    expect((await deliveries())[0].status).toBe(WebhookDeliveryStatus.DELIVERED);
  });

  it('NOT-1: two dispatchers never claim the same delivery while its lease holds', async () => {
    const endpoint = await receiver();
    await subscribe(endpoint, ['*']);
    await raise('support.case_breached', { caseId: 'c-1' });
    const other = createNoticesModule({ rules: () => [], webhookKey: WEBHOOK_KEY, options: TEST_OPTIONS });
    const first = await module.dispatcher.claimNext(admin);
    const second = await other.dispatcher.claimNext(admin);
    expect(first).not.toBeNull();
    expect(second).toBeNull();
  });

  it('NOT-1: start() sends on a timer until stop()', async () => {
    const endpoint = await receiver();
    await subscribe(endpoint, ['*']);
    await raise('support.case_breached', { caseId: 'c-1' });
    module.dispatcher.start(() => testContext(db, { clock, bus }), 10);
    try {
      for (let i = 0; i < 200 && endpoint.received.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      await module.dispatcher.stop();
    }
    expect(endpoint.received).toHaveLength(1);
    expect((await deliveries())[0].status).toBe(WebhookDeliveryStatus.DELIVERED);
  });

  describe('GraphQL', () => {
    const as = (role: Role, partnerId?: string, scopes: string[] = []) => testContext(db, { clock, bus, role, partnerId, scopes, name: `${role} key` });
    const create = `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
      secret subscription { id url eventKinds status consecutiveFailures } userErrors { code field message } } }`;

    it('NOT-1: createWebhookSubscription shows the secret once; no query returns it again', async () => {
      const result = await runGraphql<{ createWebhookSubscription: { secret: string; subscription: { id: string; status: string } } }>(schema, admin, create, {
        input: { url: 'https://hooks.example.com/alliance', eventKinds: ['notice.*', 'certification.listing_removed'] },
      });
      expect(result.errors).toBeUndefined();
      const { secret, subscription } = result.data!.createWebhookSubscription;
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(subscription.status).toBe('ACTIVE');
      const type = schema.getType('WebhookSubscription') as unknown as { getFields(): Record<string, unknown> };
      // Only the secret's version and rotation instant are readable; the secret is never stored.
      expect(
        Object.keys(type.getFields())
          .filter((name) => /secret/i.test(name))
          .sort(),
      ).toEqual(['secretRotatedAt', 'secretVersion']);
      const rows = await db.manager.query('SELECT * FROM ntc_webhook_subscription');
      expect(JSON.stringify(rows)).not.toContain(secret);
      const listed = await runGraphql(schema, admin, `{ webhookSubscriptions { edges { node { id url eventKinds } } } }`);
      expect(JSON.stringify(listed.data)).not.toContain(secret);
      expect(JSON.stringify(listed.data)).toContain(subscription.id);
    });

    it('NOT-1: a subscription URL that is not http(s), or a malformed event kind, is refused naming the field; nothing is created', async () => {
      for (const [input, field] of [
        [{ url: 'ftp://files.example.com/in', eventKinds: ['*'] }, 'input.url'],
        [{ url: 'https://hooks.example.com', eventKinds: [] }, 'input.eventKinds'],
        [{ url: 'https://hooks.example.com', eventKinds: ['Certification Listing'] }, 'input.eventKinds'],
      ] as const) {
        const result = await runGraphql(schema, admin, create, { input });
        expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].extensions?.field).toBe(field);
      }
      expect(await db.manager.count(WebhookSubscription)).toBe(0);
    });

    it('NOT-1: loopback, private, link-local and non-http targets are refused at subscription naming input.url; nothing is created', async () => {
      const strict = createNoticesModule({ rules: () => [], webhookKey: WEBHOOK_KEY });
      const strictSchema = await createTestSchema([strict]);
      for (const url of [
        'http://169.254.169.254/latest/meta-data/',
        'http://127.0.0.1:8080/hook',
        'http://localhost:8080/hook',
        'http://10.1.2.3/hook',
        'http://192.168.1.10/hook',
        'http://172.16.0.5/hook',
        'http://[::1]:4000/hook',
        'http://[::ffff:127.0.0.1]/hook',
        'http://[fe80::1]/hook',
        'http://0.0.0.0/hook',
        'https://user:pass@hooks.example.com/hook',
      ]) {
        const result = await runGraphql<{ createWebhookSubscription: { userErrors: { code: string; field: string; message: string }[] } }>(
          strictSchema,
          admin,
          create,
          {
            input: { url, eventKinds: ['*'] },
          },
        );
        expect(result.data?.createWebhookSubscription.userErrors).toEqual([
          expect.objectContaining({ code: 'WEBHOOK_TARGET_NOT_ALLOWED', field: 'input.url' }),
        ]);
      }
      expect(await db.manager.count(WebhookSubscription)).toBe(0);
      const publicTarget = await runGraphql<{ createWebhookSubscription: { userErrors: unknown[] } }>(strictSchema, admin, create, {
        input: { url: 'https://93.184.215.14/hook', eventKinds: ['*'] },
      });
      expect(publicTarget.data?.createWebhookSubscription.userErrors).toEqual([]);
    });

    it('NOT-1: a delivery to a host that resolves to a loopback address is refused at delivery, after DNS resolution', async () => {
      const endpoint = await receiver();
      // Created while private targets were allowed (local development)...
      const port = new URL(endpoint.url).port;
      await subscribe(`http://localhost:${port}/hooks`, ['*']);
      await raise('support.case_breached', { caseId: 'c-1' });
      // ...then delivered by a platform that no longer allows them.
      const strict = createNoticesModule({ rules: () => [], webhookKey: WEBHOOK_KEY, options: { ...TEST_OPTIONS, allowPrivateTargets: false } });
      expect(await strict.dispatcher.runOnce(admin)).toEqual(expect.objectContaining({ claimed: 1, retrying: 1 }));
      expect(endpoint.received).toHaveLength(0);
      expect((await attempts())[0].error).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address; webhook targets must be public$/);
    });

    it('NOT-1: rotating a secret shows the new one once; for 24 hours deliveries verify with either secret, then with the new one only', async () => {
      const endpoint = await receiver();
      const { subscription, secret: first } = await subscribe(endpoint, ['*']);
      const rotate = `mutation ($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret subscription { id secretVersion secretRotatedAt } userErrors { code field } } }`;
      const rotated = await runGraphql<{ rotateWebhookSecret: { secret: string; subscription: { secretVersion: number; secretRotatedAt: string } } }>(
        schema,
        admin,
        rotate,
        {
          input: { subscriptionId: subscription.id },
        },
      );
      expect(rotated.errors).toBeUndefined();
      const second = rotated.data!.rotateWebhookSecret.secret;
      expect(second).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(second).not.toBe(first);
      expect(rotated.data!.rotateWebhookSecret.subscription).toEqual({ id: subscription.id, secretVersion: 2, secretRotatedAt: clock.now().toISOString() });
      expect(JSON.stringify(await db.manager.query('SELECT * FROM ntc_webhook_subscription'))).not.toContain(second);

      // The receiver still holds the old secret: the delivery verifies during the grace period...
      endpoint.secret = first;
      await raise('support.case_breached', { caseId: 'c-1' });
      await module.dispatcher.runOnce(admin);
      expect(endpoint.received.at(-1)?.check.valid).toBe(true);
      endpoint.secret = second;
      expect(verifySignature(second, endpoint.received.at(-1)!.headers, endpoint.received.at(-1)!.rawBody, 300, clock.now()).valid).toBe(true);
      // ...and 24 hours after the rotation only the new secret signs.
      clock.advance(24 * 3_600 * SECOND);
      await raise('support.case_breached', { caseId: 'c-2' });
      await module.dispatcher.runOnce(admin);
      const last = endpoint.received.at(-1)!;
      expect(last.check.valid).toBe(true);
      expect(verifySignature(first, last.headers, last.rawBody, 300, clock.now()).valid).toBe(false);
    });

    it('NOT-1: a batch larger than the concurrency is sent by lanes that share no transaction: every delivery settles once', async () => {
      const endpoint = await receiver();
      await subscribe(endpoint, ['*']);
      for (let i = 0; i < 12; i += 1) await raise('support.case_breached', { caseId: `c-${i}` });
      const report = await module.dispatcher.runOnce(admin);
      expect(report).toEqual(expect.objectContaining({ claimed: 12, delivered: 12 }));
      expect(endpoint.received).toHaveLength(12);
      expect(new Set(endpoint.received.map((r) => header(r, WebhookHeaders.EVENT_ID))).size).toBe(12);
      expect((await deliveries()).every((d) => d.status === WebhookDeliveryStatus.DELIVERED && d.leaseToken === null)).toBe(true);
      expect(await attempts()).toHaveLength(12);
    });

    it('NOT-1: only admins manage subscriptions; webhooks:read integrations read them; PARTNER keys cannot', async () => {
      const input = { url: 'https://hooks.example.com/alliance', eventKinds: ['*'] };
      expect((await runGraphql(schema, as(Role.PROGRAM_MANAGER), create, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await runGraphql(schema, as(Role.PARTNER, PARTNER_A), `{ webhookSubscriptions { edges { node { id } } } }`)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      const reader = await runGraphql(schema, as(Role.INTEGRATION, undefined, ['webhooks:read']), `{ webhookDeliveries { edges { node { id } } } }`);
      expect(reader.errors).toBeUndefined();
    });

    it('NOT-1: webhookDeliveries lists each attempt; disable, enable and redeliver refuse the wrong state with a code and field', async () => {
      const failing = await receiver(() => 503);
      const { subscription } = await subscribe(failing, ['*']);
      const event = await raise('support.case_breached', { caseId: 'c-1' });
      await module.dispatcher.runOnce(admin);

      const listed = await runGraphql<{
        webhookDeliveries: {
          edges: { node: { id: string; eventId: string; status: string; attempts: { attempt: number; httpStatus: number; error: string }[] } }[];
        };
      }>(
        schema,
        admin,
        `query ($sub: ID, $status: WebhookDeliveryStatus) { webhookDeliveries(subscriptionId: $sub, status: $status) { edges { node { id eventId status attemptCount attemptsLeft nextAttemptAt body attempts { attempt at httpStatus error durationMs } } } } }`,
        { sub: subscription.id, status: 'PENDING' },
      );
      expect(listed.errors).toBeUndefined();
      const node = listed.data!.webhookDeliveries.edges[0].node;
      expect(node.eventId).toBe(event.id);
      expect(node.attempts).toEqual([expect.objectContaining({ attempt: 1, httpStatus: 503, error: 'receiver answered HTTP 503' })]);

      const redeliver = `mutation ($id: ID!) { redeliverWebhook(input: { deliveryId: $id }) { delivery { status attemptsLeft } userErrors { code field } } }`;
      const pending = await runGraphql<{ redeliverWebhook: { userErrors: { code: string; field: string }[] } }>(schema, admin, redeliver, { id: node.id });
      expect(pending.data?.redeliverWebhook.userErrors).toEqual([{ code: 'WEBHOOK_DELIVERY_PENDING', field: 'input.deliveryId' }]);

      const disable = `mutation ($id: ID!) { disableWebhookSubscription(input: { subscriptionId: $id, reason: "endpoint moved" }) { subscription { status disabledReason } userErrors { code field } } }`;
      const enable = `mutation ($id: ID!) { enableWebhookSubscription(input: { subscriptionId: $id }) { subscription { status } userErrors { code field } } }`;
      const off = await runGraphql<{ disableWebhookSubscription: { subscription: { status: string; disabledReason: string } } }>(schema, admin, disable, {
        id: subscription.id,
      });
      expect(off.data?.disableWebhookSubscription.subscription).toEqual({ status: 'DISABLED', disabledReason: 'endpoint moved' });
      const twice = await runGraphql<{ disableWebhookSubscription: { userErrors: unknown[] } }>(schema, admin, disable, { id: subscription.id });
      expect(twice.data?.disableWebhookSubscription.userErrors).toEqual([{ code: 'WEBHOOK_SUBSCRIPTION_ALREADY_DISABLED', field: 'input.subscriptionId' }]);

      // While disabled its pending delivery waits, even when due.
      clock.advance(3_600 * SECOND);
      expect((await module.dispatcher.runOnce(admin)).claimed).toBe(0);
      failing.answer = () => 200;
      expect(
        (await runGraphql<{ enableWebhookSubscription: { subscription: { status: string } } }>(schema, admin, enable, { id: subscription.id })).data
          ?.enableWebhookSubscription.subscription.status,
      ).toBe('ACTIVE');
      expect(await module.dispatcher.runOnce(admin)).toEqual(expect.objectContaining({ delivered: 1 }));

      const again = await runGraphql<{ redeliverWebhook: { delivery: { status: string; attemptsLeft: number }; userErrors: unknown[] } }>(
        schema,
        admin,
        redeliver,
        { id: node.id },
      );
      expect(again.data?.redeliverWebhook).toEqual({ delivery: { status: 'PENDING', attemptsLeft: 3 }, userErrors: [] });
      await module.dispatcher.runOnce(admin);
      expect(failing.received.map((r) => header(r, WebhookHeaders.EVENT_ID))).toEqual([event.id, event.id, event.id]);

      const missing = await runGraphql<{ enableWebhookSubscription: { userErrors: unknown[] } }>(schema, admin, enable, {
        id: '01900000-0000-7000-8000-0000000000ff',
      });
      expect(missing.data?.enableWebhookSubscription.userErrors).toEqual([{ code: 'WEBHOOK_SUBSCRIPTION_NOT_FOUND', field: 'input.subscriptionId' }]);
    });
  });
});
