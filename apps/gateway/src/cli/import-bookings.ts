import 'reflect-metadata';
import { BOOKING_FILE_EXTENSIONS, BookingFileError, checkBookingFile, importBookings, ImportProgress } from '@alliance/partner-connect';
import { CliIo, CommandSpec, CREATE_FLAG, EXIT, runAsProcess, runCommand, UsageError } from './command-line';
import { openGateway } from './open-gateway';

/**
 * `npm run import-bookings -- <file>`: imports Partner Connect bookings from a CSV or JSON-lines
 * file into the configured database. Each chunk is one transaction: a chunk with a bad row is
 * rejected whole (every bad row reported with its line) and the import goes on; re-importing
 * a file adds nothing (bookings are keyed by bookingId).
 */
export const IMPORT_BOOKINGS_COMMAND: CommandSpec = {
  command: 'npm run import-bookings --',
  summary:
    'imports Partner Connect bookings from a CSV or JSON-lines file in chunked transactions with a progress line; idempotent on bookingId; every bad row is reported with its line number and rejects its chunk',
  positionals: [
    {
      name: 'FILE',
      description: `the bookings file: ${Object.entries(BOOKING_FILE_EXTENSIONS)
        .map(([ext, format]) => `${ext} (${format})`)
        .join(', ')}`,
    },
  ],
  flags: {
    format: { type: 'string', value: 'csv|jsonl', description: "the file's format, when its extension does not say it" },
    'chunk-size': { type: 'string', value: 'N', description: 'rows per transaction (default 5000)' },
    create: CREATE_FLAG,
  },
  notes: [
    'CSV: a header line naming the columns bookingId, partnerId, customerId, opportunityId, solution, tcvMinor, currency, bookedAt, bookingTypes (currency may be left out: USD); booking types separated by ";"; fields may be quoted, with "" for a quote and line breaks inside quotes.',
    'JSON lines: one object per line with the same fields, bookingTypes as a list.',
    'Exit codes: 0 every chunk imported, 1 a chunk was rejected or the file could not be read, 2 bad arguments.',
  ],
  examples: ['npm run import-bookings -- bookings.csv', 'npm run import-bookings -- export.txt --format jsonl --chunk-size 1000'],
};

const DEFAULT_CHUNK_SIZE = 5000;

/**
 * One progress line that fits `columns` (a terminal's width, 80 when unknown) without wrapping:
 * `[##########..........]  50%  500,000 rows  0 chunks rejected  5,600 rows/s`. The bar gives
 * way first; the counts are always shown.
 */
export function progressBar(progress: ImportProgress, elapsedMs: number, columns = 80): string {
  const ratio = progress.totalBytes > 0 ? Math.min(1, progress.bytesRead / progress.totalBytes) : 1;
  const rate = elapsedMs > 0 ? Math.round((progress.rowsRead / elapsedMs) * 1000) : 0;
  const n = (value: number) => value.toLocaleString('en-US');
  const rejected = `${n(progress.failedChunks)} ${progress.failedChunks === 1 ? 'chunk' : 'chunks'} rejected`;
  const text = ` ${String(Math.round(ratio * 100)).padStart(3)}%  ${n(progress.rowsRead)} rows  ${rejected}  ${n(rate)} rows/s`;
  // One column is left free: a line that fills the last column wraps on some terminals.
  const width = Math.max(0, Math.min(30, columns - 1 - text.length - 2));
  if (width < 5) return text.trim().slice(0, Math.max(0, columns - 1));
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${text}`;
}

export async function importBookingsMain(argv: string[], io: CliIo): Promise<number> {
  return runCommand(IMPORT_BOOKINGS_COMMAND, argv, io, async (args) => {
    const [file] = args.positionals;
    const chunkText = args.string('chunk-size');
    const chunkSize = chunkText === undefined ? DEFAULT_CHUNK_SIZE : Number(chunkText);
    if (!/^\d+$/.test(chunkText ?? '1') || !Number.isSafeInteger(chunkSize) || chunkSize < 1) {
      throw new UsageError(`--chunk-size must be a whole number of rows, 1 or more, got "${chunkText}"`);
    }
    const given = args.string('format');
    if (given !== undefined && given !== 'csv' && given !== 'jsonl') throw new UsageError(`--format must be csv or jsonl, got "${given}"`);
    const out = io.stderr;
    // The file is checked before the database is opened: a mistyped path touches nothing.
    let format: 'csv' | 'jsonl';
    try {
      format = checkBookingFile(file, given).format;
    } catch (error) {
      if (!(error instanceof BookingFileError)) throw error;
      if (error.kind === 'format') throw new UsageError(error.message.replace('give the format (csv or jsonl)', 'give --format csv|jsonl'));
      out.write(`error: ${error.message}\n`);
      return EXIT.failed;
    }
    const gateway = await openGateway(io, { create: args.flag('create') });
    try {
      const ctx = gateway.systemContext('import-bookings');
      const started = process.hrtime.bigint();
      const elapsed = () => Number((process.hrtime.bigint() - started) / 1_000_000n);
      const tty = Boolean(out.isTTY);
      // On a terminal the line is redrawn in place (\r, then erase to the end of the line).
      const draw = (progress: ImportProgress) =>
        out.write(tty ? `\r${progressBar(progress, elapsed(), out.columns || 80)}\x1b[K` : `${progressBar(progress, elapsed())}\n`);
      const report = await importBookings(ctx, gateway.modules.partnerConnect.services, file, { chunkSize, format, onProgress: draw });
      const ms = Math.max(1, elapsed());
      out.write(
        `${tty ? '\n' : ''}${report.recorded} bookings recorded, ${report.duplicates} already recorded, ${report.failedChunks} chunk(s) rejected in ${(ms / 1000).toFixed(1)} s (${Math.round((report.linesRead / ms) * 1000)} rows/s)\n`,
      );
      for (const error of report.errors) out.write(`line ${error.line}: ${error.field}: ${error.code}: ${error.message}\n`);
      if (report.errorCount > report.errors.length) out.write(`... and ${report.errorCount - report.errors.length} more row errors\n`);
      return report.failedChunks > 0 ? EXIT.failed : EXIT.ok;
    } catch (error) {
      if (!(error instanceof BookingFileError)) throw error;
      out.write(`error: ${error.message}\n`);
      return EXIT.failed;
    } finally {
      await gateway.close();
    }
  });
}

if (require.main === module) runAsProcess(importBookingsMain);
