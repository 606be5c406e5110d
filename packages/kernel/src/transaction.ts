import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { takeWriteLockOnBegin } from './sqlite-write-lock';

/**
 * A PostgreSQL transaction runs on one client, which runs one query at a time. Code that
 * starts queries in parallel (Promise.all, DataLoader batches) inside a transaction gets them
 * queued here in order, instead of relying on the driver's deprecated implicit queue.
 */
function queueQueries(runner: QueryRunner): void {
  const original = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
    const run = tail.then(() => original(...args));
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * The one way to run a unit of work.
 *
 * SQLite through TypeORM shares one connection between all requests: two requests'
 * transactions would interleave on it and a plain read would see another request's
 * uncommitted writes. So on SQLite every unit of work (a transaction, or a read while
 * one may be open) takes its turn through one FIFO queue (`exclusive`). The queue is
 * re-entrant within one async call chain, so a request that already holds its turn can
 * open a transaction without waiting on itself.
 *
 * Across processes on one SQLite file (WAL), each transaction takes the write lock when it
 * begins (`takeWriteLockOnBegin`), so writers in different processes take turns too and a
 * transaction that began can always commit; plain reads run beside them.
 *
 * PostgreSQL gets a pool and real transactions: no queue; domains use row locks,
 * conditional updates or `lock(key)` where two requests race for the same thing.
 */
export class Database {
  readonly serialized: boolean;
  private tail: Promise<void> = Promise.resolve();
  private readonly turn = new AsyncLocalStorage<boolean>();
  /** Told how long each unit of work waited for its SQLite turn, in milliseconds (the gateway's metrics). */
  onTurnWait: ((waitMs: number) => void) | null = null;

  constructor(readonly dataSource: DataSource) {
    this.serialized = dataSource.options.type === 'better-sqlite3';
    if (this.serialized) takeWriteLockOnBegin(dataSource);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /** Runs `work` alone on SQLite (after every unit queued before it); directly elsewhere. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!this.serialized || this.turn.getStore()) return work();
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    try {
      const queuedAt = this.onTurnWait ? performance.now() : 0;
      await previous;
      this.onTurnWait?.(performance.now() - queuedAt);
      return await this.turn.run(true, work);
    } finally {
      release();
    }
  }

  /** One transaction: commits when `work` resolves, rolls back whole when it throws. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.exclusive(() =>
      this.dataSource.transaction((em) => {
        if (this.isPostgres && em.queryRunner) queueQueries(em.queryRunner);
        return work(em);
      }),
    );
  }

  /**
   * Serialises competing writers on one key for the rest of the transaction.
   * PostgreSQL: a transaction-scoped advisory lock. SQLite: writers already take turns.
   * On PostgreSQL it needs the caller's open transaction: outside one the lock would end at once.
   */
  async lock(em: EntityManager, key: string): Promise<void> {
    if (!this.isPostgres) return;
    if (!em.queryRunner?.isTransactionActive) throw new Error(`lock ${key} taken outside a unit of work: run the operation through runUnitOfWork(ctx, ...)`);
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  }
}
