import { MigrationClass, MigrationDatabase, MigrationSet, migrationsFor } from '@alliance/kernel';
import { CERTIFICATION_MIGRATIONS } from '@alliance/certification';
import { FEES_MIGRATIONS } from '@alliance/fees';
import { MEMBERSHIP_MIGRATIONS } from '@alliance/membership';
import { NOTICES_MIGRATIONS } from '@alliance/notices';
import { PARTNER_CONNECT_MIGRATIONS } from '@alliance/partner-connect';
import { RELEASES_MIGRATIONS } from '@alliance/releases';
import { SUPPORT_MIGRATIONS } from '@alliance/support';
import { GATEWAY_MIGRATIONS } from './index';

/** Every package's migrations and the gateway's own; equal timestamps apply in this order. */
export const MIGRATION_SETS: readonly MigrationSet[] = [
  MEMBERSHIP_MIGRATIONS,
  FEES_MIGRATIONS,
  RELEASES_MIGRATIONS,
  CERTIFICATION_MIGRATIONS,
  SUPPORT_MIGRATIONS,
  PARTNER_CONNECT_MIGRATIONS,
  NOTICES_MIGRATIONS,
  GATEWAY_MIGRATIONS,
];

/** All migrations the gateway runs on one database, in order. */
export function allMigrations(database: MigrationDatabase): MigrationClass[] {
  return migrationsFor(database, ...MIGRATION_SETS);
}
