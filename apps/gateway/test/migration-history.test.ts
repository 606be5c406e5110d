import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { MigrationClass } from '@alliance/kernel';
import { createDataSource } from '../src/data-source';
import { migrationsApplied, runMigrations } from '../src/migrate';
import { allMigrations } from '../src/migrations/all';
import { COMBINED_MIGRATIONS } from '../src/migrations/history';
import { createModules } from '../src/modules';
import { onDatabase, scratchDatabase, ScratchDatabase } from './support/harness';

/**
 * Databases migrated before each package shipped its own migrations record the gateway's
 * former combined names. The per-package migrations hold exactly the same statements, so a
 * database built by the per-package ones up to a point, whose history is then written back
 * under the combined names, is such a database.
 */
const modules = createModules().all;
const stampOf = (name: string) => Number(/(\d{13})$/.exec(name)![1]);
const nameOf = (migration: MigrationClass) => new migration().name ?? migration.name;
/** Migrations written since the packages shipped their own: a database of any combined history applies them next, in order. */
const combinedParts = new Set(Object.values(COMBINED_MIGRATIONS).flat());
const newer = (dataSource: DataSource) => dataSource.migrations.map((m) => m.name!).filter((name) => !combinedParts.has(name));

async function withCombinedHistory(database: ScratchDatabase['database'], combined: string[]): Promise<void> {
  const upTo = Math.max(...combined.map(stampOf));
  const type = database.type === 'postgres' ? 'postgres' : 'better-sqlite3';
  const base = createDataSource(database, modules);
  const older = new DataSource({ ...base.options, migrations: allMigrations(type, modules).filter((m) => stampOf(nameOf(m)) <= upTo) });
  await older.initialize();
  try {
    await older.runMigrations({ transaction: 'each' });
    const p = (n: number) => (type === 'postgres' ? `$${n}` : '?');
    await older.query('DELETE FROM "migrations"');
    for (const name of combined) await older.query(`INSERT INTO "migrations" ("timestamp", "name") VALUES (${p(1)}, ${p(2)})`, [stampOf(name), name]);
  } finally {
    await older.destroy();
  }
}

describe(`migration history on ${onDatabase}`, () => {
  let dir: string;
  let scratch: ScratchDatabase | undefined;
  let current: DataSource | undefined;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'alliance-history-'));
    scratch = await scratchDatabase(dir);
  });

  afterEach(async () => {
    if (current?.isInitialized) await current.destroy();
    current = undefined;
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a database migrated with every combined migration upgrades cleanly: no combined part re-runs (only migrations written since apply), its history names the per-package migrations', async () => {
    await withCombinedHistory(scratch!.database, Object.keys(COMBINED_MIGRATIONS));
    current = createDataSource(scratch!.database, modules);
    await current.initialize();
    expect(await migrationsApplied(current)).toBe(false);
    expect(await runMigrations(current)).toEqual(newer(current));
    expect(await migrationsApplied(current)).toBe(true);
    const recorded: { name: string }[] = await current.query('SELECT "name" FROM "migrations"');
    expect(recorded.map((row) => row.name).sort()).toEqual(current.migrations.map((m) => m.name!).sort());
    expect((await current.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    expect(await runMigrations(current)).toEqual([]);
  });

  it('a database migrated with the first two combined migrations applies exactly the parts of the later ones, in order', async () => {
    const [first, second, ...later] = Object.keys(COMBINED_MIGRATIONS);
    await withCombinedHistory(scratch!.database, [first, second]);
    current = createDataSource(scratch!.database, modules);
    await current.initialize();
    expect(await runMigrations(current)).toEqual([...later.flatMap((name) => COMBINED_MIGRATIONS[name]), ...newer(current)]);
    expect(await migrationsApplied(current)).toBe(true);
    expect((await current.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });

  it('a fresh database records only per-package names', async () => {
    current = createDataSource(scratch!.database, modules);
    await current.initialize();
    const applied = await runMigrations(current);
    expect(applied).toEqual(current.migrations.map((m) => m.name));
    expect(applied.filter((name) => COMBINED_MIGRATIONS[name])).toEqual([]);
  });
});
