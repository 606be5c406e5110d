import type { MigrationInterface } from 'typeorm';

/** A TypeORM migration class: the name it records ends in its 13-digit timestamp. */
export type MigrationClass = new () => MigrationInterface;

/**
 * A package's migrations for each database it supports, oldest first. Each package ships
 * its own, so an application that uses one package can create just that package's tables.
 */
export interface MigrationSet {
  readonly sqlite: readonly MigrationClass[];
  readonly postgres: readonly MigrationClass[];
}

/** The TypeORM driver names a migration set answers for. */
export type MigrationDatabase = 'sqlite' | 'better-sqlite3' | 'postgres';

function timestampOf(migration: MigrationClass): number {
  const name = (new migration() as MigrationInterface & { name?: string }).name ?? migration.name;
  const stamp = /(\d{13})$/.exec(name);
  if (!stamp) throw new Error(`migration ${name} does not end in a 13-digit timestamp`);
  return Number(stamp[1]);
}

/**
 * The migrations of the given sets for one database, in the order TypeORM applies them:
 * by timestamp, and among equal timestamps in the order the sets are given.
 *
 * ```ts
 * new DataSource({ type: 'better-sqlite3', database: ':memory:', migrations: migrationsFor('better-sqlite3', FEES_MIGRATIONS) });
 * ```
 */
export function migrationsFor(database: MigrationDatabase, ...sets: MigrationSet[]): MigrationClass[] {
  const key = database === 'postgres' ? 'postgres' : 'sqlite';
  return sets
    .flatMap((set) => set[key])
    .map((migration, index) => ({ migration, index, stamp: timestampOf(migration) }))
    .sort((a, b) => a.stamp - b.stamp || a.index - b.index)
    .map(({ migration }) => migration);
}
