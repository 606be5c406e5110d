import { resolve } from 'node:path';

/** The only place the gateway reads its environment. */
export interface GatewayConfig {
  database: { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };
  host: string;
  port: number;
  logLevel: string;
  /** Introspection and field suggestions (off unless ALLIANCE_INTROSPECTION=true). */
  introspection: boolean;
  /** Largest accepted request body, bytes. */
  bodyLimitBytes: number;
  /** Load the demo dataset into an empty SQLite database on first start. */
  demoData: boolean;
  /** Requests per API key per minute (0 turns rate limiting off). */
  rateLimitPerMinute: number;
  /** How often the running gateway sweeps notices and records expiries (0 turns it off). */
  housekeepingIntervalSeconds: number;
  /** How long a webhook delivery stays claimed by one process before another may retry it. */
  webhookLeaseSeconds: number;
  /**
   * The key webhook signing secrets are derived from (none is stored). Required with
   * PostgreSQL (every gateway on one database must share it); with SQLite a key file is
   * created beside the database when unset.
   */
  webhookSecretKey: string | null;
  /** Allow webhook targets on loopback, private and link-local addresses (local development). */
  webhookAllowPrivateTargets: boolean;
  /** Run pending migrations at start (under a lock on PostgreSQL); off when a release step runs `npm run migrate`. */
  migrationsOnStart: boolean;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): GatewayConfig {
  const url = env.DATABASE_URL?.trim();
  return {
    database: url
      ? { type: 'postgres', url }
      : { type: 'sqlite', path: env.SQLITE_PATH ? resolve(cwd, env.SQLITE_PATH) : resolve(cwd, 'data', 'alliance.sqlite') },
    host: env.HOST || '127.0.0.1',
    port: int('PORT', env.PORT, 4000),
    logLevel: env.LOG_LEVEL || 'info',
    introspection: bool(env.ALLIANCE_INTROSPECTION, false),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, 100 * 1024),
    demoData: bool(env.ALLIANCE_DEMO_DATA, true),
    rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 1200),
    housekeepingIntervalSeconds: int('HOUSEKEEPING_INTERVAL_SECONDS', env.HOUSEKEEPING_INTERVAL_SECONDS, 60),
    webhookLeaseSeconds: Math.max(1, int('WEBHOOK_LEASE_SECONDS', env.WEBHOOK_LEASE_SECONDS, 30)),
    webhookSecretKey: env.WEBHOOK_SECRET_KEY?.trim() || null,
    webhookAllowPrivateTargets: bool(env.WEBHOOK_ALLOW_PRIVATE_TARGETS, false),
    migrationsOnStart: bool(env.MIGRATIONS_ON_START, true),
  };
}
