import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Clock, FixedClock, Role, runUnitOfWork } from '@alliance/kernel';
import { loadConfig, GatewayConfig } from '../../src/config';
import { createGateway, Gateway } from '../../src/server';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  headers: Record<string, unknown>;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
}

export interface TestGateway {
  gateway: Gateway;
  adminKey: string;
  clock: Clock;
  database: 'sqlite' | 'postgres';
  /** Every log line the gateway wrote (JSON text), when started with `captureLog`. */
  log: string[];
  /** POSTs a GraphQL operation with a bearer key (or none) through the real HTTP stack. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string | null,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  /** Like gql, but fails the test on any GraphQL error and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string | null): Promise<T>;
  mintKey(role: Role, options?: { partnerId?: string; scopes?: string[]; name?: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * A gateway over a fresh database built by the real migrations: in-memory SQLite by
 * default, or a scratch database on the PostgreSQL server named by DATABASE_URL.
 */
export async function startTestGateway(options: { clock?: Clock; config?: Partial<GatewayConfig>; captureLog?: boolean } = {}): Promise<TestGateway> {
  const clock = options.clock ?? new FixedClock('2026-03-02T09:00:00.000Z');
  const scratch = await scratchDatabase();
  const config: GatewayConfig = { ...loadConfig(TEST_ENV), database: scratch.database, ...options.config };
  const log: string[] = [];
  const logger = options.captureLog ? { level: 'trace', stream: { write: (line: string) => void log.push(line) } } : false;
  const gateway = await createGateway({ config, clock, logger });
  const system = gateway.systemContext();
  const mintKey: TestGateway['mintKey'] = async (role, opts = {}) => {
    const { secret } = await runUnitOfWork(system, () =>
      gateway.modules.access.keys.mint(system, {
        name: opts.name ?? `${role.toLowerCase()} test key`,
        role,
        partnerId: opts.partnerId ?? null,
        scopes: opts.scopes ?? [],
      }),
    );
    return secret;
  };
  const adminKey = await mintKey(Role.ADMIN, { name: 'test admin' });

  const gql: TestGateway['gql'] = async (query, variables, key = adminKey, headers = {}) => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      payload: JSON.stringify({ query, variables }),
    });
    return { status: response.statusCode, headers: response.headers, body: response.json() };
  };

  return {
    gateway,
    adminKey,
    clock,
    database: scratch.database.type,
    log,
    gql,
    async ok(query, variables, key) {
      const response = await gql(query, variables, key);
      if (response.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors)}`);
      return response.body.data as any;
    },
    mintKey,
    async close() {
      await gateway.close();
      await scratch.drop();
    },
  };
}

/**
 * Settings every test gateway shares: one webhook key (child processes must sign alike), and
 * webhook targets on 127.0.0.1 allowed, because the test receivers listen there.
 */
export const TEST_ENV: NodeJS.ProcessEnv = {
  WEBHOOK_SECRET_KEY: 'alliance-test-webhook-key-of-32-characters-or-more',
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
};

export interface ScratchDatabase {
  /** The gateway's database setting for it. */
  database: GatewayConfig['database'];
  /** Environment for a child process (`loadConfig` reads it). */
  env: NodeJS.ProcessEnv;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file: a scratch database on the PostgreSQL server named by
 * DATABASE_URL, or SQLite (in memory, or a file in `sqliteDir` when another process must open it).
 */
export async function scratchDatabase(sqliteDir?: string): Promise<ScratchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const path = sqliteDir ? `${sqliteDir}/alliance.sqlite` : ':memory:';
    return { database: { type: 'sqlite', path }, env: { ...TEST_ENV, DATABASE_URL: '', SQLITE_PATH: path }, drop: async () => undefined };
  }
  const name = `alliance_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    database: { type: 'postgres', url: url.toString() },
    env: { ...TEST_ENV, DATABASE_URL: url.toString() },
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Title suffix so SQLite and PostgreSQL runs are told apart in reports. */
export const onDatabase = process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite';
