// A gateway process that only delivers webhooks (every 100 ms), on the database named by
// SQLITE_PATH or DATABASE_URL; prints "dispatching" once it runs, so a test can kill it.
import { loadConfig } from '../../src/config';
import { createGateway } from '../../src/server';

async function main(): Promise<void> {
  const gateway = await createGateway({ config: loadConfig(), logger: false });
  gateway.modules.notices.dispatcher.start(() => gateway.systemContext('webhooks'), 100);
  process.stdout.write('dispatching\n');
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
