import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, configTableMarkdown, loadConfig, redactUrl, SETTINGS } from '../src/config';
import { loadCheckedConfig } from '../src/startup';

/** The problems loadConfig reports for an environment (empty when it is valid). */
function problems(env: NodeJS.ProcessEnv, check = loadConfig): string[] {
  try {
    check(env, '/srv/alliance');
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('configuration: one table of settings, every bad value named', () => {
  it('defaults: SQLite under data/, 127.0.0.1:4000, every limit as published', () => {
    const config = loadConfig({}, '/srv/alliance');
    expect(config).toMatchObject({
      database: { type: 'sqlite', path: '/srv/alliance/data/alliance.sqlite' },
      host: '127.0.0.1',
      port: 4000,
      workers: 1,
      logLevel: 'info',
      introspection: false,
      bodyLimitBytes: 102400,
      demoData: true,
      rateLimitPerMinute: 1200,
      housekeepingIntervalSeconds: 60,
      webhookLeaseSeconds: 30,
      webhookAllowPrivateTargets: false,
      webhookSecretKey: null,
      migrationsOnStart: true,
      metricsEnabled: true,
      metricsRequireKey: false,
      otlpEndpoint: null,
      otelServiceName: 'alliance-gateway',
    });
    // An empty variable is the same as an unset one (compose files write `VAR=`).
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }, '/srv/alliance')).toMatchObject({ port: 4000, database: { type: 'sqlite' } });
  });

  it.each([
    ['PORT', 'abc', 'invalid PORT="abc": expected a whole number from 0 to 65535 (0 picks a free port)'],
    ['PORT', '99999', 'invalid PORT="99999": expected a whole number from 0 to 65535 (0 picks a free port)'],
    ['PORT', '4318.0', 'invalid PORT="4318.0": expected a whole number from 0 to 65535 (0 picks a free port)'],
    ['PORT', '-1', 'invalid PORT="-1": expected a whole number from 0 to 65535 (0 picks a free port)'],
    ['RATE_LIMIT_PER_MINUTE', '-1', 'invalid RATE_LIMIT_PER_MINUTE="-1": expected a whole number from 0 to 1000000'],
    ['BODY_LIMIT_BYTES', '1e5', 'invalid BODY_LIMIT_BYTES="1e5": expected a whole number from 1024 to 104857600'],
    ['WEBHOOK_LEASE_SECONDS', '0', 'invalid WEBHOOK_LEASE_SECONDS="0": expected a whole number from 1 to 3600'],
    ['DATABASE_URL', 'not-a-url', 'invalid DATABASE_URL="not-a-url": expected a PostgreSQL URL (postgres:// or postgresql://), or unset'],
    [
      'DATABASE_URL',
      'mysql://app:hunter2@db/alliance',
      'invalid DATABASE_URL="mysql://app:***@db/alliance": expected a PostgreSQL URL (postgres:// or postgresql://), or unset',
    ],
    ['LOG_LEVEL', 'verbose', 'invalid LOG_LEVEL="verbose": expected one of trace, debug, info, warn, error, fatal, silent'],
    ['ALLIANCE_INTROSPECTION', 'maybe', 'invalid ALLIANCE_INTROSPECTION="maybe": expected true or false (also 1/0, yes/no, on/off)'],
    ['METRICS_ENABLED', 'enabled', 'invalid METRICS_ENABLED="enabled": expected true or false (also 1/0, yes/no, on/off)'],
    [
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'collector:4318',
      'invalid OTEL_EXPORTER_OTLP_ENDPOINT="collector:4318": expected an http(s) URL (http:// or https://), or unset',
    ],
    ['WORKERS', 'many', 'invalid WORKERS="many": expected a whole number from 0 to 64, or auto (0 and auto: one per CPU core)'],
    ['WORKERS', '-1', 'invalid WORKERS="-1": expected a whole number from 0 to 64, or auto (0 and auto: one per CPU core)'],
    ['WORKERS', '65', 'invalid WORKERS="65": expected a whole number from 0 to 64, or auto (0 and auto: one per CPU core)'],
    ['WORKERS', '2.5', 'invalid WORKERS="2.5": expected a whole number from 0 to 64, or auto (0 and auto: one per CPU core)'],
    ['HOST', 'local host', 'invalid HOST="local host": expected a host name or IP address (0.0.0.0 for every interface)'],
  ])('%s=%s is refused with one line naming the variable, the value and what is allowed', (name, value, line) => {
    expect(problems({ [name]: value })).toEqual([line]);
  });

  it('every bad value is reported at once, one line each, in table order', () => {
    expect(problems({ PORT: 'abc', LOG_LEVEL: 'verbose', ALLIANCE_DEMO_DATA: 'sometimes', RATE_LIMIT_PER_MINUTE: '-1' })).toEqual([
      expect.stringMatching(/^invalid PORT="abc"/),
      expect.stringMatching(/^invalid RATE_LIMIT_PER_MINUTE="-1"/),
      expect.stringMatching(/^invalid ALLIANCE_DEMO_DATA="sometimes"/),
      expect.stringMatching(/^invalid LOG_LEVEL="verbose"/),
    ]);
  });

  it('WORKERS: 1 by default (this process alone), a count, or auto and 0 for one per CPU core', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ WORKERS: 'auto' }).workers).toBe(availableParallelism());
    expect(loadConfig({ WORKERS: 'AUTO' }).workers).toBe(availableParallelism());
    expect(loadConfig({ WORKERS: '0' }).workers).toBe(availableParallelism());
  });

  it('WORKERS above 1 on an in-memory SQLite database is refused: processes cannot share it', () => {
    expect(problems({ WORKERS: '2', SQLITE_PATH: ':memory:' })).toEqual([
      'invalid WORKERS="2": expected 1 with SQLITE_PATH=":memory:" (processes cannot share an in-memory database; use a file or PostgreSQL)',
    ]);
    expect(problems({ WORKERS: '1', SQLITE_PATH: ':memory:' })).toEqual([]);
  });

  it('ports from 0 to 65535 in plain digits only', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
    for (const bad of ['65536', '1e3', '0x50', ' 80', '80 ', '+80', '']) {
      if (bad === '') continue;
      expect(problems({ PORT: bad })).toHaveLength(1);
    }
  });

  it('booleans are strictly true/false, 1/0, yes/no, on/off (any case)', () => {
    for (const word of ['true', 'TRUE', '1', 'yes', 'On']) expect(loadConfig({ ALLIANCE_INTROSPECTION: word }).introspection).toBe(true);
    for (const word of ['false', 'False', '0', 'no', 'OFF']) expect(loadConfig({ ALLIANCE_INTROSPECTION: word }).introspection).toBe(false);
    for (const word of ['maybe', 'y', 'n', 'enabled', '2', 'truee']) expect(problems({ ALLIANCE_INTROSPECTION: word })).toHaveLength(1);
  });

  it('DATABASE_URL: postgres:// and postgresql:// only; the password never appears in a message', () => {
    const key = { WEBHOOK_SECRET_KEY: 'k'.repeat(32) };
    expect(loadConfig({ ...key, DATABASE_URL: 'postgres://app:pw@db:5432/alliance' }).database).toEqual({
      type: 'postgres',
      url: 'postgres://app:pw@db:5432/alliance',
    });
    expect(loadConfig({ ...key, DATABASE_URL: 'postgresql://db/alliance' }).database.type).toBe('postgres');
    for (const url of ['mysql://app:s3cr3t@db/alliance', 'http://app:s3cr3t@db/alliance', 'sqlite:///tmp/x']) {
      const [line] = problems({ DATABASE_URL: url });
      expect(line).toMatch(/^invalid DATABASE_URL=/);
      expect(line).not.toContain('s3cr3t');
    }
    expect(redactUrl('postgres://app:s3cr3t@db:5432/alliance')).toBe('postgres://app:***@db:5432/alliance');
    expect(redactUrl('postgres://db/alliance')).toBe('postgres://db/alliance');
  });

  it('WEBHOOK_SECRET_KEY is required with DATABASE_URL: every gateway on one database must sign webhooks alike', () => {
    expect(problems({ DATABASE_URL: 'postgres://db/alliance' })).toEqual([expect.stringMatching(/^missing WEBHOOK_SECRET_KEY: required with DATABASE_URL/)]);
    expect(problems({ DATABASE_URL: 'postgres://db/alliance', WEBHOOK_SECRET_KEY: 'k'.repeat(32) })).toEqual([]);
    expect(loadConfig({}).webhookSecretKey).toBeNull();
  });

  it('a secret is never echoed: WEBHOOK_SECRET_KEY shorter than 32 characters is named, its value hidden', () => {
    const [line] = problems({ WEBHOOK_SECRET_KEY: 'tiny-secret' });
    expect(line).toBe('invalid WEBHOOK_SECRET_KEY=(hidden, 11 characters): expected at least 32 characters, or unset');
    expect(loadConfig({ WEBHOOK_SECRET_KEY: 'k'.repeat(32) }).webhookSecretKey).toBe('k'.repeat(32));
  });

  it('SQLITE_PATH is resolved against the working directory; :memory: stays in memory', () => {
    expect(loadConfig({ SQLITE_PATH: 'var/a.sqlite' }, '/srv/alliance').database).toEqual({ type: 'sqlite', path: '/srv/alliance/var/a.sqlite' });
    expect(loadConfig({ SQLITE_PATH: '/data/a.sqlite' }, '/srv/alliance').database).toEqual({ type: 'sqlite', path: '/data/a.sqlite' });
    expect(loadConfig({ SQLITE_PATH: ':memory:' }, '/srv/alliance').database).toEqual({ type: 'sqlite', path: ':memory:' });
  });

  it('an unusable SQLITE_PATH is refused before anything is opened, beside the other bad values', () => {
    expect(problems({ SQLITE_PATH: '/proc/x/alliance.sqlite', PORT: 'abc' }, loadCheckedConfig)).toEqual([
      expect.stringMatching(/^invalid PORT="abc"/),
      'invalid SQLITE_PATH="/proc/x/alliance.sqlite": expected a usable file path: /proc is a virtual filesystem, not a place for a database file',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'alliance-config-'));
    try {
      writeFileSync(join(dir, 'file'), 'x');
      expect(problems({ SQLITE_PATH: join(dir, 'file', 'alliance.sqlite') }, loadCheckedConfig)).toEqual([
        `invalid SQLITE_PATH="${join(dir, 'file', 'alliance.sqlite')}": expected a usable file path: ${join(dir, 'file')} is not a directory`,
      ]);
      expect(problems({ SQLITE_PATH: dir }, loadCheckedConfig)).toEqual([
        `invalid SQLITE_PATH="${dir}": expected a usable file path: it exists and is not a regular file`,
      ]);
      // A directory that does not exist yet is fine when its nearest existing parent is writable.
      expect(problems({ SQLITE_PATH: join(dir, 'new', 'deeper', 'alliance.sqlite') }, loadCheckedConfig)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the README configuration table is generated from the settings table (run `npm run schema` after changing it)', () => {
    const readme = readFileSync(resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const start = '<!-- config:start -->';
    const end = '<!-- config:end -->';
    expect(readme).toContain(start);
    expect(readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end)).trim()).toBe(configTableMarkdown());
    // Every variable the table names is one the gateway reads, and the other way round.
    const named = [...configTableMarkdown().matchAll(/^\| `([A-Z_]+)`/gm)].map((match) => match[1]);
    expect(named).toEqual(Object.keys(SETTINGS));
  });
});
