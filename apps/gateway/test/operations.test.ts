import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo, createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock, Role } from '@alliance/kernel';
import { runHousekeeping } from '../src/housekeeping';
import { createTracing } from '../src/observability/tracing';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import { startGatewayProcess } from './support/processes';

/** The value of one sample in Prometheus text format, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .sort();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',').filter(Boolean).sort();
    if (have.length === wanted.length && have.every((pair, index) => pair === wanted[index])) return Number(match[3]);
  }
  return undefined;
}

async function scrape(t: TestGateway, headers: Record<string, string> = {}) {
  return t.gateway.app.inject({ method: 'GET', url: '/metrics', headers });
}

async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe(`readiness on ${onDatabase}`, () => {
  it('/readyz is 200 when the database answers and every migration is applied', async () => {
    const t = await startTestGateway();
    try {
      const response = await t.gateway.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ready', failed: [], checks: { database: { status: 'ok' }, migrations: { status: 'ok' } } });
    } finally {
      await t.close();
    }
  });

  it('/readyz is 503 naming the migrations check when a migration this build knows is not applied', async () => {
    const t = await startTestGateway();
    try {
      const { dataSource } = t.gateway;
      const [latest] = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).slice(-1);
      await t.gateway.db.exclusive(() => dataSource.query(`DELETE FROM migrations WHERE name = '${latest}'`));
      const response = await t.gateway.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        status: 'not_ready',
        failed: ['migrations'],
        checks: { database: { status: 'ok' }, migrations: { status: 'failed', error: '1 migration(s) not applied', pending: [latest] } },
      });
      // /healthz stays a liveness check: the process is up.
      expect((await t.gateway.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('/readyz is 503 naming the database check when the database does not answer', async () => {
    const t = await startTestGateway();
    try {
      await t.gateway.dataSource.destroy();
      const response = await t.gateway.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        status: 'not_ready',
        failed: ['database'],
        checks: {
          database: { status: 'failed', error: 'the database is unreachable' },
          migrations: { status: 'skipped', error: 'not checked: the database did not answer' },
        },
      });
      const metrics = await scrape(t);
      expect(sample(metrics.body, 'alliance_database_up')).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe(`metrics on ${onDatabase}`, () => {
  let t: TestGateway;
  let clock: FixedClock;

  beforeAll(async () => {
    clock = new FixedClock('2026-03-02T09:00:00.000Z');
    t = await startTestGateway({ clock, config: { webhookAllowPrivateTargets: true } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('/metrics answers Prometheus text without a key by default', async () => {
    const response = await scrape(t);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(response.body).toContain('# TYPE alliance_graphql_request_duration_seconds histogram');
    expect(response.body).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(sample(response.body, 'alliance_database_up')).toBe(1);
  });

  it('requests are counted by operation name and outcome, with a latency histogram', async () => {
    await t.ok(`query PartnerPage { partners(first: 5) { edges { node { id } } } }`);
    await t.ok(`query PartnerPage { partners(first: 5) { edges { node { id } } } }`);
    await t.ok(`{ viewer { role } }`);
    await t.gql(`query Broken { partners(first: 5) { edges { node { nope } } } }`);
    await t.gql(`query NoKey { viewer { role } }`, {}, null);
    await t.gql(`query Forbidden { apiKeys { id } }`, {}, await t.mintKey(Role.PARTNER_BUSINESS_MANAGER));
    const text = (await scrape(t)).body;
    expect(sample(text, 'alliance_graphql_requests_total', { operation: 'PartnerPage', outcome: 'ok' })).toBe(2);
    expect(sample(text, 'alliance_graphql_requests_total', { operation: 'anonymous', outcome: 'ok' })).toBe(1);
    // A query that fails validation never resolves an operation: its name is not trusted as a label.
    expect(sample(text, 'alliance_graphql_requests_total', { operation: 'unknown', outcome: 'rejected' })).toBe(1);
    expect(sample(text, 'alliance_graphql_requests_total', { operation: 'unknown', outcome: 'unauthenticated' })).toBe(1);
    expect(sample(text, 'alliance_graphql_requests_total', { operation: 'Forbidden', outcome: 'error' })).toBe(1);
    expect(sample(text, 'alliance_graphql_request_duration_seconds_count', { operation: 'PartnerPage', outcome: 'ok' })).toBe(2);
    expect(sample(text, 'alliance_graphql_request_duration_seconds_bucket', { operation: 'PartnerPage', outcome: 'ok', le: '+Inf' })).toBe(2);
  });

  it('an idempotent replay is counted as replayed', async () => {
    const mutation = `mutation Rename($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code } } }`;
    const headers = { 'idempotency-key': 'metrics-replay-1' };
    expect((await t.gql(mutation, { input: { name: 'Replay Co' } }, undefined, headers)).status).toBe(200);
    const replay = await t.gql(mutation, { input: { name: 'Replay Co' } }, undefined, headers);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const text = (await scrape(t)).body;
    expect(sample(text, 'alliance_graphql_requests_total', { operation: 'Rename', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'alliance_graphql_requests_total', { operation: 'unknown', outcome: 'replayed' })).toBe(1);
  });

  it('operation names are bounded: after 100 distinct names, new ones are counted as other', async () => {
    const before = (await scrape(t)).body;
    const known = new Set([...before.matchAll(/alliance_graphql_requests_total\{operation="([^"]+)"/g)].map((match) => match[1]));
    const distinct = [...known].filter((name) => !['unknown', 'anonymous', 'other'].includes(name)).length;
    for (let i = 0; i < 100 - distinct + 5; i += 1) await t.ok(`query Name${i} { viewer { role } }`);
    const text = (await scrape(t)).body;
    const labels = new Set([...text.matchAll(/alliance_graphql_requests_total\{operation="([^"]+)"/g)].map((match) => match[1]));
    expect([...labels].filter((name) => !['unknown', 'anonymous', 'other'].includes(name))).toHaveLength(100);
    expect(sample(text, 'alliance_graphql_requests_total', { operation: 'other', outcome: 'ok' })).toBe(5);
    // A name already counted keeps its own label.
    await t.ok(`query PartnerPage { partners(first: 1) { edges { node { id } } } }`);
    expect(sample((await scrape(t)).body, 'alliance_graphql_requests_total', { operation: 'PartnerPage', outcome: 'ok' })).toBe(3);
  });

  it("database queue wait: SQLite reports each unit of work's wait for its turn; PostgreSQL its pool", async () => {
    const text = (await scrape(t)).body;
    if (t.database === 'sqlite') {
      expect(sample(text, 'alliance_database_queue_wait_seconds_count')).toBeGreaterThan(0);
      expect(sample(text, 'alliance_database_pool_waiting')).toBeUndefined();
    } else {
      expect(sample(text, 'alliance_database_queue_wait_seconds_count')).toBe(0);
      expect(sample(text, 'alliance_database_pool_waiting')).toBe(0);
      expect(sample(text, 'alliance_database_pool_connections')).toBeGreaterThan(0);
    }
  });

  it('NOT-1: the webhook backlog and failed deliveries are read from the database when scraped', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/hooks`;
    const subscribed = await t.ok<{ createWebhookSubscription: { userErrors: unknown[] } }>(
      `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } userErrors { code field message } } }`,
      { input: { url, eventKinds: ['releases.milestone_reached'] } },
    );
    expect(subscribed.createWebhookSubscription.userErrors).toEqual([]);
    let text = (await scrape(t)).body;
    expect(sample(text, 'alliance_webhook_deliveries_pending')).toBe(0);
    expect(sample(text, 'alliance_webhook_oldest_pending_age_seconds')).toBe(0);

    const product = await t.ok<{ createProduct: { product: { id: string } } }>(
      `mutation { createProduct(input: { name: "Metrics Product" }) { product { id } } }`,
    );
    const release = await t.ok<{ createRelease: { release: { id: string } } }>(
      `mutation($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } } }`,
      { input: { productId: product.createProduct.product.id, kind: 'MAJOR', version: '1.0' } },
    );
    await t.ok(`mutation($input: AdvanceMilestoneInput!) { advanceMilestone(input: $input) { userErrors { code } } }`, {
      input: { releaseId: release.createRelease.release.id, milestone: 'EARLY_ACCESS', downloadUrl: 'https://downloads.example/m-1', buildType: 'BETA_TYPE' },
    });
    clock.advance(3_600_000);
    text = (await scrape(t)).body;
    expect(sample(text, 'alliance_webhook_deliveries_pending')).toBe(1);
    expect(sample(text, 'alliance_webhook_oldest_pending_age_seconds')).toBe(3600);
    expect(sample(text, 'alliance_webhook_deliveries_failed')).toBe(0);

    // The receiver never answers: every attempt fails until the delivery is FAILED.
    const ctx = () => t.gateway.systemContext('metrics-test');
    for (let attempt = 0; attempt < 8; attempt += 1) {
      await t.gateway.modules.notices.dispatcher.runOnce(ctx());
      clock.advance(2 * 3_600_000);
    }
    text = (await scrape(t)).body;
    expect(sample(text, 'alliance_webhook_deliveries_pending')).toBe(0);
    expect(sample(text, 'alliance_webhook_deliveries_failed')).toBe(1);
  });

  it('NOT-1: sweep lag is now minus the instant the last sweep covered, absent before the first sweep', async () => {
    expect(sample((await scrape(t)).body, 'alliance_notice_sweep_lag_seconds')).toBeUndefined();
    const sweptAt = clock.now();
    await runHousekeeping(t.gateway);
    let text = (await scrape(t)).body;
    expect(sample(text, 'alliance_notice_sweep_lag_seconds')).toBe(0);
    expect(sample(text, 'alliance_notice_last_sweep_timestamp_seconds')).toBe(sweptAt.getTime() / 1000);
    clock.advance(90_000);
    text = (await scrape(t)).body;
    expect(sample(text, 'alliance_notice_sweep_lag_seconds')).toBe(90);
  });
});

describe(`metrics settings on ${onDatabase}`, () => {
  it('METRICS_ENABLED=false: no /metrics route', async () => {
    const t = await startTestGateway({ config: { metricsEnabled: false } });
    try {
      expect((await scrape(t)).statusCode).toBe(404);
      expect((await t.gateway.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('METRICS_REQUIRE_KEY=true: an ADMIN key or an INTEGRATION key with metrics:read, nothing else', async () => {
    const t = await startTestGateway({ config: { metricsRequireKey: true } });
    try {
      const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
      expect((await scrape(t)).statusCode).toBe(401);
      expect((await scrape(t, bearer('alk_not-a-key'))).statusCode).toBe(401);
      expect((await scrape(t, bearer(await t.mintKey(Role.PROGRAM_MANAGER)))).statusCode).toBe(403);
      expect((await scrape(t, bearer(await t.mintKey(Role.INTEGRATION, { scopes: ['partners:read'] })))).statusCode).toBe(403);
      expect((await scrape(t, bearer(await t.mintKey(Role.INTEGRATION, { scopes: ['metrics:read'] })))).statusCode).toBe(200);
      expect((await scrape(t, bearer(t.adminKey))).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe(`field suggestions follow ALLIANCE_INTROSPECTION on ${onDatabase}`, () => {
  it.each([
    [true, true],
    [false, false],
  ])('introspection %s: "did you mean" suggestions %s', async (introspection, suggests) => {
    const t = await startTestGateway({ config: { introspection } });
    try {
      const response = await t.gql(`{ partners(first: 1) { edges { node { nam } } } }`);
      expect(response.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.body.errors?.[0].message.includes('Did you mean')).toBe(suggests);
    } finally {
      await t.close();
    }
  });
});

describe(`tracing on ${onDatabase}`, () => {
  it('off unless OTEL_EXPORTER_OTLP_ENDPOINT is set', () => {
    expect(createTracing({ otlpEndpoint: null, otelServiceName: 'alliance-gateway' })).toBeNull();
  });

  it("a span per GraphQL request, with the operation name and request id, continuing the caller's trace, sent over OTLP/HTTP", async () => {
    const bodies: { path: string; type: string; body: string }[] = [];
    const collector: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        bodies.push({ path: request.url ?? '', type: String(request.headers['content-type']), body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    // The built gateway in its own process, as deployed (the OTLP exporter loads node:http
    // with a dynamic import, which Jest's module sandbox does not run).
    const dir = mkdtempSync(join(tmpdir(), 'alliance-tracing-'));
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    let requestId = '';
    try {
      const gateway = await startGatewayProcess({
        SQLITE_PATH: join(dir, 'alliance.sqlite'),
        PORT: '0',
        ALLIANCE_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
        OTEL_SERVICE_NAME: 'alliance-test',
      });
      try {
        const response = await fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.adminKey}`, traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
          body: JSON.stringify({ query: 'query TracedPartners { partners(first: 1) { edges { node { id } } } }' }),
        });
        expect(response.status).toBe(200);
        requestId = String(response.headers.get('x-request-id'));
      } finally {
        // A clean stop sends the spans still buffered.
        expect((await gateway.stop()).code).toBe(0);
      }
    } finally {
      await new Promise((resolve) => collector.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
    expect(bodies.map((b) => [b.path, b.type])).toEqual([['/v1/traces', 'application/json']]);
    const exported = JSON.parse(bodies[0].body);
    const resource = exported.resourceSpans[0].resource.attributes;
    expect(resource).toContainEqual({ key: 'service.name', value: { stringValue: 'alliance-test' } });
    const spans = exported.resourceSpans.flatMap((r: any) => r.scopeSpans.flatMap((s: any) => s.spans));
    expect(spans).toHaveLength(1);
    const [span] = spans;
    expect(span.name).toBe('query TracedPartners');
    expect(span.traceId).toBe(traceId);
    expect(span.parentSpanId).toBe('00f067aa0ba902b7');
    const attributes = Object.fromEntries(span.attributes.map((a: any) => [a.key, Object.values(a.value)[0]]));
    expect(attributes).toMatchObject({
      'graphql.operation.name': 'TracedPartners',
      'graphql.operation.type': 'query',
      'alliance.request_id': requestId,
      'alliance.outcome': 'ok',
    });
  });
});
