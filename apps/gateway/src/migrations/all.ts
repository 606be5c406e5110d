import { DomainModule, MigrationClass, MigrationDatabase, migrationsFor } from '@alliance/kernel';
import { createModules } from '../modules';
import { GATEWAY_MIGRATIONS } from './index';

/**
 * All migrations the gateway runs on one database, in order: every module's own (each module
 * declares its `migrations`), then the gateway's; equal timestamps apply in module-list order.
 */
export function allMigrations(database: MigrationDatabase, modules: readonly Pick<DomainModule, 'migrations'>[] = createModules().all): MigrationClass[] {
  return migrationsFor(database, ...modules.flatMap((module) => (module.migrations ? [module.migrations] : [])), GATEWAY_MIGRATIONS);
}
