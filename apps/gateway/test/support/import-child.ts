// Runs the booking importer against the database named by SQLITE_PATH or DATABASE_URL,
// printing "chunk <n>" after each committed chunk, so a test can kill it mid-import.
import { importBookings } from '@alliance/partner-connect';
import { loadConfig } from '../../src/config';
import { createGateway } from '../../src/server';

async function main(): Promise<void> {
  const [file, chunkSize] = process.argv.slice(2);
  const gateway = await createGateway({ config: loadConfig(), logger: false });
  const ctx = gateway.systemContext('import-child');
  const report = await importBookings(ctx, gateway.modules.partnerConnect.services, file, {
    chunkSize: Number(chunkSize),
    onProgress: (progress) => process.stdout.write(`chunk ${progress.recorded + progress.duplicates}\n`),
  });
  process.stdout.write(`done ${report.recorded} ${report.duplicates} ${report.failedChunks}\n`);
  await gateway.close();
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
