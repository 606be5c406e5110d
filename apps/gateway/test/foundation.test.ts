import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FixedClock, Role } from '@alliance/kernel';
import { printGatewaySchema } from '../src/schema';
import { errorCatalogueMarkdown } from '../src/error-catalogue';
import { startTestGateway, TestGateway, onDatabase } from './support/harness';
import { activeEnrollment, createProgram, partnerWithTap } from './support/fixtures';

describe(`gateway foundation on ${onDatabase}`, () => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway();
  });

  afterAll(async () => {
    await t.close();
  });

  it('serves /healthz beside GraphQL', async () => {
    const response = await t.gateway.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: t.database });
  });

  it('the migrations build exactly the schema the entities describe', async () => {
    const pending = await t.gateway.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('a request without a key gets 401 UNAUTHENTICATED and no data', async () => {
    const response = await t.gql(`{ partners(first: 5) { edges { node { id name } } } }`, {}, null);
    expect(response.status).toBe(401);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an unknown or revoked key gets 401', async () => {
    expect((await t.gql(`{ viewer { role } }`, {}, 'alk_not-a-real-key')).status).toBe(401);
    const secret = await t.mintKey(Role.PROGRAM_MANAGER);
    const viewer = await t.ok<{ viewer: { keyId: string; role: string } }>(`{ viewer { keyId role } }`, {}, secret);
    expect(viewer.viewer.role).toBe('PROGRAM_MANAGER');
    await t.ok(`mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code } } }`, {
      input: { id: viewer.viewer.keyId },
    });
    expect((await t.gql(`{ viewer { role } }`, {}, secret)).status).toBe(401);
  });

  it("an API key's last use is kept to the minute: a use 59.999 s later writes nothing, one 60 s later moves it", async () => {
    const clock = t.clock as FixedClock;
    const start = clock.now();
    const secret = await t.mintKey(Role.SUPPORT_ENGINEER, { name: 'last-used probe' });
    const lastUsed = async () =>
      (await t.ok<{ apiKeys: { name: string; lastUsedAt: string | null }[] }>(`{ apiKeys { name lastUsedAt } }`)).apiKeys.find(
        (k) => k.name === 'last-used probe',
      )?.lastUsedAt;
    try {
      expect(await lastUsed()).toBeNull();
      await t.ok(`{ viewer { role } }`, {}, secret);
      expect(await lastUsed()).toBe(start.toISOString());
      clock.advance(59_999);
      await t.ok(`{ viewer { role } }`, {}, secret);
      expect(await lastUsed()).toBe(start.toISOString());
      clock.advance(1);
      await t.ok(`{ viewer { role } }`, {}, secret);
      expect(await lastUsed()).toBe(new Date(start.getTime() + 60_000).toISOString());
    } finally {
      clock.set(start);
    }
  });

  it('the API key secret is shown once and only its hash is stored', async () => {
    const data = await t.ok<{ createApiKey: { apiKey: { id: string; prefix: string }; secret: string } }>(
      `mutation { createApiKey(input: { name: "ci", role: INTEGRATION, scopes: ["partners:read"] }) { apiKey { id prefix } secret userErrors { code } } }`,
    );
    const { secret, apiKey } = data.createApiKey;
    expect(secret).toMatch(/^alk_[A-Za-z0-9_-]{43}$/);
    const rows = await t.gateway.dataSource.query(`SELECT * FROM gw_api_key WHERE id = '${apiKey.id}'`);
    expect(JSON.stringify(rows)).not.toContain(secret.slice(4));
    const listed = await t.ok<{ apiKeys: { id: string }[] }>(`{ apiKeys { id } }`);
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it('MEM-1 MEM-2 MEM-10: a partner with TAP enrolls, signs its agreements and becomes ACTIVE, with history', async () => {
    const partnerId = await partnerWithTap(t, 'Flow Storage', '2016-01-01');
    const programId = await createProgram(t, 'FLOW');
    const enrollmentId = await activeEnrollment(t, partnerId, programId);
    const data = await t.ok<{ enrollment: any }>(
      `query($id: ID!) { enrollment(id: $id) { state requiredAgreements missingAgreements termEndsAt partner { name } program { code } history { fromState toState reason } } }`,
      { id: enrollmentId },
    );
    expect(data.enrollment).toMatchObject({
      state: 'ACTIVE',
      requiredAgreements: ['PEPA', 'UMBRELLA_ADDENDUM'],
      missingAgreements: [],
      termEndsAt: '2026-12-31T23:59:59.999Z',
      partner: { name: 'Flow Storage' },
      program: { code: 'FLOW' },
    });
    expect(data.enrollment.history.map((h: any) => h.toState)).toEqual(['PENDING', 'ACTIVE']);
    const clause = await t.ok<{ governingClause: any }>(
      `query($id: ID!) { governingClause(enrollmentId: $id, topic: "termination") { document text overridden } }`,
      { id: enrollmentId },
    );
    expect(clause.governingClause).toEqual({ document: 'UMBRELLA_ADDENDUM', text: 'UMBRELLA_ADDENDUM: clause', overridden: ['PEPA', 'PROGRAM_GUIDE'] });
  });

  describe('MEM-8 tenant isolation over HTTP', () => {
    let a: string;
    let b: string;
    let enrollmentA: string;
    let keyB: string;

    beforeAll(async () => {
      a = await partnerWithTap(t, 'Alpha Iso');
      b = await partnerWithTap(t, 'Beta Iso');
      const programId = await createProgram(t, 'ISO');
      enrollmentA = await activeEnrollment(t, a, programId);
      await t.ok(`mutation($input: SetPartnerContactInput!) { setPartnerContact(input: $input) { contact { id } userErrors { code } } }`, {
        input: { partnerId: a, role: 'ALLIANCE_BUSINESS', name: 'Alice Secret', email: 'alice@alpha.example' },
      });
      keyB = await t.mintKey(Role.PARTNER, { partnerId: b });
    });

    it("MEM-8: a PARTNER key cannot read another partner's enrollments or contacts", async () => {
      const direct = await t.gql(`query($id: ID!) { partner(id: $id) { name contacts { email } enrollments { id } } }`, { id: a }, keyB);
      expect(direct.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const enrollment = await t.gql(`query($id: ID!) { enrollment(id: $id) { id state } }`, { id: enrollmentA }, keyB);
      expect(enrollment.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const list = await t.gql(`{ partners(first: 100) { edges { node { id name contacts { email } enrollments { id } } } } }`, {}, keyB);
      expect(list.body.data?.partners.edges.map((e: any) => e.node.id)).toEqual([b]);
      const clause = await t.gql(`query($id: ID!) { governingClause(enrollmentId: $id, topic: "termination") { text } }`, { id: enrollmentA }, keyB);
      expect(clause.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify([direct.body, enrollment.body, list.body, clause.body])).not.toMatch(/alice|Alpha Iso|UMBRELLA_ADDENDUM: clause/i);
    });

    it('MEM-8: a PARTNER key cannot enroll another partner', async () => {
      const programId = await createProgram(t, 'ISO2');
      const response = await t.gql(
        `mutation($input: EnrollPartnerInput!) { enrollPartner(input: $input) { enrollment { id } userErrors { code } } }`,
        { input: { partnerId: a, programId } },
        keyB,
      );
      expect(response.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const enrollments = await t.ok<{ partner: { enrollments: unknown[] } }>(`query($id: ID!) { partner(id: $id) { enrollments { id } } }`, { id: a });
      expect(enrollments.partner.enrollments).toHaveLength(1);
    });
  });

  it('malformed input gets BAD_USER_INPUT naming the field and rule, echoes nothing, and changes nothing', async () => {
    const before = await t.ok<{ partners: { edges: unknown[] } }>(`{ partners(first: 100) { edges { cursor } } }`);
    const response = await t.gql(`mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } userErrors { code } } }`, {
      input: { name: 'Bad Input Co', website: 'ftp:/nowhere', country: 'usa' },
    });
    const error = response.body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.fields.map((f: any) => f.path)).toEqual(['input.website', 'input.country']);
    expect(error?.message).toContain('input.website: website must be a URL');
    expect(JSON.stringify(response.body)).not.toContain('ftp:/nowhere');
    const after = await t.ok<{ partners: { edges: unknown[] } }>(`{ partners(first: 100) { edges { cursor } } }`);
    expect(after.partners.edges).toHaveLength(before.partners.edges.length);
  });

  it('a broken rule comes back as userErrors with a stable code and field', async () => {
    const partner = await t.ok<{ createPartner: { partner: { id: string } } }>(`mutation { createPartner(input: { name: "No TAP Co" }) { partner { id } } }`);
    const programId = await createProgram(t, 'RULE');
    const data = await t.ok<{ enrollPartner: any }>(
      `mutation($input: EnrollPartnerInput!) { enrollPartner(input: $input) { enrollment { id } userErrors { code field message } } }`,
      {
        input: { partnerId: partner.createPartner.partner.id, programId },
      },
    );
    expect(data.enrollPartner).toEqual({
      enrollment: null,
      userErrors: [{ code: 'TAP_MEMBERSHIP_REQUIRED', field: 'input.partnerId', message: expect.stringContaining('TAP') }],
    });
  });

  it('the README lists every error code any module can return (run `npm run schema` after adding codes)', () => {
    const readme = readFileSync(resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const section = readme
      .slice(readme.indexOf('<!-- error-codes:start -->') + '<!-- error-codes:start -->'.length, readme.indexOf('<!-- error-codes:end -->'))
      .trim();
    expect(section).toBe(errorCatalogueMarkdown(t.gateway.modules));
  });

  it('the committed schema.graphql matches the built schema (run `npm run schema` after API changes)', async () => {
    const committed = readFileSync(resolve(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printGatewaySchema());
  });
});
