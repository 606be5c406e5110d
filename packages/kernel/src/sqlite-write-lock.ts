import type { DataSource, QueryRunner } from 'typeorm';

/** The better-sqlite3 connection calls used here. */
interface SqliteConnection {
  exec(sql: string): unknown;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  readonly inTransaction: boolean;
}

/** How long a transaction waits for another process to release the SQLite write lock before it fails. */
export const SQLITE_WRITE_WAIT_MS = 15_000;

const installed = new WeakSet<object>();

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** The database stayed write-locked by another process past the wait. */
export class SqliteWriteLockTimeout extends Error {
  constructor(waitedMs: number) {
    super(`the SQLite database stayed locked by another process for ${waitedMs} ms; the transaction did not start`);
    this.name = 'SqliteWriteLockTimeout';
  }
}

/**
 * Makes every transaction on a better-sqlite3 DataSource take the database's write lock when it
 * begins (`BEGIN IMMEDIATE`), so several processes can share one WAL file safely.
 *
 * TypeORM begins SQLite transactions DEFERRED: a transaction that reads, then writes, upgrades
 * its lock at the first write; when another process committed in between, SQLite refuses the
 * upgrade at once (SQLITE_BUSY_SNAPSHOT, no busy wait helps) and the unit of work fails. Taking
 * the write lock at BEGIN means a transaction that started can always commit. Waiting for the
 * lock is done here, asynchronously (busy timeout 0 for the BEGIN, then a short jittered
 * back-off), rather than in SQLite's busy handler, which sleeps inside the call and freezes the
 * process's event loop. Plain reads outside a transaction never take the lock: in WAL mode they
 * run beside a writer in any process. One process alone sees no difference (its units of work
 * already take turns in `Database.exclusive`).
 */
export function takeWriteLockOnBegin(dataSource: DataSource, maxWaitMs = SQLITE_WRITE_WAIT_MS): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  // The better-sqlite3 driver has one query runner (one connection) for the whole DataSource.
  const runner = dataSource.createQueryRunner() as QueryRunner & { transactionDepth: number };
  if (installed.has(runner)) return;
  installed.add(runner);
  const connection = () => runner.connection.driver as unknown as { databaseConnection: SqliteConnection };
  const original = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;

  async function beginImmediate(): Promise<void> {
    const db = connection().databaseConnection;
    const started = Date.now();
    // The connection's own busy timeout still covers single statements (COMMIT, a write outside a transaction).
    const busyTimeout = Number(db.pragma('busy_timeout', { simple: true }));
    for (let attempt = 0; ; attempt += 1) {
      db.pragma('busy_timeout = 0');
      try {
        db.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if (!isBusy(error)) throw error;
      } finally {
        db.pragma(`busy_timeout = ${busyTimeout}`);
      }
      const waited = Date.now() - started;
      if (waited >= maxWaitMs) throw new SqliteWriteLockTimeout(waited);
      // 1, 2, 4 … 16 ms, jittered so waiting processes do not retry in step.
      const backoff = Math.min(16, 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, backoff / 2 + Math.random() * backoff));
    }
  }

  (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args: unknown[]) => {
    const [sql] = args;
    if (sql === 'BEGIN TRANSACTION') {
      await beginImmediate();
      return undefined;
    }
    if (sql === 'ROLLBACK' && !connection().databaseConnection.inTransaction) {
      // The BEGIN itself failed: TypeORM still rolls back and counts one level down. Nothing
      // is open, so leave its bookkeeping as if the level had been opened and closed.
      runner.transactionDepth = 1;
      return undefined;
    }
    return original(...args);
  };
}
