import { DataSource, DataSourceOptions } from 'typeorm';
import { DomainModule, KERNEL_SUBSCRIBERS, takeWriteLockOnBegin } from '@alliance/kernel';
import type { GatewayConfig } from './config';
import { allMigrations } from './migrations/all';
import { ensureSqliteDirectory } from './startup';

/**
 * One DataSource for every module's entities and migrations (see `allMigrations`). Schema changes go through migrations;
 * `synchronize` is never used here. SQLite runs in WAL mode through one connection per
 * process (units of work take turns in the kernel's queue); several processes (`WORKERS`) share
 * the file: every transaction takes the write lock when it begins and waits for it without
 * blocking the event loop (`takeWriteLockOnBegin`), and the busy timeout covers the single
 * statements that may meet another process's lock (a COMMIT, a write outside a transaction).
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
      timeout: 5000,
      prepareDatabase: (db: { pragma(statement: string): unknown }) => {
        db.pragma('synchronous = NORMAL');
        // 64 MiB of page cache (the default is 2 MiB): ledgers and guides outgrow the default at once.
        db.pragma('cache_size = -65536');
      },
    };
  }
  const dataSource = new DataSource(config);
  // Migrations and TypeORM's own transactions too, not only the kernel's units of work.
  takeWriteLockOnBegin(dataSource);
  return dataSource;
}
