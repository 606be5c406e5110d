import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { RequestContext } from '@alliance/kernel';
import { RowError } from '../rules/booking.rules';
import { BookingBatchError, IncomingBooking } from '../services/bookings.service';
import type { PartnerConnectServices } from '../types/services';

export interface ImportProgress {
  linesRead: number;
  bytesRead: number;
  totalBytes: number;
  recorded: number;
  duplicates: number;
  failedChunks: number;
}

export interface ImportOptions {
  /** Rows per transaction (default 1,000). */
  chunkSize?: number;
  /** `csv` (with a header line) or `jsonl`; by default from the file extension. */
  format?: 'csv' | 'jsonl';
  onProgress?: (progress: ImportProgress) => void;
  /** Re-evaluate the levels of the partners whose points changed, at the end (default true). */
  reevaluateLevels?: boolean;
  /** Row errors kept in the report (default 1,000; all are counted). */
  maxErrors?: number;
}

export interface ImportReport extends ImportProgress {
  chunks: number;
  errorCount: number;
  errors: RowError[];
}

export const CSV_COLUMNS = ['bookingId', 'partnerId', 'customerId', 'opportunityId', 'solution', 'tcvMinor', 'currency', 'bookedAt', 'bookingTypes'] as const;

/**
 * Imports a CSV or JSON-lines file of bookings: streamed line by line (a file of millions of rows is
 * never held in memory), in chunks of `chunkSize` rows, each chunk in its own transaction with one
 * multi-row INSERT per table. Idempotent on the booking id: re-importing a file adds nothing. A chunk
 * with any bad row is rejected whole (its rows are reported with their line numbers) and the import
 * goes on with the next chunk.
 */
export async function importBookings(ctx: RequestContext, services: PartnerConnectServices, filePath: string, options: ImportOptions = {}): Promise<ImportReport> {
  const chunkSize = Math.max(1, options.chunkSize ?? 1000);
  const format = options.format ?? (extname(filePath).toLowerCase() === '.csv' ? 'csv' : 'jsonl');
  const maxErrors = options.maxErrors ?? 1000;
  const totalBytes = statSync(filePath).size;
  const stream = createReadStream(filePath, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const report: ImportReport = { linesRead: 0, bytesRead: 0, totalBytes, recorded: 0, duplicates: 0, failedChunks: 0, chunks: 0, errorCount: 0, errors: [] };
  const touched = new Set<string>();
  let header: string[] | null = null;
  let chunk: IncomingBooking[] = [];
  let chunkErrors: RowError[] = [];

  const fail = (errors: RowError[]) => {
    report.failedChunks += 1;
    report.errorCount += errors.length;
    for (const error of errors) if (report.errors.length < maxErrors) report.errors.push(error);
  };

  const flush = async () => {
    if (chunk.length === 0 && chunkErrors.length === 0) return;
    report.chunks += 1;
    if (chunkErrors.length > 0) fail(chunkErrors);
    else {
      try {
        const rows = chunk;
        const result = await ctx.transaction(() => services.bookings.recordBatch(ctx, rows));
        report.recorded += result.recorded.length;
        report.duplicates += result.duplicates;
        for (const id of result.touchedPartnerIds) touched.add(id);
      } catch (error) {
        if (!(error instanceof BookingBatchError)) throw error;
        fail(error.errors);
      }
    }
    chunk = [];
    chunkErrors = [];
    report.bytesRead = Math.min(stream.bytesRead, totalBytes);
    options.onProgress?.({ ...report });
  };

  for await (const raw of lines) {
    report.linesRead += 1;
    const line = report.linesRead;
    const text = raw.trim();
    if (text === '') continue;
    if (format === 'csv' && header === null) {
      header = parseCsvLine(text);
      const missing = CSV_COLUMNS.filter((c) => c !== 'currency' && !header?.includes(c));
      if (missing.length > 0) throw new Error(`line 1: the CSV header lacks ${missing.join(', ')} (expected ${CSV_COLUMNS.join(',')})`);
      continue;
    }
    const parsed = format === 'csv' ? fromCsv(header as string[], text, line) : fromJson(text, line);
    if ('error' in parsed) chunkErrors.push({ line, index: chunk.length + chunkErrors.length, field: parsed.field, code: 'BOOKING_INVALID', message: parsed.error });
    else chunk.push(parsed.row);
    if (chunk.length + chunkErrors.length >= chunkSize) await flush();
  }
  await flush();
  report.bytesRead = totalBytes;

  if (options.reevaluateLevels !== false && touched.size > 0) {
    const ids = [...touched];
    for (let i = 0; i < ids.length; i += 200) {
      const batch = ids.slice(i, i + 200);
      await ctx.transaction(() => services.participants.reevaluateMany(ctx, batch));
    }
  }
  return report;
}

type Parsed = { row: IncomingBooking } | { error: string; field: string };

function toBooking(record: Record<string, unknown>, line: number): Parsed {
  const tcv = typeof record.tcvMinor === 'string' ? (/^-?\d+$/.test(record.tcvMinor) ? Number(record.tcvMinor) : NaN) : record.tcvMinor;
  const types = typeof record.bookingTypes === 'string' ? record.bookingTypes.split(/[;|]/).map((t) => t.trim()).filter(Boolean) : record.bookingTypes;
  if (typeof record.bookedAt !== 'string') return { error: 'bookedAt must be an ISO-8601 date-time', field: 'bookedAt' };
  return {
    row: {
      line,
      bookingId: String(record.bookingId ?? ''),
      partnerId: String(record.partnerId ?? ''),
      customerId: String(record.customerId ?? ''),
      opportunityId: String(record.opportunityId ?? ''),
      solution: String(record.solution ?? ''),
      tcvMinor: tcv as number,
      currency: typeof record.currency === 'string' && record.currency !== '' ? record.currency : 'USD',
      bookedAt: new Date(record.bookedAt),
      bookingTypes: (types ?? []) as string[],
    },
  };
}

function fromJson(text: string, line: number): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'the line is not valid JSON', field: 'line' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'each line must be a JSON object', field: 'line' };
  return toBooking(value as Record<string, unknown>, line);
}

function fromCsv(header: string[], text: string, line: number): Parsed {
  const cells = parseCsvLine(text);
  if (cells.length !== header.length) return { error: `expected ${header.length} fields, found ${cells.length}`, field: 'line' };
  const record: Record<string, unknown> = {};
  header.forEach((name, i) => (record[name] = cells[i]));
  return toBooking(record, line);
}

/** One CSV line: comma-separated, fields optionally in double quotes ("" is a quote). */
export function parseCsvLine(text: string): string[] {
  if (!text.includes('"')) return text.split(',');
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}
