import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';

/**
 * The only place the gateway reads its environment. Every variable is one entry of
 * `SETTINGS`: its type, default, allowed values and meaning. `loadConfig` checks them all
 * and reports every bad value at once; the README's configuration table is generated from
 * the same entries (`npm run schema`), and a test fails when the two differ.
 */
export interface GatewayConfig {
  database: { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };
  host: string;
  port: number;
  /** Gateway processes serving HOST:PORT together (1: this process alone). */
  workers: number;
  logLevel: LogLevel;
  /** Introspection and field suggestions (off unless ALLIANCE_INTROSPECTION=true). */
  introspection: boolean;
  /** Largest accepted request body, bytes. */
  bodyLimitBytes: number;
  /** Browser origins allowed to call /graphql from another site; empty for none. */
  corsOrigins: string[];
  /** Load the demo dataset into an empty SQLite database on first start. */
  demoData: boolean;
  /** Requests per API key per minute (0 turns rate limiting off). */
  rateLimitPerMinute: number;
  /** How often the running gateway sweeps notices and records expiries (0 turns it off). */
  housekeepingIntervalSeconds: number;
  /** How long a webhook delivery stays claimed by one process before another may retry it. */
  webhookLeaseSeconds: number;
  /** Allow webhook targets on loopback and private networks (local development). */
  webhookAllowPrivateTargets: boolean;
  /** The key webhook signing secrets are derived from; null when unset. */
  webhookSecretKey: string | null;
  /** Run pending migrations when the gateway starts (off when a separate job migrates). */
  migrationsOnStart: boolean;
  /** Serve Prometheus metrics at /metrics. */
  metricsEnabled: boolean;
  /** /metrics answers only an ADMIN key or an INTEGRATION key with the `metrics:read` scope. */
  metricsRequireKey: boolean;
  /** OTLP/HTTP endpoint traces are sent to; null turns tracing off. */
  otlpEndpoint: string | null;
  /** The service name on exported spans. */
  otelServiceName: string;
}

/** pino's levels, lowest to highest, and `silent`. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

/** A value that breaks its setting's rule; `expected` says what is allowed. */
class InvalidValue extends Error {
  constructor(readonly expected: string) {
    super(expected);
  }
}

/** One environment variable: how it is read, its default and what it means. */
export interface Setting<T> {
  name: string;
  /** The default as it would be written in the environment; undefined when unset means off or absent. */
  default?: string;
  /** What the README shows as the default when it differs from `default` (such as under npm start). */
  defaultNote?: string;
  /** What values are allowed, in words (error messages and the README). */
  allowed: string;
  description: string;
  /** Never echoed in an error message. */
  secret?: boolean;
  parse(raw: string | undefined): T;
}

function integer(min: number, max: number, note = ''): Pick<Setting<number>, 'allowed' | 'parse'> {
  const allowed = `a whole number from ${min} to ${max}${note}`;
  return {
    allowed,
    parse(raw) {
      // Digits only: "4318.0", "1e3", " 80" and "0x50" are refused rather than guessed at.
      if (raw === undefined || !/^-?\d+$/.test(raw)) throw new InvalidValue(allowed);
      const value = Number(raw);
      if (!Number.isSafeInteger(value) || value < min || value > max) throw new InvalidValue(allowed);
      return value;
    },
  };
}

function boolean(): Pick<Setting<boolean>, 'allowed' | 'parse'> {
  const allowed = 'true or false (also 1/0, yes/no, on/off)';
  return {
    allowed,
    parse(raw) {
      const word = raw?.toLowerCase() ?? '';
      if (TRUE_WORDS.includes(word)) return true;
      if (FALSE_WORDS.includes(word)) return false;
      throw new InvalidValue(allowed);
    },
  };
}

function oneOf<T extends string>(values: readonly T[]): Pick<Setting<T>, 'allowed' | 'parse'> {
  const allowed = `one of ${values.join(', ')}`;
  return {
    allowed,
    parse(raw) {
      const value = raw?.toLowerCase();
      if (!value || !(values as readonly string[]).includes(value)) throw new InvalidValue(allowed);
      return value as T;
    },
  };
}

function url(protocols: string[], what: string): Pick<Setting<string | null>, 'allowed' | 'parse'> {
  const allowed = `${what} (${protocols.map((p) => `${p}//`).join(' or ')}), or unset`;
  return {
    allowed,
    parse(raw) {
      if (raw === undefined) return null;
      let parsed: URL;
      try {
        parsed = new URL(raw);
      } catch {
        throw new InvalidValue(allowed);
      }
      if (!protocols.includes(parsed.protocol)) throw new InvalidValue(allowed);
      if (parsed.protocol.startsWith('http') && !parsed.hostname) throw new InvalidValue(allowed);
      return raw;
    },
  };
}

function text(allowed: string, pattern: RegExp): Pick<Setting<string>, 'allowed' | 'parse'> {
  return {
    allowed,
    parse(raw) {
      if (raw === undefined || !pattern.test(raw)) throw new InvalidValue(allowed);
      return raw;
    },
  };
}

function optionalText(allowed: string, pattern: RegExp): Pick<Setting<string | null>, 'allowed' | 'parse'> {
  return {
    allowed,
    parse(raw) {
      if (raw === undefined) return null;
      if (!pattern.test(raw)) throw new InvalidValue(allowed);
      return raw;
    },
  };
}

/** A count of processes: a whole number, with `0` and `auto` meaning one per CPU core. */
function processCount(max: number): Pick<Setting<number>, 'allowed' | 'parse'> {
  const allowed = `a whole number from 0 to ${max}, or auto (0 and auto: one per CPU core)`;
  return {
    allowed,
    parse(raw) {
      const word = raw?.toLowerCase();
      if (word === 'auto' || word === '0') return availableParallelism();
      if (word === undefined || !/^\d+$/.test(word)) throw new InvalidValue(allowed);
      const value = Number(word);
      if (value > max) throw new InvalidValue(allowed);
      return value;
    },
  };
}

/** A comma-separated list of web origins (`scheme://host[:port]`, no path), or unset for none. */
function origins(): Pick<Setting<string[]>, 'allowed' | 'parse'> {
  const allowed = 'comma-separated origins such as https://tools.example.com (http or https, no path), or unset';
  return {
    allowed,
    parse(raw) {
      if (raw === undefined) return [];
      const list = raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      for (const item of list) {
        let parsed: URL;
        try {
          parsed = new URL(item);
        } catch {
          throw new InvalidValue(allowed);
        }
        if (!['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== item.replace(/\/$/, '')) throw new InvalidValue(allowed);
      }
      return list.map((item) => item.replace(/\/$/, ''));
    },
  };
}

/** Every environment variable the gateway and its commands read, in README order. */
export const SETTINGS = {
  DATABASE_URL: {
    name: 'DATABASE_URL',
    ...url(['postgres:', 'postgresql:'], 'a PostgreSQL URL'),
    description: 'PostgreSQL connection URL; unset means SQLite',
  },
  SQLITE_PATH: {
    name: 'SQLITE_PATH',
    default: 'data/alliance.sqlite',
    ...text('a file path (relative to the working directory)', /^[^\0]+$/),
    description: 'the SQLite file, used when `DATABASE_URL` is unset; created by `npm start` on first start',
  },
  HOST: {
    name: 'HOST',
    default: '127.0.0.1',
    ...text('a host name or IP address (0.0.0.0 for every interface)', /^[A-Za-z0-9.:_[\]-]+$/),
    description: 'the address the gateway listens on',
  },
  PORT: {
    name: 'PORT',
    default: '4000',
    ...integer(0, 65535, ' (0 picks a free port)'),
    description: 'the port the gateway listens on (GraphQL, the pages, /healthz, /readyz and /metrics)',
  },
  WORKERS: {
    name: 'WORKERS',
    default: '1',
    ...processCount(64),
    description:
      'gateway processes serving `HOST`:`PORT` together (Node cluster): `auto` or `0` runs one per CPU core. With more than one, a primary process starts them, replaces one that dies and stops them all on SIGTERM; they share the database (SQLite in WAL mode, writers taking turns across processes; or PostgreSQL). `1` runs the gateway in this process alone',
  },
  ALLIANCE_INTROSPECTION: {
    name: 'ALLIANCE_INTROSPECTION',
    default: 'false',
    defaultNote: '`false` (`true` under `npm start`)',
    ...boolean(),
    description: 'GraphQL introspection and "did you mean" field suggestions',
  },
  CORS_ORIGINS: {
    name: 'CORS_ORIGINS',
    ...origins(),
    defaultNote: 'unset (no other origin)',
    description:
      'the browser origins allowed to call `/graphql` from another site (CORS), comma-separated, such as `https://tools.example.com`; preflight `OPTIONS` requests from them are answered. Unset: browsers on other origins are refused',
  },
  RATE_LIMIT_PER_MINUTE: {
    name: 'RATE_LIMIT_PER_MINUTE',
    default: '1200',
    ...integer(0, 1_000_000),
    description:
      'requests per API key per minute, one budget whichever process answers (`0` turns it off); counted in the database, one request at a time under 2,000, above that in blocks of up to a thousandth of the limit a process claims at once',
  },
  BODY_LIMIT_BYTES: {
    name: 'BODY_LIMIT_BYTES',
    default: '102400',
    ...integer(1024, 100 * 1024 * 1024),
    description: 'largest GraphQL request body',
  },
  HOUSEKEEPING_INTERVAL_SECONDS: {
    name: 'HOUSEKEEPING_INTERVAL_SECONDS',
    default: '60',
    ...integer(0, 86_400),
    description: 'how often the running gateway sweeps notices (`0` off)',
  },
  WEBHOOK_LEASE_SECONDS: {
    name: 'WEBHOOK_LEASE_SECONDS',
    default: '30',
    ...integer(1, 3_600),
    description:
      'how long a webhook delivery stays claimed by the process sending it (one send; the request timeout is kept a second below it); after a crash another process retries it then',
  },
  WEBHOOK_ALLOW_PRIVATE_TARGETS: {
    name: 'WEBHOOK_ALLOW_PRIVATE_TARGETS',
    default: 'false',
    ...boolean(),
    description: 'allow webhook targets on loopback, private and link-local addresses (local development only)',
  },
  WEBHOOK_SECRET_KEY: {
    name: 'WEBHOOK_SECRET_KEY',
    ...optionalText('at least 32 characters, or unset', /^[^\0]{32,}$/),
    secret: true,
    defaultNote: 'unset (SQLite: `webhook-secret.key` beside the database)',
    description:
      'the key every webhook signing secret is derived from; no secret is stored. Required with `DATABASE_URL` (every gateway on one database must sign alike; generate one with `openssl rand -base64 32`)',
  },
  MIGRATIONS_ON_START: {
    name: 'MIGRATIONS_ON_START',
    default: 'true',
    ...boolean(),
    description:
      'run pending migrations when the gateway starts (under a lock on PostgreSQL); `false` when a release step runs them (`npm run migrate`, or `node apps/gateway/dist/cli/migrate.js` as in compose.yaml)',
  },
  ALLIANCE_DEMO_DATA: {
    name: 'ALLIANCE_DEMO_DATA',
    default: 'true',
    ...boolean(),
    description: 'load the demo dataset into a new SQLite database',
  },
  LOG_LEVEL: {
    name: 'LOG_LEVEL',
    default: 'info',
    ...oneOf(LOG_LEVELS),
    description:
      'pino log level (structured JSON logs with the request id; every GraphQL request logs one `graphql request` line with `operationName`, `keyId` (never the secret), `statusCode` and `durationMs` at info)',
  },
  METRICS_ENABLED: {
    name: 'METRICS_ENABLED',
    default: 'true',
    ...boolean(),
    description: 'serve Prometheus metrics at `/metrics` on `HOST`:`PORT`',
  },
  METRICS_REQUIRE_KEY: {
    name: 'METRICS_REQUIRE_KEY',
    default: 'false',
    ...boolean(),
    description: '`/metrics` answers only `Authorization: Bearer` with an ADMIN key or an INTEGRATION key with scope `metrics:read`',
  },
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    name: 'OTEL_EXPORTER_OTLP_ENDPOINT',
    ...url(['http:', 'https:'], 'an http(s) URL'),
    description: 'OpenTelemetry collector (OTLP over HTTP); spans go to `<endpoint>/v1/traces`. Unset: no tracing',
  },
  OTEL_SERVICE_NAME: {
    name: 'OTEL_SERVICE_NAME',
    default: 'alliance-gateway',
    ...text('a name of letters, digits, dots, dashes and underscores', /^[A-Za-z0-9._-]+$/),
    description: 'the `service.name` of exported spans',
  },
} satisfies Record<string, Setting<unknown>>;

export type SettingName = keyof typeof SETTINGS;
type Values = { [K in SettingName]: ReturnType<(typeof SETTINGS)[K]['parse']> };

/** The configuration is invalid: one line per bad value, each naming the variable, the value and what is allowed. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** A PostgreSQL URL with its password replaced by `***`, safe for messages and logs. */
export function redactUrl(raw: string): string {
  try {
    const parsed = new URL(raw);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return raw.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
}

/** How a value is shown in an error line: quoted, secrets hidden, URL passwords masked. */
function shown(setting: Setting<unknown>, raw: string): string {
  if (setting.secret) return `(hidden, ${raw.length} characters)`;
  return JSON.stringify(setting.name.endsWith('_URL') ? redactUrl(raw) : raw);
}

/** One line for a bad value, as printed at start-up. */
export function problemLine(name: string, value: string, expected: string): string {
  return `invalid ${name}=${value}: expected ${expected}`;
}

/**
 * Reads and checks every setting. An unset or empty variable takes its default. Throws a
 * ConfigError listing every bad value (not just the first).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): GatewayConfig {
  const problems: string[] = [];
  const values = {} as Record<string, unknown>;
  for (const setting of Object.values(SETTINGS) as Setting<unknown>[]) {
    const given = env[setting.name];
    const raw = given === undefined || given === '' ? setting.default : given;
    try {
      values[setting.name] = setting.parse(raw);
    } catch (error) {
      if (!(error instanceof InvalidValue)) throw error;
      problems.push(problemLine(setting.name, shown(setting, raw ?? ''), error.expected));
    }
  }
  const v = values as Values;
  if (v.DATABASE_URL && !v.WEBHOOK_SECRET_KEY && !problems.length) {
    problems.push(
      `missing WEBHOOK_SECRET_KEY: required with DATABASE_URL, so every gateway on one database signs webhooks alike (at least 32 characters; generate one with \`openssl rand -base64 32\`)`,
    );
  }
  if (v.WORKERS > 1 && !v.DATABASE_URL && v.SQLITE_PATH === ':memory:' && !problems.length) {
    problems.push(
      problemLine(
        'WORKERS',
        JSON.stringify(env.WORKERS ?? ''),
        `1 with SQLITE_PATH=":memory:" (processes cannot share an in-memory database; use a file or PostgreSQL)`,
      ),
    );
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    database: v.DATABASE_URL ? { type: 'postgres', url: v.DATABASE_URL } : { type: 'sqlite', path: sqlitePath(v.SQLITE_PATH, cwd) },
    host: v.HOST,
    port: v.PORT,
    workers: v.WORKERS,
    logLevel: v.LOG_LEVEL,
    introspection: v.ALLIANCE_INTROSPECTION,
    bodyLimitBytes: v.BODY_LIMIT_BYTES,
    corsOrigins: v.CORS_ORIGINS,
    demoData: v.ALLIANCE_DEMO_DATA,
    rateLimitPerMinute: v.RATE_LIMIT_PER_MINUTE,
    housekeepingIntervalSeconds: v.HOUSEKEEPING_INTERVAL_SECONDS,
    webhookLeaseSeconds: v.WEBHOOK_LEASE_SECONDS,
    webhookAllowPrivateTargets: v.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    webhookSecretKey: v.WEBHOOK_SECRET_KEY,
    migrationsOnStart: v.MIGRATIONS_ON_START,
    metricsEnabled: v.METRICS_ENABLED,
    metricsRequireKey: v.METRICS_REQUIRE_KEY,
    otlpEndpoint: v.OTEL_EXPORTER_OTLP_ENDPOINT,
    otelServiceName: v.OTEL_SERVICE_NAME,
  };
}

function sqlitePath(path: string, cwd: string): string {
  if (path === ':memory:') return path;
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** The README's configuration table (between `<!-- config:start -->` and `<!-- config:end -->`). */
export function configTableMarkdown(): string {
  const cell = (value: string) => value.replace(/\|/g, '\\|');
  const rows = (Object.values(SETTINGS) as Setting<unknown>[]).map((setting) => {
    const fallback = setting.defaultNote ?? (setting.default === undefined ? 'unset' : `\`${setting.default}\``);
    return `| \`${setting.name}\` | ${cell(fallback)} | ${cell(setting.allowed)} | ${cell(setting.description)} |`;
  });
  return ['| variable | default | allowed | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
