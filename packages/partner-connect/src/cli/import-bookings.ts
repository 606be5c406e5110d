import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Database, EventBus, KERNEL_SUBSCRIBERS, RequestContext, SystemClock } from '@alliance/kernel';
import { importBookings, ImportProgress, ImportReport } from '../import/booking-import';
import { createPartnerConnectServices, PARTNER_CONNECT_ENTITIES } from '../module';
import { PartnerConnectPorts } from '../ports';

export interface ImportCliOptions {
  /** A DataSource to use (the gateway's); otherwise `--db <file>` opens a SQLite file. */
  dataSource?: DataSource;
  /** Ports for level re-evaluation; without them levels are left for the gateway to re-evaluate. */
  ports?: PartnerConnectPorts;
  out?: NodeJS.WriteStream;
}

/**
 * SQLite settings for bulk loading: a 256 MB page cache (the default 2 MB thrashes once the
 * indexes outgrow it) and `synchronous = NORMAL`, which is durable with WAL except for the last
 * transactions on power loss.
 */
export function tuneSqliteForImport(db: { pragma(source: string): unknown }): void {
  db.pragma('cache_size = -262144');
  db.pragma('synchronous = NORMAL');
}

const USAGE = 'usage: import-bookings --file <bookings.csv|bookings.jsonl> [--db <sqlite file>] [--chunk-size 5000] [--create-tables]';

function argValue(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Draws `[#####.....]  45%  450,000 lines  52,000 rows/s` on one terminal line. */
export function progressBar(progress: ImportProgress, elapsedMs: number, width = 30): string {
  const ratio = progress.totalBytes > 0 ? Math.min(1, progress.bytesRead / progress.totalBytes) : 1;
  const filled = Math.round(ratio * width);
  const rate = elapsedMs > 0 ? Math.round((progress.linesRead / elapsedMs) * 1000) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%  ${progress.linesRead.toLocaleString('en-US')} lines  ${progress.recorded.toLocaleString('en-US')} new  ${progress.duplicates.toLocaleString('en-US')} already there  ${progress.failedChunks} failed chunks  ${rate.toLocaleString('en-US')} rows/s`;
}

/** The CLI: `import-bookings --file bookings.csv --db data/alliance.sqlite`. Returns the exit code. */
export async function runImportBookingsCli(argv: string[], options: ImportCliOptions = {}): Promise<number> {
  const out = options.out ?? process.stderr;
  const file = argValue(argv, '--file');
  const dbPath = argValue(argv, '--db');
  const chunkSize = Number(argValue(argv, '--chunk-size') ?? 5000);
  if (!file || (!options.dataSource && !dbPath) || !Number.isInteger(chunkSize) || chunkSize < 1) {
    out.write(`${USAGE}\n`);
    return 2;
  }
  const dataSource =
    options.dataSource ??
    new DataSource({
      type: 'better-sqlite3',
      database: dbPath as string,
      enableWAL: true,
      entities: PARTNER_CONNECT_ENTITIES,
      subscribers: KERNEL_SUBSCRIBERS,
      synchronize: argv.includes('--create-tables'),
      prepareDatabase: tuneSqliteForImport,
    });
  const owned = !options.dataSource;
  if (!dataSource.isInitialized) await dataSource.initialize();
  try {
    const noPorts: PartnerConnectPorts = {
      membership: { tapMembershipActive: async () => false, partnerExists: async () => false },
      fees: {
        chargeFee: async () => {
          throw new Error('fees are not available to the import CLI');
        },
        isInvoicePaid: async () => false,
      },
    };
    const services = createPartnerConnectServices(options.ports ?? noPorts);
    const ctx = RequestContext.system(new Database(dataSource), new SystemClock(), new EventBus(), 'import-bookings');
    const started = process.hrtime.bigint();
    const elapsed = () => Number((process.hrtime.bigint() - started) / 1_000_000n);
    const tty = Boolean(out.isTTY);
    const report: ImportReport = await importBookings(ctx, services, file, {
      chunkSize,
      reevaluateLevels: Boolean(options.ports),
      onProgress: (progress) => out.write(tty ? `\r${progressBar(progress, elapsed())}` : `${progressBar(progress, elapsed())}\n`),
    });
    const ms = elapsed();
    out.write(`${tty ? '\n' : ''}${report.recorded} bookings recorded, ${report.duplicates} already recorded, ${report.failedChunks} chunk(s) rejected, in ${(ms / 1000).toFixed(1)} s (${Math.round((report.linesRead / Math.max(ms, 1)) * 1000)} rows/s)\n`);
    for (const error of report.errors) out.write(`line ${error.line}: ${error.field}: ${error.code}: ${error.message}\n`);
    if (report.errorCount > report.errors.length) out.write(`... and ${report.errorCount - report.errors.length} more row errors\n`);
    if (!options.ports) out.write('levels were not re-evaluated (no ports): the gateway re-evaluates them\n');
    return report.failedChunks > 0 ? 1 : 0;
  } finally {
    if (owned) await dataSource.destroy();
  }
}

if (require.main === module) {
  runImportBookingsCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
