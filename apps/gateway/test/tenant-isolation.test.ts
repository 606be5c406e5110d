import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { Role } from '@alliance/kernel';
import { loadDemoData } from '../src/demo';
import { onDatabase, startTestGateway, TestGateway } from './support/harness';

jest.setTimeout(900_000);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Tenant isolation, generated from the schema: every query field is called by a PARTNER key
 * of partner B with the ids of every other partner's rows (direct lookups, `partnerId`
 * arguments and filters, and `node`/`nodes` with each of those ids), selecting nested fields and
 * connections a few levels deep, and the responses must contain no id of another partner's rows. The public compatibility guide and the
 * support schedule (supported and obsolete products) are the places other partners' rows appear
 * by design.
 */
describe(`tenant isolation over the whole schema on ${onDatabase}`, () => {
  let t: TestGateway;
  let schema: GraphQLSchema;
  const owner = new Map<string, string>();
  const candidatesByTable = new Map<string, string[]>();
  let partnerB: string;
  let keyB: string;
  let publicIds: Set<string>;
  const reachedTypes = new Set<string>();

  beforeAll(async () => {
    // The walk sends well over a minute's worth of requests per key at one fixed instant: rate limits are tested elsewhere.
    t = await startTestGateway({ clock: undefined, config: { rateLimitPerMinute: 0 } });
    await loadDemoData(t.gateway);
    schema = t.gateway.schema;
    // Every row of every table that carries a partnerId belongs to that partner.
    const tables = t.gateway.dataSource.entityMetadatas.filter((m) => m.columns.some((c) => c.propertyName === 'partnerId') && m.primaryColumns.length === 1);
    for (const meta of tables) {
      const rows: { id: string; partnerId: string | null }[] = await t.gateway.dataSource.query(
        `SELECT "${meta.primaryColumns[0].databaseName}" AS id, "partnerId" AS "partnerId" FROM "${meta.tableName}"`,
      );
      for (const row of rows) if (row.partnerId) owner.set(String(row.id), row.partnerId);
      candidatesByTable.set(
        meta.tableName,
        rows.filter((r) => r.partnerId).map((r) => String(r.id)),
      );
    }
    const partners: { id: string }[] = await t.gateway.dataSource.query('SELECT id FROM mem_partner ORDER BY id');
    for (const p of partners) owner.set(p.id, p.id);
    // B: the partner owning the fewest rows; every other partner's rows are off limits to it.
    const counts = new Map(partners.map((p) => [p.id, 0]));
    for (const partnerId of owner.values()) counts.set(partnerId, (counts.get(partnerId) ?? 0) + 1);
    partnerB = [...counts.entries()].sort((a, b) => a[1] - b[1])[0][0];
    keyB = await t.mintKey(Role.PARTNER, { partnerId: partnerB, name: 'partner B' });
    // The public compatibility guide: each published listing, selected as the walk selects it.
    const listingField = (schema.getQueryType() as GraphQLObjectType).getFields().listing;
    const published: { id: string }[] = await t.gateway.dataSource.query(`SELECT id FROM cert_listing WHERE status = 'PUBLISHED'`);
    const shown: string[] = [];
    for (const { id } of published) {
      const response = await t.gql(`{ listing(id: ${JSON.stringify(id)}) ${selection(getNamedType(listingField.type), 4, { left: 120 })} }`, {}, keyB);
      shown.push(JSON.stringify(response.body.data ?? {}));
    }
    // The support schedule is public too (SUP-7, 004 §4.3: supported and obsolete products are listed for customers).
    const query = schema.getQueryType() as GraphQLObjectType;
    const software: { id: string }[] = await t.gateway.dataSource.query('SELECT id FROM cert_software');
    for (const { id } of software) {
      const response = await t.gql(
        `{ obsolescence(softwareId: ${JSON.stringify(id)}) ${selection(getNamedType(query.getFields().obsolescence.type), 4, { left: 120 })} }`,
        {},
        keyB,
      );
      shown.push(JSON.stringify(response.body.data ?? {}));
    }
    const obsolete = await t.gql(
      `{ obsoleteProducts(first: 100) ${selection(getNamedType(query.getFields().obsoleteProducts.type), 5, { left: 120 })} }`,
      {},
      keyB,
    );
    shown.push(JSON.stringify(obsolete.body.data ?? {}));
    publicIds = new Set(shown.join('').match(/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []);
  });

  afterAll(async () => {
    await t.close();
  });

  const foreignIds = () => [...owner.entries()].filter(([id, partnerId]) => partnerId !== partnerB && !publicIds.has(id)).map(([id]) => id);

  /** A sample of other partners' ids: a few from each table, so every kind of row is tried. */
  function candidateIds(): string[] {
    const out = new Set<string>();
    for (const ids of candidatesByTable.values()) for (const id of ids.filter((i) => owner.get(i) !== partnerB).slice(0, 2)) out.add(id);
    for (const [id, partnerId] of owner) if (id === partnerId && id !== partnerB) out.add(id);
    return [...out];
  }

  function literal(arg: { name: string; type: GraphQLArgument['type'] }, id: string): string | null {
    const named = getNamedType(arg.type);
    const list = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
    let value: string | null = null;
    if (named.name === 'ID') value = JSON.stringify(id);
    else if (/id$/i.test(arg.name) && named.name === 'String') value = JSON.stringify(id);
    else if (named.name === 'Int')
      value = arg.name === 'days' ? '30' : arg.name === 'first' ? '5' : arg.name === 'memberCount' ? '10' : /year/i.test(arg.name) ? '2026' : '1';
    else if (named.name === 'String') value = '"x"';
    else if (named.name === 'Boolean') value = 'true';
    else if (named.name === 'DateTimeISO') value = JSON.stringify(t.clock.now().toISOString());
    else if (isEnumType(named)) value = named.getValues()[0].name;
    else if (isInputObjectType(named)) value = inputLiteral(named, id);
    else if (isScalarType(named)) value = /date/i.test(named.name) ? '"2026-03-02"' : '"x"';
    if (value === null) return null;
    return list ? `[${value}]` : value;
  }

  /** Input objects (filters): fill partner ids and required fields. */
  function inputLiteral(type: GraphQLInputObjectType, id: string): string | null {
    const parts: string[] = [];
    for (const field of Object.values(type.getFields())) {
      const wanted = isNonNullType(field.type) || /partnerId|Id$/.test(field.name);
      if (!wanted) continue;
      const value = literal({ name: field.name, type: field.type }, field.name === 'partnerId' ? (owner.get(id) ?? id) : id);
      if (value === null) return null;
      parts.push(`${field.name}: ${value}`);
    }
    return `{ ${parts.join(', ')} }`;
  }

  /** A selection of a type a few levels deep (within the depth and cost limits). */
  function selection(type: GraphQLNamedType, depth: number, budget: { left: number }): string {
    if (isLeafType(type)) return '';
    reachedTypes.add(type.name);
    if (isUnionType(type)) return '{ __typename }';
    // `Node`: the id of the record reached is enough to tell whose it is.
    if (isInterfaceType(type)) return 'id' in type.getFields() ? '{ __typename id }' : '{ __typename }';
    const obj = type as GraphQLObjectType;
    const parts: string[] = [];
    for (const field of Object.values(obj.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (budget.left <= 0) break;
      if (field.args.some((a) => isNonNullType(a.type))) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        parts.push(field.name);
        budget.left -= 1;
      } else if (depth > 1 && isObjectType(named)) {
        const firstArg = field.args.some((a) => a.name === 'first') ? '(first: 3)' : '';
        const inner = selection(named, depth - 1, budget);
        if (inner) {
          parts.push(`${field.name}${firstArg} ${inner}`);
          budget.left -= 4;
        }
      }
    }
    return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
  }

  function depthFor(type: GraphQLNamedType): number {
    return type.name.endsWith('Connection') ? 5 : 4;
  }

  async function walk(key: string): Promise<{ leaks: string[]; calls: number; rejected: string[] }> {
    const rejected: string[] = [];
    const query = schema.getQueryType() as GraphQLObjectType;
    const ids = candidateIds();
    const forbidden = foreignIds();
    // Ids are UUIDs: a response's ids are read out once and looked up, instead of searching the
    // body for each of the thousands of foreign ids (the walk's cost was mostly that search).
    const forbiddenUuids = new Set(forbidden.filter((id) => UUID.test(id)));
    const forbiddenOther = forbidden.filter((id) => !UUID.test(id));
    expect(ids.length).toBeGreaterThan(5);
    const leaks: string[] = [];
    let calls = 0;
    for (const field of Object.values(query.getFields())) {
      const returnType = getNamedType(field.type);
      const sel = selection(returnType, depthFor(returnType), { left: 120 });
      const takesId = field.args.some((a) => getNamedType(a.type).name === 'ID' || isInputObjectType(getNamedType(a.type)));
      for (const id of takesId ? ids : ['none']) {
        const args: string[] = [];
        let skip = false;
        for (const arg of field.args) {
          if (!isNonNullType(arg.type) && !(getNamedType(arg.type).name === 'ID' || /partnerId/.test(arg.name) || isInputObjectType(getNamedType(arg.type))))
            continue;
          const value = literal(arg, arg.name === 'partnerId' ? (owner.get(id) ?? id) : id);
          if (value === null) {
            if (isNonNullType(arg.type)) skip = true;
            continue;
          }
          args.push(`${arg.name}: ${value}`);
        }
        if (skip) continue;
        const text = `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${sel} }`;
        const response = await t.gql(text, {}, key);
        calls += 1;
        const code = response.body.errors?.[0]?.extensions?.code;
        if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT')
          rejected.push(`${field.name}: ${response.body.errors?.[0]?.message}`);
        expect(response.status).not.toBe(500);
        // The id B asked for may be echoed back ("Enrollment <id> not found"); anything else may not.
        let body = JSON.stringify(response.body);
        for (const asked of [id, owner.get(id) ?? id]) body = body.split(asked).join('');
        const leaked: string[] = [...new Set(body.match(UUIDS) ?? [])]
          .filter((found) => forbiddenUuids.has(found))
          .concat(forbiddenOther.filter((foreign) => body.includes(foreign)));
        // `node` and `nodes` answer with the very record asked for, whose id is not echoed text: a
        // foreign record reached is a leak (a PARTNER key must get null).
        if (isInterfaceType(returnType)) {
          const reached = JSON.stringify(response.body.data?.[field.name] ?? null).match(UUIDS) ?? [];
          leaked.push(...reached.filter((found) => forbiddenUuids.has(found) && !leaked.includes(found)));
        }
        if (leaked.length && process.env.DEBUG_LEAKS) console.log(text, JSON.stringify(response.body));
        if (leaked.length)
          leaks.push(
            `${field.name} with ${id}: ${leaked.slice(0, 3).join(', ')} (owned by ${leaked
              .slice(0, 3)
              .map((l) => owner.get(l))
              .join(', ')})`,
          );
      }
    }
    return { leaks, calls, rejected };
  }

  it('a PARTNER key of partner B gets nothing of any other partner through any query field', async () => {
    const { leaks, calls, rejected } = await walk(keyB);
    // Every generated query must be valid and within the limits, or the walk proves nothing.
    expect([...new Set(rejected)]).toEqual([]);
    expect(calls).toBeGreaterThan(Object.keys((schema.getQueryType() as GraphQLObjectType).getFields()).length);
    expect(leaks).toEqual([]);
  });

  it("the walk would see a leak: an ADMIN key walking the same way reaches other partners' rows", async () => {
    const { leaks } = await walk(t.adminKey);
    const fields = new Set(leaks.map((leak) => leak.split(' ')[0]));
    if (process.env.DEBUG_LEAKS) console.log([...fields].join(', '));
    expect(fields.size).toBeGreaterThanOrEqual(10);
    // The same foreign ids that give a PARTNER key null through `node` and `nodes` reach the records for an ADMIN key.
    expect([...fields]).toEqual(expect.arrayContaining(['node', 'nodes']));
  });

  it('every object type that carries a partner is reached by the walk', () => {
    const carrying = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__') && 'partnerId' in type.getFields())
      .map((type) => type.name);
    // Types that only mutations return are isolated by the mutations' own checks.
    const onlyFromMutations = carrying.filter((name) => !reachedTypes.has(name));
    expect(carrying.length).toBeGreaterThan(10);
    expect(onlyFromMutations.length).toBeLessThan(carrying.length / 3);
  });

  it('an INTEGRATION key without scopes reaches nothing but its own identity', async () => {
    const none = await t.mintKey(Role.INTEGRATION, { scopes: [] });
    const query = schema.getQueryType() as GraphQLObjectType;
    const reached: string[] = [];
    for (const field of Object.values(query.getFields())) {
      const returnType = getNamedType(field.type);
      const args: string[] = [];
      let skip = false;
      for (const arg of field.args) {
        if (!isNonNullType(arg.type)) continue;
        const value = literal(arg, partnerB);
        if (value === null) skip = true;
        else args.push(`${arg.name}: ${value}`);
      }
      if (skip) continue;
      const sel = isLeafType(returnType)
        ? ''
        : isObjectType(returnType)
          ? `{ ${Object.keys(returnType.getFields()).find((f) => isLeafType(getNamedType(returnType.getFields()[f].type)) && !returnType.getFields()[f].args.length) ?? '__typename'} }`
          : '{ __typename }';
      const response = await t.gql(`{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${sel} }`, {}, none);
      const code = response.body.errors?.[0]?.extensions?.code;
      if (code !== 'FORBIDDEN') reached.push(`${field.name}: ${code ?? 'data'}`);
    }
    expect(reached).toEqual(['viewer: data']);
  });
});
