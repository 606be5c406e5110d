import { getNamedType, GraphQLObjectType, isInterfaceType, isNonNullType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { MAX_NODE_IDS, Role } from '@alliance/kernel';
import { loadDemoData } from '../src/demo';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';

jest.setTimeout(300_000);

/** Object types whose `id` is not a stored record's: views over one (a credential as the progression counts it) or a fixed questionnaire item. */
const NOT_RECORDS = ['ProgressionCredential', 'RecertificationQuestion'];

/**
 * Relay through the real schema: every stored record is a `Node`, read back by its id with
 * `node` and `nodes` under the same readers and partner rules as the record's own queries, and
 * every connection counts its whole list.
 */
describe(`Relay: node, nodes and totalCount on ${onDatabase}`, () => {
  let t: TestGateway;
  /** One stored id per node type (GraphQL type name → id and owning partner). */
  const samples = new Map<string, { id: string; partnerId: string | null }[]>();

  beforeAll(async () => {
    t = await startTestGateway({ clock: undefined, config: { rateLimitPerMinute: 0 } });
    await loadDemoData(t.gateway);
    const objectTypes = getMetadataStorage().objectTypes;
    for (const module of t.gateway.modules.all) {
      for (const node of module.nodes ?? []) {
        const name = objectTypes.find((candidate) => candidate.target === node.type)?.name as string;
        const meta = t.gateway.dataSource.getMetadata(node.type);
        const partnerColumn = meta.columns.some((column) => column.propertyName === 'partnerId') ? '"partnerId"' : 'NULL';
        const rows: { id: string; partnerId: string | null }[] = await t.gateway.dataSource.query(
          `SELECT id, ${partnerColumn} AS "partnerId" FROM "${meta.tableName}" ORDER BY id`,
        );
        samples.set(name, rows.slice(0, 3));
      }
    }
  });

  afterAll(async () => {
    await t.close();
  });

  const nodesQuery = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;

  it('every object type with an id is a Node, and every Node type can be read by id', () => {
    const schema = t.gateway.schema;
    const withId = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType =>
        isObjectType(type) && !type.name.startsWith('__') && 'id' in type.getFields() && isNonNullType(type.getFields().id.type),
    );
    const notNodes = withId.filter((type) => !type.getInterfaces().some((i) => i.name === 'Node')).map((type) => type.name);
    expect(notNodes.sort()).toEqual(NOT_RECORDS);
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    const possible = schema
      .getPossibleTypes(node as never)
      .map((type) => type.name)
      .sort();
    expect(possible).toEqual([...samples.keys()].sort());
    expect(possible.length).toBeGreaterThan(50);
  });

  it('an ADMIN key reads back a record of every node type in one nodes call, each as its own type', async () => {
    const wanted = [...samples.entries()].flatMap(([name, rows]) => rows.slice(0, 1).map((row) => ({ name, id: row.id })));
    // The demo data leaves a few kinds of record empty; most are there.
    expect(wanted.length).toBeGreaterThan(35);
    for (let start = 0; start < wanted.length; start += MAX_NODE_IDS) {
      const chunk = wanted.slice(start, start + MAX_NODE_IDS);
      const data = await t.ok<{ nodes: ({ __typename: string; id: string } | null)[] }>(nodesQuery, { ids: chunk.map((w) => w.id) });
      expect(data.nodes).toEqual(chunk.map((w) => ({ __typename: w.name, id: w.id })));
    }
  });

  it('node reads a record with the fields of its type; an unknown id or one that is not an id is null', async () => {
    const [partner] = samples.get('Partner') ?? [];
    const data = await t.ok(
      `query ($id: ID!) { node(id: $id) { id ... on Partner { name } } missing: node(id: "0190a3c4-0000-7000-8000-000000000000") { id } junk: node(id: "x") { id } }`,
      { id: partner.id },
    );
    expect(data.node).toMatchObject({ id: partner.id, name: expect.any(String) });
    expect(data.missing).toBeNull();
    expect(data.junk).toBeNull();
  });

  it('nodes answers one entry per id in the order asked, repeats included', async () => {
    const [a, b] = samples.get('Invoice') ?? [];
    const data = await t.ok(nodesQuery, { ids: [b.id, a.id, b.id, 'nope'] });
    expect(data.nodes.map((n: { id: string } | null) => n?.id ?? null)).toEqual([b.id, a.id, b.id, null]);
  });

  it(`nodes takes at most ${MAX_NODE_IDS} ids: more is BAD_USER_INPUT naming ids, before anything is read`, async () => {
    const ids = Array.from({ length: MAX_NODE_IDS + 1 }, (_, i) => `0190a3c4-0000-7000-8000-${String(i).padStart(12, '0')}`);
    const response = await t.gql(nodesQuery, { ids });
    expect(response.body.data?.nodes ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.extensions?.field).toBe('ids');
    expect(response.body.errors?.[0]?.message).toContain(`ids must not hold more than ${MAX_NODE_IDS} ids`);
  });

  it("a PARTNER key reads its own partner's records and gets null for every other partner's", async () => {
    const partners = samples.get('Partner') ?? [];
    const own = partners[0].id;
    const key = await t.mintKey(Role.PARTNER, { partnerId: own });
    const owned = [...samples.values()].flat().filter((row) => row.partnerId === own);
    // Other partners' rows that every reader sees by design: the public guide and support schedule
    // (CERT-5, SUP-7), and the members of a TSANet group to its host (SUP-9).
    const sharedByDesign = new Set(['Listing', 'ListingFootnote', 'SupportEndOfSupport', 'TsanetMember']);
    const foreign = [...samples.entries()]
      .filter(([name]) => !sharedByDesign.has(name))
      .flatMap(([, rows]) => rows)
      .filter((row) => row.partnerId && row.partnerId !== own);
    expect(foreign.length).toBeGreaterThan(10);
    const mine = await t.ok(nodesQuery, { ids: [own] }, key);
    expect(mine.nodes).toEqual([{ __typename: 'Partner', id: own }]);
    const theirs = await t.ok(nodesQuery, { ids: [...partners.slice(1).map((p) => p.id), ...foreign.slice(0, MAX_NODE_IDS - 2).map((row) => row.id)] }, key);
    expect(theirs.nodes.filter((n: unknown) => n !== null)).toEqual([]);
    // Its own invoices, cases and the like read back (where the demo data has them).
    if (owned.length) {
      const back = await t.ok(nodesQuery, { ids: owned.map((row) => row.id).slice(0, MAX_NODE_IDS) }, key);
      expect(back.nodes.filter((n: unknown) => n !== null).length).toBeGreaterThan(0);
    }
  });

  it("a record the key's role or scopes may not read is null, and a key that reads no kind of record is FORBIDDEN", async () => {
    const [invoice] = samples.get('Invoice') ?? [];
    const [partner] = samples.get('Partner') ?? [];
    const fees = await t.mintKey(Role.INTEGRATION, { scopes: ['fees:read'] });
    const data = await t.ok(nodesQuery, { ids: [invoice.id, partner.id] }, fees);
    expect(data.nodes).toEqual([{ __typename: 'Invoice', id: invoice.id }, null]);
    const none = await t.mintKey(Role.INTEGRATION, { scopes: [] });
    const response = await t.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: invoice.id }, none);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('every connection has totalCount: Int!', () => {
    const connections = Object.values(t.gateway.schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType => isObjectType(type) && type.name.endsWith('Connection'),
    );
    expect(connections.length).toBeGreaterThan(20);
    for (const connection of connections)
      expect(`${connection.name}.totalCount: ${String(connection.getFields().totalCount?.type)}`).toBe(`${connection.name}.totalCount: Int!`);
    expect(getNamedType(connections[0].getFields().totalCount.type).name).toBe('Int');
  });

  it('totalCount counts the whole list under the same filter and visibility, whatever the page', async () => {
    const [{ n }] = await t.gateway.dataSource.query('SELECT COUNT(*) AS n FROM mem_partner');
    const first = await t.ok(`{ partners(first: 1) { totalCount edges { cursor } } }`);
    expect(first.partners.totalCount).toBe(Number(n));
    const next = await t.ok(`query ($after: String) { partners(first: 1, after: $after) { totalCount } }`, { after: first.partners.edges[0].cursor });
    expect(next.partners.totalCount).toBe(Number(n));
    const own = (samples.get('Partner') ?? [])[0].id;
    const key = await t.mintKey(Role.PARTNER, { partnerId: own });
    const seen = await t.ok(`{ partners(first: 5) { totalCount } invoices(first: 1) { totalCount } }`, undefined, key);
    expect(seen.partners.totalCount).toBe(1);
    const [{ mine }] = await t.gateway.dataSource.query(`SELECT COUNT(*) AS mine FROM fee_invoice WHERE "partnerId" = '${own}'`);
    expect(seen.invoices.totalCount).toBe(Number(mine));
  });

  it('totalCount of invoices of a derived status (FEE-8) counts the invoices of that status', async () => {
    for (const status of ['OPEN', 'PAID']) {
      const all = await t.ok(
        `query ($status: InvoiceStatus) { invoices(first: 100, status: $status) { totalCount edges { node { id status } } pageInfo { hasNextPage } } }`,
        { status },
      );
      expect(all.invoices.pageInfo.hasNextPage).toBe(false);
      expect(all.invoices.edges.every((edge: { node: { status: string } }) => edge.node.status === status)).toBe(true);
      expect(all.invoices.totalCount).toBe(all.invoices.edges.length);
    }
  });
});
