import { FixedClock, Role } from '@alliance/kernel';
import { IdempotencyStore, fingerprint } from '../src/hardening/idempotency';
import { redact } from '../src/hardening/audit';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import { partnerWithTap } from './support/fixtures';
import { sqlCounter } from './support/sql-counter';

const nest = (depth: number): string => {
  let selection = 'id';
  for (let i = 0; i < depth; i++) selection = `enrollments { partner { ${selection} } }`;
  return `{ partners(first: 1) { edges { node { ${selection} } } } }`;
};

describe(`hardening on ${onDatabase}`, () => {
  let t: TestGateway;
  let counter: ReturnType<typeof sqlCounter>;

  beforeAll(async () => {
    t = await startTestGateway();
    counter = sqlCounter(t.gateway.dataSource);
    await partnerWithTap(t, 'Harden Co');
  });

  afterAll(async () => {
    await t.close();
  });

  async function rejectedWithoutSql(query: string, variables: Record<string, unknown> = {}) {
    counter.start();
    const response = await t.gql(query, variables);
    counter.stop();
    expect(counter.domain()).toEqual([]);
    return response;
  }

  describe('query limits before execution', () => {
    it('depth over 6 is refused and runs no SQL', async () => {
      const response = await rejectedWithoutSql(nest(3));
      expect(response.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.body.errors?.[0].message).toMatch(/depth/i);
      const allowed = await t.gql(`{ partners(first: 1) { edges { node { enrollments { partner { name } } } } } }`);
      expect(allowed.body.errors).toBeUndefined();
    });

    it('more than 15 aliases are refused and run no SQL', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: viewer { role }`).join(' ');
      const response = await rejectedWithoutSql(`{ ${aliases} }`);
      expect(response.body.errors?.[0].message).toMatch(/alias/i);
    });

    it('more than 50 directives are refused', async () => {
      const directives = Array.from({ length: 51 }, () => '@include(if: true)').join(' ');
      const response = await rejectedWithoutSql(`{ viewer ${directives} { role } }`);
      expect(response.body.errors?.[0].message).toMatch(/directive/i);
    });

    it('more than 1000 tokens are refused', async () => {
      const fields = Array.from({ length: 1000 }, () => 'name').join(' ');
      const response = await rejectedWithoutSql(`{ partners(first: 1) { edges { node { ${fields} } } } }`);
      expect(response.body.errors?.[0].message).toMatch(/token/i);
    });

    it('a query over the cost budget is refused and runs no SQL', async () => {
      const wide = Array.from(
        { length: 12 },
        (_, i) => `p${i}: partners(first: 100) { edges { node { enrollments { agreements { clausesCount: id } history { reason } } } } }`,
      ).join(' ');
      const response = await rejectedWithoutSql(`{ ${wide} }`);
      expect(response.body.errors?.[0].message).toMatch(/cost/i);
    });

    it('first over 100 is refused before execution, as a literal or a variable, even nested', async () => {
      const literal = await rejectedWithoutSql(`{ partners(first: 101) { edges { cursor } } }`);
      expect(literal.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const variable = await rejectedWithoutSql(`query($n: Int) { viewer { role } partners(first: $n) { edges { cursor } } }`, { n: 1000 });
      expect(variable.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    });

    it('batched HTTP requests are refused', async () => {
      const response = await t.gateway.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminKey}` },
        payload: JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]),
      });
      expect(response.statusCode).toBe(400);
    });

    it('a body over the size limit gets 413', async () => {
      const response = await t.gateway.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminKey}` },
        payload: JSON.stringify({ query: '{ viewer { role } }', variables: { pad: 'x'.repeat(200_000) } }),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('production posture', () => {
    it('introspection is off unless configured, and no field suggestions leak the schema', async () => {
      const introspection = await t.gql(`{ __schema { types { name } } }`);
      expect(introspection.body.errors?.[0].message).toMatch(/introspection/i);
      const typo = await t.gql(`{ partnrs { edges { cursor } } }`);
      expect(typo.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(typo.body)).not.toMatch(/did you mean/i);
    });

    it('CSRF prevention: a text/plain POST and a GET without a preflight header are refused', async () => {
      const plain = await t.gateway.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${t.adminKey}` },
        payload: '{"query":"{ viewer { role } }"}',
      });
      expect([400, 415]).toContain(plain.statusCode);
      const get = await t.gateway.app.inject({
        method: 'GET',
        url: '/graphql?query=%7Bviewer%7Brole%7D%7D',
        headers: { authorization: `Bearer ${t.adminKey}` },
      });
      expect(get.statusCode).toBe(400);
      expect(get.body).toMatch(/preflight|CSRF/i);
    });

    it.each(['development', 'production'])(
      'an internal failure shows no stack, SQL or internal message (NODE_ENV=%s), only a request id found in the log',
      async (nodeEnv) => {
        const previous = process.env.NODE_ENV;
        process.env.NODE_ENV = nodeEnv;
        const lines: string[] = [];
        const broken = await startTestGateway({ config: {} });
        try {
          const stream = { write: (line: string) => lines.push(line) };
          // A second gateway whose logger we can read: break a table under it, then ask for it.
          const partnerId = await partnerWithTap(broken, 'Broken Co');
          (broken.gateway.app.log as unknown as { error: (obj: unknown, msg: string) => void }).error = (obj, msg) =>
            stream.write(JSON.stringify({ obj: String((obj as { err?: Error }).err?.message ?? obj), msg }));
          await broken.gateway.dataSource.query('DROP TABLE mem_partner_contact');
          const response = await broken.gql(`query($id: ID!) { partner(id: $id) { contacts { email } } }`, { id: partnerId });
          const text = JSON.stringify(response.body);
          const error = response.body.errors?.[0];
          expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
          expect(text).not.toMatch(/mem_partner_contact|SELECT|stack|at .*\.ts|QueryFailedError|SqliteError|relation/i);
          const requestId = error?.extensions?.requestId;
          expect(requestId).toBe(response.headers['x-request-id']);
          expect(lines.join('\n')).toMatch(/mem_partner_contact/);
        } finally {
          process.env.NODE_ENV = previous;
          await broken.close();
        }
      },
    );
  });

  describe('idempotency', () => {
    const CHARGE = `mutation($input: ChargeFeeInput!) { chargeFee(input: $input) { invoice { id } userErrors { code } } }`;

    async function invoiceCount(partnerId: string): Promise<number> {
      const data = await t.ok<{ invoices: { edges: unknown[] } }>(`query($id: ID!) { invoices(partnerId: $id, first: 100) { edges { cursor } } }`, {
        id: partnerId,
      });
      return data.invoices.edges.length;
    }

    it('the same key and input returns the first response and does the work once', async () => {
      const partnerId = await partnerWithTap(t, 'Idem Co');
      const input = { partnerId, feeKind: 'CERTIFICATION' };
      const first = await t.gql(CHARGE, { input }, t.adminKey, { 'idempotency-key': 'charge-1' });
      const second = await t.gql(CHARGE, { input }, t.adminKey, { 'idempotency-key': 'charge-1' });
      expect(second.body).toEqual(first.body);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(await invoiceCount(partnerId)).toBe(1);
      const other = await t.gql(CHARGE, { input }, t.adminKey, { 'idempotency-key': 'charge-2' });
      expect(other.body.data?.chargeFee.invoice.id).not.toBe(first.body.data?.chargeFee.invoice.id);
      expect(await invoiceCount(partnerId)).toBe(2);
    });

    it('the same key with a different input is refused and does nothing', async () => {
      const partnerId = await partnerWithTap(t, 'Idem Two Co');
      await t.gql(CHARGE, { input: { partnerId, feeKind: 'CERTIFICATION' } }, t.adminKey, { 'idempotency-key': 'k-diff' });
      const reused = await t.gql(CHARGE, { input: { partnerId, feeKind: 'TSANET_MEMBER_DUES' } }, t.adminKey, { 'idempotency-key': 'k-diff' });
      expect(reused.status).toBe(422);
      expect(reused.body.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await invoiceCount(partnerId)).toBe(1);
    });

    it('a duplicate that arrives while the first is running gets a conflict', async () => {
      const partnerId = await partnerWithTap(t, 'Idem Three Co');
      const body = { query: CHARGE, variables: { input: { partnerId, feeKind: 'CERTIFICATION' } } };
      const viewer = await t.ok<{ viewer: { keyId: string } }>(`{ viewer { keyId } }`);
      const store = new IdempotencyStore(t.gateway.db);
      const inFlight = await store.start(viewer.viewer.keyId, 'k-busy', fingerprint(body), t.clock.now());
      expect(inFlight.kind).toBe('proceed');
      const duplicate = await t.gql(CHARGE, body.variables, t.adminKey, { 'idempotency-key': 'k-busy' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_IN_USE');
      expect(await invoiceCount(partnerId)).toBe(0);
    });

    it('keys are kept 24 hours, then the same key starts afresh', async () => {
      const store = new IdempotencyStore(t.gateway.db);
      const at = new Date('2026-03-02T10:00:00.000Z');
      const started = await store.start('key-a', 'k-24', 'print', at);
      if (started.kind !== 'proceed') throw new Error('expected to proceed');
      await store.finish(started.recordId, 200, '{"data":{}}');
      expect((await store.start('key-a', 'k-24', 'print', new Date(at.getTime() + 24 * 3_600_000 - 1))).kind).toBe('replay');
      expect((await store.start('key-a', 'k-24', 'other', new Date(at.getTime() + 24 * 3_600_000))).kind).toBe('proceed');
    });
  });

  describe('audit trail', () => {
    it('every mutation records actor, key, operation, redacted arguments, outcome and request id', async () => {
      const pmKey = await t.mintKey(Role.PROGRAM_MANAGER, { name: 'audit pm' });
      const pm = await t.ok<{ viewer: { keyId: string } }>(`{ viewer { keyId } }`, {}, pmKey);
      const refused = await t.gql(
        `mutation { createPartner(input: { name: "Audited Co" }) { partner { id } } enrollPartner(input: { partnerId: "0190c0de-0000-7000-8000-000000000000", programId: "0190c0de-0000-7000-8000-000000000001" }) { userErrors { code } } }`,
        {},
        pmKey,
      );
      expect(refused.body.errors).toBeUndefined();
      const denied = await t.gql(`mutation { createApiKey(input: { name: "nope", role: ADMIN }) { secret } }`, {}, pmKey);
      expect(denied.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const events = await t.ok<{ auditEvents: { edges: { node: any }[] } }>(
        `query($key: ID!) { auditEvents(first: 10, filter: { keyId: $key }) { edges { node { actor role mutation arguments outcome codes requestId } } } }`,
        { key: pm.viewer.keyId },
      );
      const nodes = events.auditEvents.edges.map((e) => e.node);
      expect(nodes.map((n) => [n.mutation, n.outcome, n.codes])).toEqual([
        ['createPartner', 'OK', []],
        ['enrollPartner', 'USER_ERROR', ['PARTNER_NOT_FOUND']],
        ['createApiKey', 'ERROR', ['FORBIDDEN']],
      ]);
      expect(nodes[0]).toMatchObject({ actor: 'audit pm', role: 'PROGRAM_MANAGER' });
      expect(JSON.parse(nodes[0].arguments)).toEqual({ input: { name: 'Audited Co' } });
      expect(nodes[0].requestId).toBe(nodes[1].requestId);
    });

    it('secrets are redacted from audited arguments', () => {
      expect(redact({ input: { url: 'https://x', secret: 's3', nested: [{ apiKey: 'k' }] } })).toEqual({
        input: { url: 'https://x', secret: '[redacted]', nested: [{ apiKey: '[redacted]' }] },
      });
    });

    it('only admins read the audit trail', async () => {
      const pmKey = await t.mintKey(Role.PROGRAM_MANAGER);
      const response = await t.gql(`{ auditEvents(first: 5) { edges { cursor } } }`, {}, pmKey);
      expect(response.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('rate limiting', () => {
    it('a key over its budget gets 429 with Retry-After until the next minute; other keys are unaffected', async () => {
      const clock = new FixedClock('2026-03-02T09:00:10.000Z');
      const limited = await startTestGateway({ clock, config: { rateLimitPerMinute: 5 } });
      try {
        const other = await limited.mintKey(Role.PROGRAM_MANAGER);
        for (let i = 0; i < 5; i++) expect((await limited.gql(`{ viewer { role } }`)).status).toBe(200);
        const over = await limited.gql(`{ viewer { role } }`);
        expect(over.status).toBe(429);
        expect(over.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 50, limit: 5 });
        expect(over.headers['retry-after']).toBe('50');
        expect((await limited.gql(`{ viewer { role } }`, {}, other)).status).toBe(200);
        clock.set('2026-03-02T09:01:00.000Z');
        expect((await limited.gql(`{ viewer { role } }`)).status).toBe(200);
      } finally {
        await limited.close();
      }
    });

    it('a busy key claims its budget in blocks (1, 2, 4 … up to a thousandth of the limit), and never gets past the limit', async () => {
      const clock = new FixedClock('2026-03-02T09:00:10.000Z');
      const busy = await startTestGateway({ clock, config: { rateLimitPerMinute: 3000 } });
      try {
        const key = await busy.mintKey(Role.PROGRAM_MANAGER, { name: 'busy integration' });
        const remaining: number[] = [];
        for (let i = 0; i < 10; i++) {
          const response = await busy.gql(`{ viewer { role } }`, {}, key);
          expect(response.status).toBe(200);
          remaining.push(Number(response.headers['x-ratelimit-remaining']));
        }
        // Exact per request in one process: each request has its own number in the window.
        expect(remaining).toEqual([2999, 2998, 2997, 2996, 2995, 2994, 2993, 2992, 2991, 2990]);
        // Claims of 1, 2, 3, 3, 3 (capped at 3000 / 1000): five writes for ten requests.
        const counted = async () =>
          Number(
            (
              await busy.gateway.dataSource.query(
                `SELECT "count" FROM gw_rate_window WHERE "keyId" = (SELECT id FROM gw_api_key WHERE name = 'busy integration')`,
              )
            )[0]?.count,
          );
        expect(await counted()).toBe(12);
        // Other processes claim the window up to 2995: this one still holds 11 and 12, then claims 2996-2998 and 2999-3001.
        await busy.gateway.dataSource.query(`UPDATE gw_rate_window SET "count" = 2995`);
        const statuses: number[] = [];
        for (let i = 0; i < 9; i++) statuses.push((await busy.gql(`{ viewer { role } }`, {}, key)).status);
        expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 429, 429]);
      } finally {
        await busy.close();
      }
    });
  });
});
