import type { Database } from '@alliance/kernel';

export interface CheckResult {
  status: 'ok' | 'failed' | 'skipped';
  error?: string;
  pending?: string[];
}

export interface Readiness {
  status: 'ready' | 'not_ready';
  /** The checks that failed, by name. */
  failed: string[];
  checks: { database: CheckResult; migrations: CheckResult };
}

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether this process can serve: the database answers, and every migration this build
 * knows is recorded as applied (reads the migrations table only; creates nothing, so it is
 * safe while a separate job migrates). Error texts stay generic: /readyz needs no key.
 */
export async function checkReadiness(db: Database, timeoutMs = 5_000): Promise<Readiness> {
  const { dataSource } = db;
  const checks: Readiness['checks'] = { database: { status: 'ok' }, migrations: { status: 'ok' } };
  try {
    await within(
      db.exclusive(() => dataSource.query('SELECT 1')),
      timeoutMs,
      'the database',
    );
  } catch (error) {
    checks.database = { status: 'failed', error: /did not answer/.test((error as Error).message) ? (error as Error).message : 'the database is unreachable' };
    checks.migrations = { status: 'skipped', error: 'not checked: the database did not answer' };
  }
  if (checks.database.status === 'ok') {
    const table = dataSource.driver.escape(dataSource.options.migrationsTableName ?? 'migrations');
    const known = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
    try {
      const rows = await within(
        db.exclusive(() => dataSource.query(`SELECT name FROM ${table}`) as Promise<{ name: string }[]>),
        timeoutMs,
        'the migrations table',
      );
      const applied = new Set(rows.map((row) => row.name));
      const pending = known.filter((name) => !applied.has(name));
      if (pending.length) checks.migrations = { status: 'failed', error: `${pending.length} migration(s) not applied`, pending };
    } catch {
      checks.migrations = { status: 'failed', error: 'no migrations applied (the migrations table is missing)', pending: known };
    }
  }
  const failed = (Object.keys(checks) as (keyof Readiness['checks'])[]).filter((name) => checks[name].status === 'failed');
  return { status: failed.length ? 'not_ready' : 'ready', failed, checks };
}
