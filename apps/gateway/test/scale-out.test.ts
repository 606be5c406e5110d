import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';
import { Role, runUnitOfWork } from '@alliance/kernel';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/data-source';
import { migrationsApplied, runMigrations } from '../src/migrate';
import { createModules } from '../src/modules';
import { createGateway, Gateway } from '../src/server';
import { scratchDatabase, ScratchDatabase } from './support/harness';

/**
 * Several gateways on one PostgreSQL database, as an operator runs them: three processes of
 * the real entry point (`src/main.ts`) started at the same moment on a fresh database, then
 * the races that must hold across processes. PostgreSQL only: SQLite is one process's file.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;

jest.setTimeout(900_000);

const RATE_LIMIT = 200;
const SLOW_RECEIVER_MS = 2_500;

interface Child {
  process: ChildProcess;
  port: number;
  output: string[];
  exitCode: number | null;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

function startGatewayProcess(env: NodeJS.ProcessEnv, port: number): Child {
  const child: Child = { process: null as unknown as ChildProcess, port, output: [], exitCode: null };
  child.process = spawn(process.execPath, ['-r', resolve(__dirname, 'support/ts-register.js'), resolve(__dirname, '../src/main.ts')], {
    env: {
      ...process.env,
      ...env,
      TZ: 'UTC',
      HOST: '127.0.0.1',
      PORT: String(port),
      HOUSEKEEPING_INTERVAL_SECONDS: '0',
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.process.stdout?.on('data', (chunk: Buffer) => child.output.push(chunk.toString()));
  child.process.stderr?.on('data', (chunk: Buffer) => child.output.push(chunk.toString()));
  child.process.on('exit', (code) => (child.exitCode = code ?? -1));
  return child;
}

async function until(test: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function healthy(child: Child): Promise<boolean> {
  if (child.exitCode !== null) throw new Error(`gateway on port ${child.port} exited with ${child.exitCode}:\n${child.output.join('')}`);
  try {
    return (await fetch(`http://127.0.0.1:${child.port}/healthz`, { signal: AbortSignal.timeout(5_000) })).status === 200;
  } catch {
    return false;
  }
}

describeOnPostgres('three gateway processes on one PostgreSQL database', () => {
  let scratch: ScratchDatabase;
  let children: Child[] = [];
  let admin: Gateway;
  let receiver: Server;
  let receiverUrl: string;
  const received: string[] = [];

  async function gql<T = any>(on: number, key: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const response = await fetch(`http://127.0.0.1:${children[on % children.length].port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, any> }[] },
    };
  }

  async function mintKey(role: Role, partnerId: string | null = null): Promise<string> {
    const ctx = admin.systemContext();
    return (await runUnitOfWork(ctx, () => admin.modules.access.keys.mint(ctx, { name: `${role} scale-out key`, role, partnerId, scopes: [] }))).secret;
  }

  async function partnerWithTap(key: string, name: string): Promise<{ partnerId: string }> {
    const created = await gql(0, key, `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`, {
      input: { name, joinedOn: '2020-01-01' },
    });
    const partnerId = created.body.data.createPartner.partner.id as string;
    await gql(1, key, `mutation($input: RecordNetworkMembershipInput!) { recordTapMembership(input: $input) { userErrors { code } } }`, {
      input: { partnerId, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2099-12-31T23:59:59.999Z' },
    });
    return { partnerId };
  }

  async function chargeCertification(on: number, key: string, partnerId: string): Promise<string> {
    const charged = await gql(on, key, `mutation($input: ChargeFeeInput!) { chargeFee(input: $input) { invoice { id } userErrors { code message } } }`, {
      input: { partnerId, feeKind: 'CERTIFICATION' },
    });
    const invoice = charged.body.data?.chargeFee.invoice;
    if (!invoice) throw new Error(JSON.stringify(charged.body));
    return invoice.id as string;
  }

  const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { userErrors { code message } } }`;

  beforeAll(async () => {
    scratch = await scratchDatabase();
    receiver = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        received.push(String(request.headers['alliance-event-id']));
        setTimeout(() => response.writeHead(200).end(), SLOW_RECEIVER_MS);
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

    // The same moment: no process waits for another before it starts migrating.
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    children = ports.map((port) => startGatewayProcess(scratch.env, port));
    await until(async () => (await Promise.all(children.map(healthy))).every(Boolean), 180_000, 'three gateways to serve');
    admin = await createGateway({ config: loadConfig(scratch.env), logger: false });
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.process.kill('SIGKILL');
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.process.once('exit', r)) : null)));
    if (admin) await admin.close();
    await new Promise((r) => receiver.close(r));
    receiver.closeAllConnections?.();
    if (scratch) await scratch.drop();
  });

  it('all three start at the same moment on a fresh database and serve: migrations run once, under a lock', async () => {
    expect(children.map((child) => child.exitCode)).toEqual([null, null, null]);
    const applied: { name: string }[] = await admin.dataSource.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.length).toBe(admin.dataSource.migrations.length);
    expect(new Set(applied.map((row) => row.name)).size).toBe(applied.length);
    const key = await mintKey(Role.ADMIN);
    for (let i = 0; i < 3; i += 1) expect((await gql(i, key, `{ viewer { role } }`)).body.data?.viewer.role).toBe('ADMIN');
  });

  it('migrations started by five data sources at once on another fresh database apply once; none fails', async () => {
    const fresh = await scratchDatabase();
    const sources = Array.from({ length: 5 }, () => createDataSource(fresh.database, createModules().all));
    try {
      await Promise.all(sources.map((source) => source.initialize()));
      const applied = await Promise.allSettled(sources.map((source) => runMigrations(source)));
      expect(applied.filter((result) => result.status === 'rejected')).toEqual([]);
      const names = applied.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
      expect(names).toHaveLength(sources[0].migrations.length);
      expect(await migrationsApplied(sources[0])).toBe(true);
    } finally {
      await Promise.all(sources.map((source) => (source.isInitialized ? source.destroy() : null)));
      await fresh.drop();
    }
  });

  it('FEE-2: six requests for the last entitlement spread over three processes: exactly one succeeds', async () => {
    const key = await mintKey(Role.ADMIN);
    const { partnerId } = await partnerWithTap(key, 'Scale Race Co');
    const invoiceId = await chargeCertification(0, key, partnerId);
    expect((await gql(1, key, PAY, { input: { invoiceId, amount: { amountMinor: 100_000, currency: 'USD' } } })).body.data?.recordPayment.userErrors).toEqual(
      [],
    );
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        gql(i, key, `mutation($input: OpenServiceRequestInput!) { openServiceRequest(input: $input) { entitlement { remaining } userErrors { code } } }`, {
          input: { partnerId, kind: 'CERTIFICATION_SUBMISSION', reference: `scale-race-${i}` },
        }),
      ),
    );
    expect(results.every((r) => !r.body.errors)).toBe(true);
    const outcomes = results.map((r) => r.body.data.openServiceRequest);
    expect(outcomes.filter((o) => o.userErrors.length === 0)).toHaveLength(1);
    expect(outcomes.filter((o) => o.userErrors[0]?.code === 'ENTITLEMENT_EXHAUSTED')).toHaveLength(5);
  });

  it('an Idempotency-Key replays across processes; the same key with another input is refused', async () => {
    const key = await mintKey(Role.ADMIN);
    const { partnerId } = await partnerWithTap(key, 'Scale Idempotent Co');
    const CHARGE = `mutation($input: ChargeFeeInput!) { chargeFee(input: $input) { invoice { id } userErrors { code } } }`;
    const first = await gql(0, key, CHARGE, { input: { partnerId, feeKind: 'CERTIFICATION' } }, { 'idempotency-key': 'scale-charge-1' });
    const second = await gql(1, key, CHARGE, { input: { partnerId, feeKind: 'CERTIFICATION' } }, { 'idempotency-key': 'scale-charge-1' });
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    const other = await gql(2, key, CHARGE, { input: { partnerId, feeKind: 'TSANET_MEMBER_DUES' } }, { 'idempotency-key': 'scale-charge-1' });
    expect(other.status).toBe(422);
    const invoices = await gql(2, key, `query($id: ID!) { invoices(partnerId: $id, first: 10) { edges { node { id } } } }`, { id: partnerId });
    expect(invoices.body.data.invoices.edges).toHaveLength(1);
  });

  it('the rate limit is one budget per key across processes', async () => {
    // Stay inside one one-minute window.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 100));
    const key = await mintKey(Role.PROGRAM_MANAGER);
    const statuses = await Promise.all(Array.from({ length: RATE_LIMIT + 30 }, (_, i) => gql(i, key, `{ viewer { role } }`).then((r) => r.status)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(RATE_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(30);
  });

  it('NOT-1: 60 payments while a slow receiver answers after 2.5 s: exactly 60 deliveries, one per event id, and no dispatch failure', async () => {
    const key = await mintKey(Role.ADMIN);
    const ctx = admin.systemContext();
    await runUnitOfWork(ctx, () => admin.modules.notices.webhooks.createSubscription(ctx, { url: receiverUrl, eventKinds: ['fees.payment_received'] }));
    const { partnerId } = await partnerWithTap(key, 'Scale Webhook Co');
    const invoiceIds: string[] = [];
    for (let i = 0; i < 60; i += 1) invoiceIds.push(await chargeCertification(i, key, partnerId));
    const paid = await Promise.all(
      invoiceIds.map((invoiceId, i) => gql(i, key, PAY, { input: { invoiceId, amount: { amountMinor: 100_000, currency: 'USD' } } })),
    );
    expect(paid.every((r) => r.body.data?.recordPayment.userErrors.length === 0)).toBe(true);
    const eventIds: string[] = (await admin.dataSource.query(`SELECT "eventId" FROM ntc_webhook_delivery`)).map((row: { eventId: string }) => row.eventId);
    expect(new Set(eventIds).size).toBe(60);

    const settled = async () => Number((await admin.dataSource.query(`SELECT COUNT(*) AS n FROM ntc_webhook_delivery WHERE status = 'DELIVERED'`))[0].n) === 60;
    await until(settled, 120_000, 'every delivery to be DELIVERED');
    // Past a whole lease, nothing is sent again.
    await new Promise((r) => setTimeout(r, 35_000));
    expect(received).toHaveLength(60);
    expect(new Set(received).size).toBe(60);
    expect([...received].sort()).toEqual([...eventIds].sort());
    const logs = children.map((child) => child.output.join('')).join('\n');
    expect(logs).not.toMatch(/webhook dispatch failed|Query runner already released/);
  });

  it('NOT-1: a process killed by SIGKILL with deliveries in flight: every event still arrives, with its event id (duplicates counted)', async () => {
    received.length = 0;
    const key = await mintKey(Role.ADMIN);
    const { partnerId } = await partnerWithTap(key, 'Scale Kill Co');
    const invoiceIds: string[] = [];
    for (let i = 0; i < 30; i += 1) invoiceIds.push(await chargeCertification(i, key, partnerId));
    const before = new Set<string>((await admin.dataSource.query(`SELECT "eventId" FROM ntc_webhook_delivery`)).map((row: { eventId: string }) => row.eventId));

    // Only the first process sends while the events are raised: the other two are paused, so
    // the deliveries in flight when it dies are certainly its own.
    const [victim, ...others] = children;
    for (const other of others) other.process.kill('SIGSTOP');
    try {
      await Promise.all(invoiceIds.map((invoiceId) => gql(0, key, PAY, { input: { invoiceId, amount: { amountMinor: 100_000, currency: 'USD' } } })));
      await until(() => received.length >= 4, 60_000, 'deliveries in flight');
      victim.process.kill('SIGKILL');
      await until(() => victim.exitCode !== null, 10_000, 'the killed process to exit');
    } finally {
      for (const other of others) other.process.kill('SIGCONT');
    }
    const inFlight = [...received];
    const eventIds: string[] = (await admin.dataSource.query(`SELECT "eventId" FROM ntc_webhook_delivery`))
      .map((row: { eventId: string }) => row.eventId)
      .filter((id: string) => !before.has(id));
    expect(new Set(eventIds).size).toBe(30);

    // The survivors take over each lost delivery when its lease (30 s by default) runs out.
    await until(() => eventIds.every((id) => received.includes(id)), 180_000, 'every event to arrive');
    await until(
      async () => Number((await admin.dataSource.query(`SELECT COUNT(*) AS n FROM ntc_webhook_delivery WHERE status <> 'DELIVERED'`))[0].n) === 0,
      120_000,
      'every delivery to settle',
    );
    const counts = new Map<string, number>();
    for (const id of received) counts.set(id, (counts.get(id) ?? 0) + 1);
    const duplicates = [...counts].filter(([, n]) => n > 1);
    console.log(
      `after SIGKILL: ${eventIds.length} events, ${received.length} POSTs, ${inFlight.length} in flight when killed, ` +
        `${duplicates.length} delivered twice (at least once, same event id): ${duplicates.map(([id, n]) => `${id}×${n}`).join(', ') || 'none'}`,
    );
    // What was in flight is sent again (the receiver drops it by event id); nothing else is.
    expect(duplicates.map(([id]) => id).sort()).toEqual([...new Set(inFlight)].sort());
    expect(duplicates.every(([, n]) => n === 2)).toBe(true);
  });
});
