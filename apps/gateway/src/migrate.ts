import { DataSource } from 'typeorm';
import { adoptCombinedMigrations } from './migrations/history';

/**
 * The session advisory lock every gateway takes around migrations on PostgreSQL: several
 * processes started at once on a fresh database migrate one at a time (the first applies, the
 * others find nothing pending). Any fixed 64-bit number that no other application on the same
 * database uses.
 */
export const MIGRATION_LOCK_KEY = '7267140019051';

/**
 * Applies pending migrations, each in its own transaction; returns the names applied. A
 * database migrated with the former combined migrations first has its history rewritten to
 * the per-package names (see `adoptCombinedMigrations`).
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  if (dataSource.options.type !== 'postgres') {
    const runner = dataSource.createQueryRunner();
    try {
      await adoptCombinedMigrations(runner);
    } finally {
      await runner.release();
    }
    return (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
  }
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    try {
      await adoptCombinedMigrations(lock);
      return (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
  }
}

/** Whether every migration this build knows has been applied. */
export async function migrationsApplied(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
