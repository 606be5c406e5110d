import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from './config';
import { ensureDataset } from './dataset';
import { startGateway, withGateway } from './gateway';
import { ensureFullDataset } from './ingest-bench';
import { BenchQuery, benchQueries } from './queries';
import 'reflect-metadata';
import { guidePage, partnersPage, progression, runOnSqlite } from './raw-server';

/**
 * Where the time of a gateway request goes, for the README's analysis:
 *
 *   profile.ts statements     SQL statements per request of each query (gateway in-process, TypeORM's
 *                             logger counting) and the in-process time per request, gateway vs the
 *                             raw server's functions (no HTTP on either side)
 *   profile.ts breakdown      the partner page in-process, layer by layer: API key check, a bare
 *                             request, the whole request, Apollo with and without its default
 *                             cache-control plugin, graphql-js alone, TypeORM's statements alone,
 *                             and the raw server's functions
 *   profile.ts cpu <query>    the gateway child under --cpu-prof for 8 s of autocannon load on one
 *                             query (partners, guide or dashboard); prints the top self-time frames
 *                             and self time by package
 */
async function statements(): Promise<void> {
  const dataset = await ensureDataset();
  await ensureFullDataset(dataset, (line) => process.stdout.write(`${line}\n`));
  const queries = benchQueries(dataset, dataset.fullPath);
  const raw = new Database(dataset.fullPath, { readonly: true });
  await withGateway(dataset.fullPath, async (gateway) => {
    const seen: string[] = [];
    const logger = gateway.dataSource.logger as { logQuery: (query: string) => void };
    logger.logQuery = (query: string) => void seen.push(query);
    for (const query of queries) {
      const variant = query.variants[0];
      const run = () =>
        gateway.app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${dataset.adminKey}` },
          payload: JSON.stringify(variant.graphql),
        });
      await run();
      seen.length = 0;
      const response = await run();
      if (response.statusCode !== 200) throw new Error(`${query.key}: HTTP ${response.statusCode} ${response.body.slice(0, 300)}`);
      const count = seen.length;
      const listed = [...seen];
      const n = 200;
      let started = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await run();
      const gatewayMs = Number(process.hrtime.bigint() - started) / 1e6 / n;
      started = process.hrtime.bigint();
      for (let i = 0; i < n; i++) JSON.stringify(rawAnswer(raw, query, variant.rawPath));
      const rawMs = Number(process.hrtime.bigint() - started) / 1e6 / n;
      process.stdout.write(
        `\n${query.key}: ${count} SQL statements per request; in-process ${gatewayMs.toFixed(2)} ms per request (gateway, app.inject) vs ${rawMs.toFixed(2)} ms (raw functions)\n`,
      );
      for (const sql of listed) process.stdout.write(`  ${sql.replace(/\s+/g, ' ')}\n`);
    }
  });
  raw.close();
}

const runners = new WeakMap<Database.Database, ReturnType<typeof runOnSqlite>>();

function rawAnswer(db: Database.Database, query: BenchQuery, path: string): unknown {
  const q = new URL(path, 'http://x').searchParams;
  let run = runners.get(db);
  if (!run) runners.set(db, (run = runOnSqlite(db)));
  if (query.key === 'partners') return run(partnersPage(50, q.get('after'), Date.now()));
  if (query.key === 'guide') return run(guidePage(q.get('productId') ?? '', q.get('productVersion') ?? '', 50));
  return run(progression(q.get('partnerId') ?? '', q.get('asOf') ?? ''));
}

interface CpuProfile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function summarize(file: string, top = 25): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += dt;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    const where = url.includes('node_modules/')
      ? url.slice(url.lastIndexOf('node_modules/') + 13)
      : url.replace(/^.*\/work\/main\//, '').replace('file://', '');
    frames.set(
      `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`,
      (frames.get(`${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`) ?? 0) + dt,
    );
    const pkg = url.includes('node_modules/')
      ? where
          .split('/')
          .slice(0, where.startsWith('@') ? 2 : 1)
          .join('/')
      : url.startsWith('node:') || url === ''
        ? functionName.startsWith('(')
          ? functionName
          : 'node internals / native'
        : where.split('/').slice(0, 2).join('/');
    packages.set(pkg, (packages.get(pkg) ?? 0) + dt);
  });
  const busy = [...packages.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`\n${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s not idle\n\nself time by package:\n`);
  for (const [name, us] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 20))
    process.stdout.write(`  ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${name}\n`);
  process.stdout.write(`\ntop frames (self time):\n`);
  for (const [name, us] of [...frames].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`  ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${name}\n`);

  // Inclusive time of the stages of a request: a sample counts once for each distinct stage on its stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stages: [string, (f: CpuProfile['nodes'][number]['callFrame']) => boolean][] = [
    ['HTTP request handling (fastify route handler and below)', (f) => f.url.includes('fastify/lib/handleRequest') && f.functionName === 'handler'],
    ['API key authentication', (f) => f.functionName === 'authenticate' && f.url.includes('api-key.service')],
    ['Apollo request pipeline', (f) => f.functionName === 'processGraphQLRequest'],
    ['GraphQL execution (resolvers and below)', (f) => f.functionName === 'executeOperation' && f.url.includes('graphql/execution')],
    [
      'TypeORM query building + hydration (getMany/getRawMany/find*)',
      (f) => f.url.includes('typeorm/') && /^(getMany|getRawMany|getRawAndEntities|find|findBy|findOne|findOneBy)$/.test(f.functionName),
    ],
    [
      'SQLite statement execution (better-sqlite3 all/get/run)',
      (f) => f.url.includes('better-sqlite3/lib') || ((f.functionName === 'all' || f.functionName === 'get' || f.functionName === 'run') && f.url === ''),
    ],
    ['response serialisation (prettyJSONStringify)', (f) => f.functionName === 'prettyJSONStringify'],
    ['class-validator (argument validation)', (f) => f.url.includes('class-validator/')],
    ['type-graphql resolver wrappers', (f) => f.url.includes('type-graphql/')],
    ['async_hooks promise hooks (AsyncLocalStorage)', (f) => f.functionName.startsWith('promise') && f.url.includes('async_hooks')],
    ['garbage collector', (f) => f.functionName === '(garbage collector)'],
  ];
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const hit = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      for (const [name, test] of stages) if (test(frame)) hit.add(name);
    }
    for (const name of hit) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
  });
  process.stdout.write(`\ninclusive time of request stages (share of busy time):\n`);
  for (const [name] of stages) process.stdout.write(`  ${((100 * (inclusive.get(name) ?? 0)) / busy).toFixed(1).padStart(5)}%  ${name}\n`);
}

async function cpu(key: string): Promise<void> {
  const dataset = await ensureDataset();
  await ensureFullDataset(dataset, (line) => process.stdout.write(`${line}\n`));
  const query = benchQueries(dataset, dataset.fullPath).find((q) => q.key === key);
  if (!query) throw new Error(`unknown query ${key}: partners, guide or dashboard`);
  const dir = join(BENCH_DIR, 'profiles', key);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const gateway = await startGateway(dataset.fullPath, 4720, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const requests = query.variants.map((v) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${dataset.adminKey}` },
    body: JSON.stringify(v.graphql),
  }));
  let next = 0;
  const result = await autocannon({
    url: 'http://127.0.0.1:4720',
    connections: 10,
    duration: 8,
    requests: [{ setupRequest: (r) => ({ ...r, ...requests[next++ % requests.length] }) }],
  });
  process.stdout.write(`${key}: ${Math.round(result.requests.average)} req/s under the profiler, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms\n`);
  await gateway.stop();
  // The largest profile is the gateway that took the load (a main.js that failed to start leaves a small one).
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(dir, name));
  if (files.length === 0) throw new Error(`no profile written in ${dir}`);
  summarize(files.sort((a, b) => statSync(b).size - statSync(a).size)[0]);
}

interface ApolloLike {
  start(): Promise<void>;
  executeOperation(
    request: { query: string; variables?: Record<string, unknown> },
    options: { contextValue: unknown },
  ): Promise<{ body: { kind: string; singleResult?: { errors?: unknown[] } } }>;
}

async function breakdown(): Promise<void> {
  const dataset = await ensureDataset();
  await ensureFullDataset(dataset, (line) => process.stdout.write(`${line}\n`));
  const partners = benchQueries(dataset, dataset.fullPath).find((q) => q.key === 'partners') as BenchQuery;
  const variant = partners.variants[0];
  const raw = new Database(dataset.fullPath, { readonly: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fromGateway = (id: string) => require(require.resolve(id, { paths: [join(BENCH_DIR, '..', 'apps', 'gateway')] })) as Record<string, unknown>;
  const kernel = fromGateway('@alliance/kernel') as { RequestContext: new (init: object) => object };
  const membership = fromGateway('@alliance/membership') as Record<string, new () => object>;
  const { ApolloServer } = fromGateway('@apollo/server') as { ApolloServer: new (options: object) => ApolloLike };
  const { ApolloServerPluginCacheControlDisabled } = fromGateway('@apollo/server/plugin/disabled') as { ApolloServerPluginCacheControlDisabled: () => object };
  const graphql = fromGateway('graphql') as typeof import('graphql');
  const typeorm = fromGateway('typeorm') as typeof import('typeorm');
  await withGateway(dataset.fullPath, async (gateway) => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${dataset.adminKey}` };
    const actor = await gateway.authenticate({ headers } as never);
    const context = () => new kernel.RequestContext({ db: gateway.db, clock: gateway.clock, bus: gateway.bus, actor, requestId: 'profile' });
    const apollo = new ApolloServer({ schema: gateway.schema });
    const apolloNoCacheControl = new ApolloServer({ schema: gateway.schema, plugins: [ApolloServerPluginCacheControlDisabled()] });
    await apollo.start();
    await apolloNoCacheControl.start();
    const document = graphql.parse(variant.graphql.query);
    const em = gateway.dataSource.manager;
    const runRaw = runOnSqlite(raw);
    const ids = (runRaw(partnersPage(50, null, Date.now())) as { data: { partners: { edges: { node: { id: string } }[] } } }).data.partners.edges.map(
      (e) => e.node.id,
    );
    const steps: [string, () => Promise<unknown>][] = [
      ['API key authentication (hash + SELECT, in the queue)', () => gateway.authenticate({ headers } as never)],
      [
        'whole request `{ __typename }` (Fastify inject, auth, Apollo)',
        () => gateway.app.inject({ method: 'POST', url: '/graphql', headers, payload: JSON.stringify({ query: '{ __typename }' }) }),
      ],
      [
        'whole request, partner page (Fastify inject, auth, Apollo)',
        () => gateway.app.inject({ method: 'POST', url: '/graphql', headers, payload: JSON.stringify(variant.graphql) }),
      ],
      [
        'Apollo executeOperation, default plugins (cache control on)',
        () => gateway.db.exclusive(() => apollo.executeOperation(variant.graphql, { contextValue: context() })),
      ],
      [
        'Apollo executeOperation, cache control plugin disabled',
        () => gateway.db.exclusive(() => apolloNoCacheControl.executeOperation(variant.graphql, { contextValue: context() })),
      ],
      [
        'graphql-js execute only (type-graphql resolvers, services, TypeORM)',
        () => gateway.db.exclusive(async () => graphql.execute({ schema: gateway.schema, document, contextValue: context() })),
      ],
      [
        'TypeORM only: the 4 statements of the page, hydrated to entities',
        async () => {
          const page = await em.createQueryBuilder(membership.Partner, 'partner').orderBy('partner.id', 'ASC').take(51).getMany();
          await em.find(membership.NetworkMembership, { where: { partnerId: typeorm.In(ids), kind: 'TAP' } });
          const enrollments = (await em.find(membership.Enrollment, { where: { partnerId: typeorm.In(ids) } })) as { programId: string }[];
          await em.findBy(membership.Program, { id: typeorm.In([...new Set(enrollments.map((e) => e.programId))]) });
          return page;
        },
      ],
      ['raw server functions (3 statements + JSON.stringify)', async () => JSON.stringify(runRaw(partnersPage(50, null, Date.now())))],
    ];
    const rounds = 5;
    const perRound = 100;
    const totals = new Map<string, number>();
    for (const [, run] of steps) for (let i = 0; i < 30; i++) await run();
    // Interleaved rounds, so other work on the machine falls on every step alike.
    for (let round = 0; round < rounds; round++) {
      for (const [name, run] of steps) {
        const started = process.hrtime.bigint();
        for (let i = 0; i < perRound; i++) await run();
        totals.set(name, (totals.get(name) ?? 0) + Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    process.stdout.write(`\npartner page, in-process, mean of ${rounds * perRound} runs each:\n`);
    for (const [name] of steps) process.stdout.write(`  ${((totals.get(name) ?? 0) / (rounds * perRound)).toFixed(3).padStart(7)} ms  ${name}\n`);
  });
  raw.close();
}

const [command, key] = process.argv.slice(2);
(command === 'cpu'
  ? cpu(key ?? 'partners')
  : command === 'summarize'
    ? Promise.resolve(summarize(key))
    : command === 'breakdown'
      ? breakdown()
      : statements()
).catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
