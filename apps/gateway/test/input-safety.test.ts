import { FixedClock, Role } from '@alliance/kernel';
import { runHousekeeping } from '../src/housekeeping';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';
import { partnerWithTap } from './support/fixtures';

const CREATE_PARTNER = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id name joinedOn } userErrors { code field message } } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name } secret userErrors { code field } } }`;
const CREATE_HOOK = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } secret userErrors { code field message } } }`;
const ROTATE_HOOK = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { subscription { id secretVersion } secret userErrors { code field } } }`;

/** Every row of every table, as text, to search for a value that must not be stored. */
async function everyRow(t: TestGateway): Promise<string> {
  const tables: { name: string }[] =
    t.database === 'postgres'
      ? await t.gateway.dataSource.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)
      : await t.gateway.dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table'`);
  const dumps: string[] = [];
  for (const { name } of tables) dumps.push(JSON.stringify(await t.gateway.dataSource.query(`SELECT * FROM "${name}"`)));
  expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['gw_idempotency_key', 'gw_api_key', 'gw_audit_event', 'ntc_webhook_subscription']));
  return dumps.join('\n');
}

async function partnerCount(t: TestGateway): Promise<number> {
  const rows: { n: number | string }[] = await t.gateway.dataSource.query(`SELECT COUNT(*) AS n FROM mem_partner`);
  return Number(rows[0].n);
}

describe(`input safety, secrets and logs on ${onDatabase}`, () => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway({ captureLog: true });
  });

  afterAll(async () => {
    await t.close();
  });

  describe('secrets are shown once and stored nowhere', () => {
    it('createApiKey, createWebhookSubscription and rotateWebhookSecret under an Idempotency-Key: no table and no log line holds a secret; a replay answers the same ids without it', async () => {
      const key = await t.gql(CREATE_KEY, { input: { name: 'ci robot', role: 'INTEGRATION', scopes: ['partners:read'] } }, t.adminKey, {
        'idempotency-key': 'secret-key-1',
      });
      const keySecret = key.body.data?.createApiKey.secret as string;
      expect(keySecret).toMatch(/^alk_/);
      const hook = await t.gql(CREATE_HOOK, { input: { url: 'https://hooks.example.com/alliance', eventKinds: ['*'] } }, t.adminKey, {
        'idempotency-key': 'secret-hook-1',
      });
      const hookSecret = hook.body.data?.createWebhookSubscription.secret as string;
      expect(hookSecret).toMatch(/^whsec_/);
      const subscriptionId = hook.body.data?.createWebhookSubscription.subscription.id as string;
      const rotated = await t.gql(ROTATE_HOOK, { input: { subscriptionId } }, t.adminKey, { 'idempotency-key': 'secret-rotate-1' });
      const rotatedSecret = rotated.body.data?.rotateWebhookSecret.secret as string;
      expect(rotatedSecret).toMatch(/^whsec_/);

      // The key works: it is live.
      expect((await t.gql(`{ viewer { role } }`, {}, keySecret)).body.data?.viewer.role).toBe('INTEGRATION');

      const replayKey = await t.gql(CREATE_KEY, { input: { name: 'ci robot', role: 'INTEGRATION', scopes: ['partners:read'] } }, t.adminKey, {
        'idempotency-key': 'secret-key-1',
      });
      expect(replayKey.headers['idempotent-replayed']).toBe('true');
      expect(replayKey.body.data?.createApiKey).toEqual({ apiKey: key.body.data?.createApiKey.apiKey, secret: null, userErrors: [] });
      const replayHook = await t.gql(CREATE_HOOK, { input: { url: 'https://hooks.example.com/alliance', eventKinds: ['*'] } }, t.adminKey, {
        'idempotency-key': 'secret-hook-1',
      });
      expect(replayHook.body.data?.createWebhookSubscription).toEqual({ subscription: { id: subscriptionId }, secret: null, userErrors: [] });
      const replayRotate = await t.gql(ROTATE_HOOK, { input: { subscriptionId } }, t.adminKey, { 'idempotency-key': 'secret-rotate-1' });
      expect(replayRotate.body.data?.rotateWebhookSecret).toEqual({ subscription: { id: subscriptionId, secretVersion: 2 }, secret: null, userErrors: [] });

      const stored = await everyRow(t);
      const logged = t.log.join('\n');
      expect(logged.length).toBeGreaterThan(0);
      for (const secret of [keySecret, hookSecret, rotatedSecret]) {
        expect(stored).not.toContain(secret);
        expect(logged).not.toContain(secret);
      }
    });
  });

  describe('failed statements are logged without their values', () => {
    it('a failing INSERT is logged with its statement and code, never its parameters', async () => {
      const broken = await startTestGateway({ captureLog: true });
      try {
        await broken.gateway.dataSource.query('ALTER TABLE ntc_webhook_subscription RENAME TO ntc_webhook_subscription_moved');
        const marker = 'confidential-description-7f3a';
        const response = await broken.gql(CREATE_HOOK, {
          input: { url: 'https://hooks.example.com/marker-path-91c2', eventKinds: ['*'], description: marker },
        });
        expect(response.body.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        const lines = broken.log.filter((line) => line.includes('internal error'));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/ntc_webhook_subscription/);
        expect(lines[0]).toMatch(/INSERT INTO/);
        const logged = broken.log.join('\n');
        expect(logged).not.toContain(marker);
        expect(logged).not.toContain('marker-path-91c2');
        expect(logged).not.toMatch(/"parameters"/);
      } finally {
        await broken.close();
      }
    });
  });

  describe('text must be storable', () => {
    it.each([
      ['NUL', 'Acme\u0000Corp'],
      ['a lone high surrogate', 'Acme \ud800 Corp'],
      ['a lone low surrogate', 'Acme \udc00 Corp'],
    ])('createPartner with %s in the name is BAD_USER_INPUT naming input.name; nothing is stored', async (_what, name) => {
      const before = await partnerCount(t);
      const response = await t.gql(CREATE_PARTNER, { input: { name } });
      expect(response.status).toBe(200);
      expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
      expect(await partnerCount(t)).toBe(before);
    });

    it('an id argument with NUL is BAD_USER_INPUT naming the argument, not an internal error', async () => {
      const response = await t.gql(`{ partner(id: "\\u0000") { id } }`);
      expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      const asVariable = await t.gql(`query($id: ID!) { partner(id: $id) { id } }`, { id: 'x\u0000' });
      expect(asVariable.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    it('a well-formed astral character (a surrogate pair) is stored as given', async () => {
      const response = await t.gql(CREATE_PARTNER, { input: { name: 'Rocket \ud83d\ude80 Systems' } });
      expect(response.body.data?.createPartner.partner.name).toBe('Rocket 🚀 Systems');
    });
  });

  describe('required text is trimmed and must not be blank', () => {
    it('createPartner with a blank name is refused like an empty one, naming input.name; a padded name is stored trimmed', async () => {
      const before = await partnerCount(t);
      for (const name of ['', '   ', '\t\n']) {
        const response = await t.gql(CREATE_PARTNER, { input: { name } });
        expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
      }
      expect(await partnerCount(t)).toBe(before);
      const padded = await t.gql(CREATE_PARTNER, { input: { name: '  Padded Co  ' } });
      expect(padded.body.data?.createPartner.partner.name).toBe('Padded Co');
    });

    it('setPartnerContact with a blank name is refused naming input.name', async () => {
      const partnerId = await partnerWithTap(t, 'Contact Co');
      const response = await t.gql(`mutation($input: SetPartnerContactInput!) { setPartnerContact(input: $input) { userErrors { code field } } }`, {
        input: { partnerId, role: 'ALLIANCE_BUSINESS', name: '   ', email: 'pat@contact.example' },
      });
      expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    });
  });

  describe('instants and dates are bounded', () => {
    it('joinedOn 9999-12-31 and 1969-12-31 are refused naming input.joinedOn; 2199-12-31 and 1970-01-01 are accepted', async () => {
      for (const joinedOn of ['9999-12-31', '1969-12-31', '2200-01-01']) {
        const response = await t.gql(CREATE_PARTNER, { input: { name: `Dated ${joinedOn}`, joinedOn } });
        expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.joinedOn' });
      }
      for (const joinedOn of ['2199-12-31', '1970-01-01']) {
        const response = await t.gql(CREATE_PARTNER, { input: { name: `Dated ${joinedOn}`, joinedOn } });
        expect(response.body.data?.createPartner.partner.joinedOn).toBe(joinedOn);
      }
    });

    it('recordPayment received in year 1 is refused naming input.receivedAt', async () => {
      const partnerId = await partnerWithTap(t, 'Early Payer');
      const charged = await t.ok<{ chargeFee: { invoice: { id: string; total: { amountMinor: number } } } }>(
        `mutation($input: ChargeFeeInput!) { chargeFee(input: $input) { invoice { id total { amountMinor } } userErrors { code } } }`,
        { input: { partnerId, feeKind: 'CERTIFICATION' } },
      );
      const response = await t.gql(`mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { userErrors { code field } } }`, {
        input: {
          invoiceId: charged.chargeFee.invoice.id,
          amount: { amountMinor: charged.chargeFee.invoice.total.amountMinor, currency: 'USD' },
          receivedAt: '0001-01-01T00:00:00Z',
        },
      });
      expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.receivedAt' });
      const invoice = await t.ok<{ invoice: { status: string } }>(`query($id: ID!) { invoice(id: $id) { status } }`, { id: charged.chargeFee.invoice.id });
      expect(invoice.invoice.status).not.toBe('PAID');
    });
  });

  describe('odd requests', () => {
    it('a subscription operation is a validation error, not an internal one', async () => {
      const response = await t.gql(`subscription { x }`);
      expect(response.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.body.errors?.[0].message).toMatch(/no subscription operations/);
    });

    it('a missing or unknown operationName gets 400 and writes no error-level log line', async () => {
      const before = t.log.length;
      const body = (operationName?: string) =>
        t.gateway.app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminKey}` },
          payload: JSON.stringify({ query: 'query A { viewer { role } } query B { viewer { name } }', ...(operationName ? { operationName } : {}) }),
        });
      expect((await body()).statusCode).toBe(400);
      expect((await body('C')).statusCode).toBe(400);
      const errors = t.log
        .slice(before)
        .map((line) => JSON.parse(line) as { level: number; msg: string })
        .filter((line) => line.level >= 50);
      expect(errors).toEqual([]);
    });
  });

  describe('the Idempotency-Key store keeps only requests that began executing', () => {
    const CHARGE = `mutation($input: ChargeFeeInput!) { chargeFee(input: $input) { invoice { id } userErrors { code field } } }`;

    it('a request refused as BAD_USER_INPUT is not kept: the corrected request under the same key runs', async () => {
      const partnerId = await partnerWithTap(t, 'Corrected Co');
      const wrong = await t.gql(CHARGE, { input: { partnerId: '<partner id>', feeKind: 'CERTIFICATION' } }, t.adminKey, { 'idempotency-key': 'walkthrough-1' });
      expect(wrong.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const right = await t.gql(CHARGE, { input: { partnerId, feeKind: 'CERTIFICATION' } }, t.adminKey, { 'idempotency-key': 'walkthrough-1' });
      expect(right.status).toBe(200);
      expect(right.body.data?.chargeFee.invoice.id).toBeTruthy();
      // A domain refusal began executing, so it is kept and replayed.
      const refused = await t.gql(CHARGE, { input: { partnerId: '0190c0de-0000-7000-8000-00000000dead', feeKind: 'CERTIFICATION' } }, t.adminKey, {
        'idempotency-key': 'walkthrough-2',
      });
      expect(refused.body.data?.chargeFee.userErrors[0].code).toBeTruthy();
      const again = await t.gql(CHARGE, { input: { partnerId: '0190c0de-0000-7000-8000-00000000dead', feeKind: 'CERTIFICATION' } }, t.adminKey, {
        'idempotency-key': 'walkthrough-2',
      });
      expect(again.headers['idempotent-replayed']).toBe('true');
    });

    it('housekeeping prunes keys past their 24 hours', async () => {
      const pruner = await startTestGateway({ config: { housekeepingIntervalSeconds: 0 } });
      try {
        const partnerId = await partnerWithTap(pruner, 'Pruned Co');
        await pruner.gql(CHARGE, { input: { partnerId, feeKind: 'CERTIFICATION' } }, pruner.adminKey, { 'idempotency-key': 'prune-1' });
        const count = async () => Number((await pruner.gateway.dataSource.query('SELECT COUNT(*) AS n FROM gw_idempotency_key'))[0].n);
        expect(await count()).toBe(1);
        const clock = pruner.clock as FixedClock;
        const at = clock.now();
        clock.set(new Date(at.getTime() + 24 * 3_600_000 - 1).toISOString());
        expect((await runHousekeeping(pruner.gateway)).idempotencyKeysPruned).toBe(0);
        expect(await count()).toBe(1);
        clock.set(new Date(at.getTime() + 24 * 3_600_000).toISOString());
        expect((await runHousekeeping(pruner.gateway)).idempotencyKeysPruned).toBe(1);
        expect(await count()).toBe(0);
      } finally {
        await pruner.close();
      }
    });
  });

  describe('webhook targets', () => {
    it('with the default settings a subscription to the metadata endpoint or loopback is refused naming input.url', async () => {
      const strict = await startTestGateway({ config: { webhookAllowPrivateTargets: false } });
      try {
        for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://127.0.0.1:4000/graphql', 'http://localhost:4000/hooks', 'file:///etc/passwd']) {
          const response = await strict.gql(CREATE_HOOK, { input: { url, eventKinds: ['*'] } });
          const refusal = response.body.data?.createWebhookSubscription?.userErrors?.[0] ?? response.body.errors?.[0].extensions;
          expect(refusal).toMatchObject({ code: expect.stringMatching(/^(WEBHOOK_TARGET_NOT_ALLOWED|BAD_USER_INPUT)$/), field: 'input.url' });
        }
        expect(Number((await strict.gateway.dataSource.query('SELECT COUNT(*) AS n FROM ntc_webhook_subscription'))[0].n)).toBe(0);
      } finally {
        await strict.close();
      }
    });
  });

  it('a PARTNER key is still scoped after the input checks (control)', async () => {
    const partnerId = await partnerWithTap(t, 'Scoped Co');
    const partnerKey = await t.mintKey(Role.PARTNER, { partnerId });
    const response = await t.gql(CREATE_PARTNER, { input: { name: 'Sneaky Co' } }, partnerKey);
    expect(response.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
