import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from '../data-source';
import { runMigrations } from '../migrate';
import { createModules } from '../modules';

process.env.TZ = 'UTC';

/**
 * `npm run migrate`: applies pending migrations to the configured database and exits, for
 * deployments that migrate as a release step and start gateways with MIGRATIONS_ON_START=false.
 * Safe to run while gateways start: migrations take a lock on PostgreSQL.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const dataSource = createDataSource(config.database, createModules().all.flatMap((module) => module.entities));
  await dataSource.initialize();
  try {
    const applied = await runMigrations(dataSource);
    console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'no pending migrations');
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
