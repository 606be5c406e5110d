import 'reflect-metadata';
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { Role, runUnitOfWork } from '@alliance/kernel';
import { Partner } from '@alliance/membership';
import { ApiKey } from './access/api-key.entity';
import { loadDemoData } from './demo';
import { scheduleHousekeeping } from './housekeeping';
import { createGateway, Gateway } from './server';
import { checkDatabase, databaseStartupError, listenStartupError, loadCheckedConfig, reportStartupFailure, reservePort } from './startup';
import { reportServing, runPrimary } from './workers';

process.env.TZ = 'UTC';

/** A database nobody has used yet: no API key and no partner (the demo data and the first key are still to come). */
async function isUnused(gateway: Gateway): Promise<boolean> {
  return gateway.db.exclusive(async () => (await gateway.dataSource.manager.count(ApiKey)) === 0 && (await gateway.dataSource.manager.count(Partner)) === 0);
}

/**
 * Start-up order: check the configuration (exit 2 on a bad value), reserve HOST:PORT, check
 * and open the database, listen, and only then write the demo data and the first admin key.
 * A start that fails before listening has written nothing, so the next one still loads
 * the demo data and shows the key.
 *
 * With WORKERS above 1 this process becomes the primary (see `runPrimary`): it checks the
 * configuration and the port, then starts the workers, each of which runs this same start.
 */
async function main(): Promise<void> {
  const config = loadCheckedConfig();
  if (cluster.isPrimary && config.workers > 1) {
    await (
      await reservePort(config.host, config.port)
    )();
    runPrimary(config);
    return;
  }
  // A worker's port is held by the primary, which checked it before starting the workers.
  const release = cluster.isWorker ? async () => undefined : await reservePort(config.host, config.port);
  let gateway: Gateway;
  try {
    await checkDatabase(config.database);
    gateway = await createGateway({ config }).catch((error: unknown) => {
      throw databaseStartupError(config.database, error);
    });
  } finally {
    await release();
  }
  const log = gateway.app.log;
  try {
    await gateway.app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await gateway.close().catch(() => undefined);
    throw listenStartupError(config.host, config.port, error);
  }

  let stopHousekeeping = () => undefined as void;
  let stopping = false;
  const shutdown = async (signal: string) => {
    // A worker may get both the terminal's SIGINT and the primary's SIGTERM.
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    stopHousekeeping();
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  // The demo data and the first admin key, for a new SQLite database only.
  let adminKey: string | null = null;
  if (config.database.type === 'sqlite' && (await isUnused(gateway))) {
    if (config.demoData) {
      const loaded = await loadDemoData(gateway);
      log.info(loaded, 'demo data loaded');
    }
    const ctx = gateway.systemContext('first-start');
    adminKey = (await runUnitOfWork(ctx, () => gateway.modules.access.keys.mint(ctx, { name: 'development admin', role: Role.ADMIN }))).secret;
  }

  // Every module's background work (webhook deliveries: retries survive restarts, they live in
  // the outbox), then the periodic jobs (the notice sweep first).
  for (const module of gateway.modules.all) module.worker?.start(() => gateway.systemContext(module.name), log);
  if (config.housekeepingIntervalSeconds > 0) stopHousekeeping = scheduleHousekeeping(gateway, config.housekeepingIntervalSeconds * 1000);
  const { port } = gateway.app.server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  const where = config.database.type === 'sqlite' ? config.database.path : 'PostgreSQL';
  const lines = [`Alliance gateway on ${url}/graphql (database: ${where})`];
  if (adminKey) {
    lines.push(`Development admin key (shown once): ${adminKey}`);
    lines.push(
      `Try: curl -s ${url}/graphql -H 'content-type: application/json' -H 'authorization: Bearer ${adminKey}' -d '{"query":"{ partners(first: 5) { edges { node { id name tapActive } } } }"}'`,
    );
  } else {
    lines.push('Mint a key with: npm run keys -- create --role ADMIN');
  }
  reportServing(lines);
}

main().catch((error: unknown) => {
  process.exit(reportStartupFailure(error));
});
