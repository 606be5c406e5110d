import 'reflect-metadata';
import { createDataSource } from '../data-source';
import { runMigrations } from '../migrate';
import { createModules } from '../modules';
import { checkDatabase, databaseStartupError, loadCheckedConfig } from '../startup';
import { CliIo, CommandSpec, EXIT, runAsProcess, runCommand } from './command-line';

process.env.TZ = 'UTC';

/**
 * `npm run migrate`: applies pending migrations to the configured database and exits, for
 * deployments that migrate as a release step and start gateways with MIGRATIONS_ON_START=false.
 * Safe to run while gateways start: migrations take a lock on PostgreSQL. It creates an SQLite
 * database that does not exist yet: creating the schema is what it is asked to do.
 */
export const MIGRATE_COMMAND: CommandSpec = {
  command: 'npm run migrate',
  summary: 'applies pending migrations to the configured database and exits: a release step, safe while gateways start (it takes the same lock)',
  flags: {},
  notes: ['Exit codes: 0 migrated (or nothing pending), 1 a migration or the database failed, 2 bad settings or arguments.'],
  examples: ['npm run migrate'],
};

export async function migrateMain(argv: string[], io: CliIo): Promise<number> {
  return runCommand(MIGRATE_COMMAND, argv, io, async () => {
    const config = loadCheckedConfig(io.env);
    await checkDatabase(config.database);
    const dataSource = createDataSource(config.database, createModules().all);
    await dataSource.initialize().catch((error: unknown) => {
      throw databaseStartupError(config.database, error);
    });
    try {
      const applied = await runMigrations(dataSource);
      io.stdout.write(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'no pending migrations\n');
      return EXIT.ok;
    } finally {
      await dataSource.destroy();
    }
  });
}

if (require.main === module) runAsProcess(migrateMain);
