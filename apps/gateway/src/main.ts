import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Role } from '@alliance/kernel';
import { loadConfig } from './config';
import { loadDemoData } from './demo';
import { scheduleHousekeeping } from './housekeeping';
import { createGateway } from './server';

process.env.TZ = 'UTC';

async function main(): Promise<void> {
  const config = loadConfig();
  const firstStart = config.database.type === 'sqlite' && !existsSync(config.database.path);
  const gateway = await createGateway({ config });
  const log = gateway.app.log;

  if (firstStart && config.demoData) {
    const loaded = await loadDemoData(gateway);
    log.info(loaded, 'demo data loaded');
  }
  let adminKey: string | null = null;
  if (firstStart) {
    const ctx = gateway.systemContext('first-start');
    adminKey = (await ctx.transaction(() => gateway.modules.access.keys.mint(ctx, { name: 'development admin', role: Role.ADMIN }))).secret;
  }

  let stopHousekeeping = () => undefined as void;
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    stopHousekeeping();
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await gateway.app.listen({ host: config.host, port: config.port });
  // Webhook deliveries (retries survive restarts: they live in the outbox) and the notice sweep.
  gateway.modules.notices.dispatcher.start(() => gateway.systemContext('webhooks'), 5000, log);
  if (config.housekeepingIntervalSeconds > 0) stopHousekeeping = scheduleHousekeeping(gateway, config.housekeepingIntervalSeconds * 1000);
  const url = `http://${config.host}:${config.port}`;
  const where = config.database.type === 'sqlite' ? config.database.path : 'PostgreSQL';
  const lines = [`Alliance gateway on ${url}/graphql (database: ${where})`];
  if (adminKey) {
    lines.push(`Development admin key (shown once): ${adminKey}`);
    lines.push(`Try: curl -s ${url}/graphql -H 'content-type: application/json' -H 'authorization: Bearer ${adminKey}' -d '{"query":"{ partners(first: 5) { edges { node { name tapActive enrollments { state program { code } } } } } }"}'`);
  } else {
    lines.push('Mint a key with: npm run keys -- create --role ADMIN');
  }
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
