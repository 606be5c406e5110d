import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role, runUnitOfWork } from '@alliance/kernel';
import { loadConfig } from '../src/config';
import { createGateway, Gateway } from '../src/server';
import { onDatabase, scratchDatabase, ScratchDatabase } from './support/harness';
import { Finished, RunningGateway, startGatewayProcess } from './support/processes';

/**
 * WORKERS=3: the built gateway as `npm start` runs it, one primary and three worker processes
 * on one port and one database (an SQLite file in WAL mode, or PostgreSQL). The races that hold
 * in one process must hold across processes: exactly one winner, no lost write, and no
 * SQLITE_BUSY or 5xx ever reaches a client.
 */
jest.setTimeout(300_000);

const WORKERS = 3;

interface Response {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

describe(`WORKERS=${WORKERS}: gateway processes sharing one database on ${onDatabase}`, () => {
  let dir: string;
  let scratch: ScratchDatabase;
  let running: RunningGateway;
  let admin: Gateway;
  let key: string;
  const statuses: number[] = [];
  const errorCodes: string[] = [];

  async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    statuses.push(response.status);
    const body = (await response.json()) as Response['body'];
    // A request refused while its Idempotency-Key is in use is an answer, not a failure.
    for (const error of body.errors ?? []) if (error.extensions?.code !== 'IDEMPOTENCY_KEY_IN_USE') errorCodes.push(String(error.extensions?.code));
    return { status: response.status, headers: response.headers, body };
  }

  async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const response = await gql(query, variables);
    if (response.body.errors?.length) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data;
  }

  /** The worker pids that logged a GraphQL request. */
  function servingPids(): Set<number> {
    const pids = running
      .stdout()
      .split('\n')
      .filter((line) => line.includes('"graphql request"'))
      .map((line) => (JSON.parse(line) as { pid: number }).pid);
    return new Set(pids);
  }

  async function partnerWithTap(name: string): Promise<string> {
    const created = await ok(`mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`, {
      input: { name, joinedOn: '2020-01-01' },
    });
    const partnerId = created.createPartner.partner.id as string;
    await ok(`mutation($input: RecordNetworkMembershipInput!) { recordTapMembership(input: $input) { userErrors { code } } }`, {
      input: { partnerId, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2099-12-31T23:59:59.999Z' },
    });
    return partnerId;
  }

  const CHARGE = `mutation($input: ChargeFeeInput!) { chargeFee(input: $input) { invoice { id } userErrors { code } } }`;
  const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { userErrors { code message } } }`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'alliance-workers-'));
    scratch = await scratchDatabase(dir);
    running = await startGatewayProcess(
      { ...scratch.env, WORKERS: String(WORKERS), PORT: '0', ALLIANCE_DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '100000', LOG_LEVEL: 'info' },
      { timeoutMs: 180_000 },
    );
    admin = await createGateway({ config: loadConfig(scratch.env), logger: false });
    const ctx = admin.systemContext();
    key = (await runUnitOfWork(ctx, () => admin.modules.access.keys.mint(ctx, { name: 'workers admin', role: Role.ADMIN, partnerId: null, scopes: [] })))
      .secret;
  });

  afterAll(async () => {
    if (running) await running.stop();
    if (admin) await admin.close();
    if (scratch) await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => {
    const [failures, codes] = [statuses.splice(0), errorCodes.splice(0)];
    expect(failures.filter((status) => status >= 500)).toEqual([]);
    expect(codes).toEqual([]);
    expect(running.stdout() + running.stderr()).not.toMatch(/SQLITE_BUSY|database is locked|request failed|failed to start/);
  });

  it(`starts one primary and ${WORKERS} workers on one port; requests are spread over the workers`, async () => {
    expect(running.stdout()).toMatch(new RegExp(`Alliance gateway on http://\\S+/graphql \\(database: .+, ${WORKERS} workers\\)`));
    // The primary hands each new connection to a worker that is free at that instant, so on a
    // busy machine one burst can miss a worker that was descheduled: bursts follow until every
    // worker has served one (a worker that never serves fails the test after 20).
    for (let burst = 0; burst < 20 && servingPids().size < WORKERS; burst++) {
      const results = await Promise.all(Array.from({ length: 30 }, () => gql(`{ viewer { role } }`)));
      expect(results.every((r) => r.body.data?.viewer.role === 'ADMIN')).toBe(true);
    }
    expect(servingPids().size).toBe(WORKERS);
  });

  it('FEE-2: twelve requests for the last entitlement over the workers: exactly one succeeds', async () => {
    const partnerId = await partnerWithTap('Workers Race Co');
    const charged = await ok(CHARGE, { input: { partnerId, feeKind: 'CERTIFICATION' } });
    await ok(PAY, { input: { invoiceId: charged.chargeFee.invoice.id, amount: { amountMinor: 100_000, currency: 'USD' } } });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gql(`mutation($input: OpenServiceRequestInput!) { openServiceRequest(input: $input) { entitlement { remaining } userErrors { code } } }`, {
          input: { partnerId, kind: 'CERTIFICATION_SUBMISSION', reference: `workers-race-${i}` },
        }),
      ),
    );
    expect(results.map((r) => r.body.errors ?? [])).toEqual(results.map(() => []));
    const outcomes = results.map((r) => r.body.data.openServiceRequest);
    expect(outcomes.filter((o) => o.userErrors.length === 0)).toHaveLength(1);
    expect(outcomes.filter((o) => o.userErrors[0]?.code === 'ENTITLEMENT_EXHAUSTED')).toHaveLength(11);
    const after = await ok(`query($id: ID!) { entitlements(partnerId: $id) { kind consumed remaining } }`, { id: partnerId });
    expect(after.entitlements.find((e: { kind: string }) => e.kind === 'CERTIFICATION_SUBMISSION')).toMatchObject({ consumed: 1, remaining: 0 });
  });

  it('one Idempotency-Key sent ten times at once over the workers: the mutation runs once; every other answer is a replay or "in use"', async () => {
    const partnerId = await partnerWithTap('Workers Idempotent Co');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => gql(CHARGE, { input: { partnerId, feeKind: 'CERTIFICATION' } }, { 'idempotency-key': 'workers-charge-1' })),
    );
    expect(results.map((r) => r.status).filter((status) => status !== 200 && status !== 409)).toEqual([]);
    const executed = results.filter((r) => r.status === 200 && r.headers.get('idempotent-replayed') !== 'true');
    expect(executed).toHaveLength(1);
    for (const replay of results.filter((r) => r.headers.get('idempotent-replayed') === 'true')) expect(replay.body).toEqual(executed[0].body);
    const invoices = await ok(`query($id: ID!) { invoices(partnerId: $id, first: 10) { edges { node { id } } } }`, { id: partnerId });
    expect(invoices.invoices.edges).toHaveLength(1);
  });

  it('no lost write: forty payments at once over the workers are all recorded, each once', async () => {
    const partnerId = await partnerWithTap('Workers Ledger Co');
    const invoiceIds: string[] = [];
    for (let i = 0; i < 40; i += 1) invoiceIds.push((await ok(CHARGE, { input: { partnerId, feeKind: 'CERTIFICATION' } })).chargeFee.invoice.id);
    const paid = await Promise.all(invoiceIds.map((invoiceId) => gql(PAY, { input: { invoiceId, amount: { amountMinor: 100_000, currency: 'USD' } } })));
    expect(paid.map((r) => r.body.data?.recordPayment.userErrors)).toEqual(paid.map(() => []));
    const invoices = await ok(`query($id: ID!) { invoices(partnerId: $id, first: 50) { edges { node { status } } } }`, { id: partnerId });
    expect(invoices.invoices.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(invoiceIds.map(() => 'PAID'));
    const entitlements = await ok(`query($id: ID!) { entitlements(partnerId: $id) { kind granted } }`, { id: partnerId });
    expect(entitlements.entitlements.find((e: { kind: string }) => e.kind === 'CERTIFICATION_SUBMISSION').granted).toBe(40);
  });

  it('PC-2 PC-12: overlapping booking batches at once over the workers: every booking recorded once, the points equal the ledger', async () => {
    const partnerId = await partnerWithTap('Workers Booker Co');
    const joined = await ok(`mutation($input: JoinBusinessModelInput!) { joinBusinessModel(input: $input) { userErrors { code } } }`, {
      input: { partnerId, model: 'SOLUTION_RESELLER' },
    });
    expect(joined.joinBusinessModel.userErrors).toEqual([]);
    const bookedAt = new Date().toISOString();
    const booking = (n: number) => ({
      bookingId: `wk-${n}`,
      partnerId,
      customerId: `cust-${n}`,
      opportunityId: `opp-${n}`,
      solution: 'Hybrid Cloud Storage',
      tcvMinor: 100_000 * (n + 1),
      currency: 'USD',
      bookedAt,
      bookingTypes: ['SUBSCRIPTION'],
    });
    // Eight batches of ten; each shares half its bookings with the next: 45 distinct bookings.
    const batches = Array.from({ length: 8 }, (_, b) => Array.from({ length: 10 }, (_, i) => booking(b * 5 + i)));
    const results = await Promise.all(
      batches.map((bookings) =>
        gql(`mutation($input: RecordBookingsInput!) { recordBookings(input: $input) { duplicateCount bookings { bookingId } userErrors { code message } } }`, {
          input: { bookings },
        }),
      ),
    );
    expect(results.map((r) => r.body.errors ?? r.body.data.recordBookings.userErrors)).toEqual(results.map(() => []));
    const recorded = results.flatMap((r) => r.body.data.recordBookings.bookings.map((b: { bookingId: string }) => b.bookingId));
    expect(recorded).toHaveLength(45);
    expect(new Set(recorded).size).toBe(45);
    expect(results.reduce((sum, r) => sum + r.body.data.recordBookings.duplicateCount, 0)).toBe(80 - 45);
    const progression = await ok(`query($id: ID!) { partnerProgression(partnerId: $id) { pointsBySource { source pointsThousandths } } }`, { id: partnerId });
    const booked = progression.partnerProgression.pointsBySource.find((s: { source: string }) => s.source === 'BOOKING');
    // $1,000 × (n + 1) is n + 1 points: 1 + 2 + … + 45.
    expect(booked.pointsThousandths).toBe(((45 * 46) / 2) * 1000);
  });

  it('a worker killed with SIGKILL is replaced and requests keep being served; SIGTERM stops them all and exits 0', async () => {
    const [victim] = [...servingPids()];
    process.kill(victim, 'SIGKILL');
    const deadline = Date.now() + 120_000;
    while (!/a gateway worker died; starting another/.test(running.stdout()) || (running.stdout().match(/Server listening at/g) ?? []).length < WORKERS + 1) {
      if (Date.now() > deadline) throw new Error(`no replacement worker:\n${running.stdout()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const results = await Promise.all(Array.from({ length: 30 }, () => gql(`{ viewer { role } }`)));
    expect(results.every((r) => r.body.data?.viewer.role === 'ADMIN')).toBe(true);
    const finished: Finished = await running.stop();
    expect(finished).toMatchObject({ code: 0, signal: null });
    expect(finished.stdout.match(/"msg":"shutting down"/g)).toHaveLength(WORKERS + 1);
  });
});
