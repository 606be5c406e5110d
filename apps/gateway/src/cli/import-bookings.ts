import 'reflect-metadata';
import { importBookings, progressBar } from '@alliance/partner-connect';
import { openGatewayForCli } from './cli-gateway';

/**
 * Imports Partner Connect bookings from a CSV or JSON-lines file into the configured database:
 *   npm run import-bookings -- <file> [--chunk-size 5000]
 * Each chunk is one transaction: a bad row rejects its whole chunk (reported with line numbers);
 * re-importing a file adds nothing (bookings are keyed by bookingId).
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith('--'));
  const chunkAt = args.indexOf('--chunk-size');
  const chunkSize = chunkAt >= 0 ? Number(args[chunkAt + 1]) : 5000;
  if (!file || !Number.isInteger(chunkSize) || chunkSize < 1) {
    process.stderr.write('usage: npm run import-bookings -- <bookings.csv|bookings.jsonl> [--chunk-size N]\n');
    return 2;
  }
  const gateway = await openGatewayForCli();
  try {
    const ctx = gateway.systemContext('import-bookings');
    const started = Date.now();
    const out = process.stderr;
    const report = await importBookings(ctx, gateway.modules.partnerConnect.services, file, {
      chunkSize,
      onProgress: (progress) => out.write(out.isTTY ? `\r${progressBar(progress, Date.now() - started)}` : `${progressBar(progress, Date.now() - started)}\n`),
    });
    const ms = Math.max(1, Date.now() - started);
    out.write(`${out.isTTY ? '\n' : ''}${report.recorded} bookings recorded, ${report.duplicates} already recorded, ${report.failedChunks} chunk(s) rejected in ${(ms / 1000).toFixed(1)} s (${Math.round((report.linesRead / ms) * 1000)} rows/s)\n`);
    for (const error of report.errors) out.write(`line ${error.line}: ${error.field}: ${error.code}: ${error.message}\n`);
    return report.failedChunks > 0 ? 1 : 0;
  } finally {
    await gateway.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
