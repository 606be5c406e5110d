import { DataSource, DataSourceOptions } from 'typeorm';
import { DomainModule, KERNEL_SUBSCRIBERS } from '@alliance/kernel';
import type { GatewayConfig } from './config';
import { allMigrations } from './migrations/all';
import { ensureSqliteDirectory } from './startup';

/**
 * One DataSource for every module's entities and migrations (see `allMigrations`). Schema changes go through migrations;
 * `synchronize` is never used here. SQLite runs in WAL mode with a short busy timeout,
 * through one connection (units of work take turns in the kernel's queue).
 */
export function createDataSource(database: GatewayConfig['database'], modules: readonly DomainModule[], options: { logging?: boolean } = {}): DataSource {
  const common = {
    entities: modules.flatMap((module) => module.entities),
    subscribers: KERNEL_SUBSCRIBERS,
    synchronize: false,
    migrationsRun: false,
    logging: options.logging ?? false,
  };
  let config: DataSourceOptions;
  if (database.type === 'postgres') {
    config = { ...common, type: 'postgres', url: database.url, migrations: allMigrations('postgres', modules), extra: { max: 10 } };
  } else {
    ensureSqliteDirectory(database.path);
    config = {
      ...common,
      type: 'better-sqlite3',
      database: database.path,
      migrations: allMigrations('better-sqlite3', modules),
      enableWAL: true,
      timeout: 1000,
      prepareDatabase: (db: { pragma(statement: string): unknown }) => {
        db.pragma('synchronous = NORMAL');
        // 64 MiB of page cache (the default is 2 MiB): ledgers and guides outgrow the default at once.
        db.pragma('cache_size = -65536');
      },
    };
  }
  return new DataSource(config);
}
