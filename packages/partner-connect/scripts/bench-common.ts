import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Database, EventBus, FixedClock, KERNEL_SUBSCRIBERS, RequestContext } from '@alliance/kernel';
import { createPartnerConnectServices, PARTNER_CONNECT_ENTITIES, PartnerConnectPorts } from '../src';

/**
 * SQLite settings for bulk loading: a 256 MB page cache (the default 2 MB thrashes once the
 * indexes outgrow it) and `synchronous = NORMAL`, which is durable with WAL except for the last
 * transactions on power loss.
 */
function tuneSqliteForImport(db: { pragma(source: string): unknown }): void {
  db.pragma('cache_size = -262144');
  db.pragma('synchronous = NORMAL');
}

/** Ports that say yes: every partner exists, every invoice is paid. */
export const benchPorts: PartnerConnectPorts = {
  membership: { tapMembershipActive: async () => true, partnerExists: async () => true },
  fees: { chargeFee: async () => ({ invoiceId: 'inv', amount: { amountMinor: 99_500, currency: 'USD' } }), isInvoicePaid: async () => true },
};

/** A file-backed SQLite database in WAL mode with the package's tables. */
export async function benchDatabase(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `pc-bench-${name}-`));
  const path = join(dir, 'bench.sqlite');
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: path,
    enableWAL: true,
    entities: PARTNER_CONNECT_ENTITIES,
    subscribers: KERNEL_SUBSCRIBERS,
    prepareDatabase: tuneSqliteForImport,
  });
  await dataSource.initialize();
  // A scratch benchmark file: the package's tables come straight from its entities here
  // (the gateway's databases are built by its migrations).
  await dataSource.synchronize();
  const db = new Database(dataSource);
  const clock = new FixedClock('2027-01-15T00:00:00.000Z');
  const ctx = RequestContext.system(db, clock, new EventBus());
  const services = createPartnerConnectServices(benchPorts);
  return { dir, path, dataSource, db, clock, ctx, services };
}
