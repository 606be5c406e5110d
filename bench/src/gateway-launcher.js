'use strict';
/**
 * Starts the built gateway (apps/gateway/dist) the way apps/gateway/src/main.ts does:
 * createGateway, listen, shut down on SIGTERM. The bench uses it only when dist/main.js fails
 * to start (main.ts adds an onClose hook after `listen`, which Fastify refuses); it is plain
 * JavaScript so that a cold start measures the gateway, not a TypeScript loader.
 */
require('reflect-metadata');
const { join } = require('node:path');

process.env.TZ = 'UTC';
const dist = join(__dirname, '..', '..', 'apps', 'gateway', 'dist');
const { loadConfig } = require(join(dist, 'config.js'));
const { createGateway } = require(join(dist, 'server.js'));

async function main() {
  const config = loadConfig();
  const gateway = await createGateway({ config });
  const shutdown = async () => {
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await gateway.app.listen({ host: config.host, port: config.port });
  gateway.modules.notices.dispatcher.start(() => gateway.systemContext('webhooks'), 5000, gateway.app.log);
  console.log(`Alliance gateway on http://${config.host}:${config.port}/graphql (bench launcher)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
