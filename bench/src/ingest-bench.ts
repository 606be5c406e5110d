import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { DATA_DIR, DATASET_VERSION, GATEWAY_DIST, gatewayEnv, SIZES } from './config';
import { bookingIds, bookingWriter, Dataset, earnedAtOf, parseBookingLine, PlannedBooking } from './dataset';

export interface IngestResult {
  chunkSize: number;
  raw: { rows: number; seconds: number; rowsPerSecond: number; prefixRows: number; prefixSeconds: number; prefixRowsPerSecond: number };
  importer: { rows: number; seconds: number; rowsPerSecond: number; wallSeconds: number; recorded: number; failedChunks: number; report: string } | null;
  /** Importer rows/s over raw rows/s on the same rows (the importer's prefix). */
  ratio: number | null;
}

export interface IngestOptions {
  /**
   * Rows the importer gets: a prefix of the file, or all 1,000,000 (the default). With
   * `secondsLeft`, fewer when the whole file would not fit in the time left.
   */
  importerRows?: number;
  /** Seconds of the run's budget left for the importer (after the raw loop), if the run has a budget. */
  secondsLeft?: () => number;
  chunkSize?: number;
  /** Extra node flags for the importer child (e.g. --cpu-prof). */
  importerNodeArgs?: string[];
  log?: (line: string) => void;
}

function freshCopy(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(to + suffix, { force: true });
  copyFileSync(from, to);
}

/** The SQLite settings the gateway's DataSource uses (apps/gateway/src/data-source.ts): WAL, synchronous NORMAL, 64 MiB page cache. */
function openLikeGateway(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536');
  return db;
}

const READY = (path: string) => `${path}.ready`;
/** What the ready marker holds: the dataset version and the base file it was copied from. */
const readyStamp = (dataset: Dataset) => `${DATASET_VERSION}:${statSync(dataset.basePath).mtimeMs}`;

/**
 * The raw loop: reads the same CSV line by line, computes the same ledger entries (PC-2, PC-3)
 * and inserts bookings and entries with prepared statements, one transaction per chunk, on the
 * gateway's SQLite settings. Its output is the 1,000,000-booking dataset the HTTP benches read.
 */
export interface RawIngest {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Rows written and seconds taken at every 100,000 rows (the rate on a prefix, to set beside the importer's). */
  checkpoints: { rows: number; seconds: number; rowsPerSecond: number }[];
}

export async function rawIngest(dataset: Dataset, chunkSize: number, log: (line: string) => void): Promise<RawIngest> {
  freshCopy(dataset.basePath, dataset.fullPath);
  rmSync(READY(dataset.fullPath), { force: true });
  const db = openLikeGateway(dataset.fullPath);
  const write = bookingWriter(db, bookingIds(), earnedAtOf);
  const lines = createInterface({ input: createReadStream(dataset.bookingsCsv, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  let chunk: PlannedBooking[] = [];
  let rows = 0;
  const checkpoints: RawIngest['checkpoints'] = [];
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    if (line === '') continue;
    chunk.push(parseBookingLine(line));
    if (chunk.length >= chunkSize) {
      write(chunk);
      rows += chunk.length;
      chunk = [];
      if (rows % 100_000 === 0) {
        const seconds = elapsed();
        checkpoints.push({ rows, seconds, rowsPerSecond: rows / seconds });
        log(`raw loop: ${rows.toLocaleString('en-US')} rows, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`);
      }
    }
  }
  if (chunk.length) write(chunk);
  rows += chunk.length;
  const seconds = elapsed();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  writeFileSync(READY(dataset.fullPath), readyStamp(dataset));
  return { rows, seconds, rowsPerSecond: rows / seconds, checkpoints };
}

/** The dataset with its bookings, writing them with the raw loop when they are not there yet (unmeasured use). */
export async function ensureFullDataset(dataset: Dataset, log: (line: string) => void): Promise<void> {
  if (existsSync(dataset.fullPath) && existsSync(READY(dataset.fullPath)) && readFileSync(READY(dataset.fullPath), 'utf8') === readyStamp(dataset)) return;
  log('writing the 1,000,000 bookings into the dataset (raw loop)');
  await rawIngest(dataset, 5000, log);
}

/**
 * The product's importer, exactly as operators run it (`npm run import-bookings -- <file>`:
 * apps/gateway/dist/cli/import-bookings.js, createGateway + importBookings, chunk of 5,000), on a
 * copy of the base dataset. Its own report (rows/s over the import, level re-evaluation included)
 * is what is quoted.
 */
export async function importerIngest(
  dataset: Dataset,
  rows: number,
  chunkSize: number,
  nodeArgs: string[],
  log: (line: string) => void,
): Promise<NonNullable<IngestResult['importer']>> {
  const target = join(DATA_DIR, 'ingest-importer.sqlite');
  freshCopy(dataset.basePath, target);
  let file = dataset.bookingsCsv;
  if (rows < SIZES.bookings) {
    file = join(DATA_DIR, `bookings-${rows}.csv`);
    if (!existsSync(file)) {
      const text = readFileSync(dataset.bookingsCsv, 'utf8');
      let end = 0;
      for (let i = 0; i <= rows; i++) end = text.indexOf('\n', end) + 1;
      writeFileSync(file, text.slice(0, end));
    }
  }
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...nodeArgs, join(GATEWAY_DIST, 'cli', 'import-bookings.js'), file, '--chunk-size', String(chunkSize)], {
    env: gatewayEnv(target, 0),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let lastLine = '';
  let report = '';
  let lastLogged = 0;
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    for (const line of text.split('\n').filter(Boolean)) {
      lastLine = line;
      if (/bookings recorded/.test(line)) report = line;
      const lines = /(\d[\d,]*) rows /.exec(line);
      const done = lines ? Number(lines[1].replace(/,/g, '')) : 0;
      if (done - lastLogged >= 100_000) {
        lastLogged = done;
        log(`importer: ${line.replace(/^\[[#.]+\]\s*/, '')}`);
      }
    }
  });
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? -1)));
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  // "N bookings recorded, M already recorded, K chunk(s) rejected in 12.3 s (4786 rows/s)"
  const match = /^(\d+) bookings recorded, \d+ already recorded, (\d+) chunk\(s\) rejected in ([\d.]+) s \((\d+) rows\/s\)/.exec(report);
  if (code !== 0 || !match) throw new Error(`the importer failed (exit ${code}): ${report || lastLine}`);
  const seconds = Number(match[3]);
  return { rows, seconds, rowsPerSecond: rows / seconds, wallSeconds, recorded: Number(match[1]), failedChunks: Number(match[2]), report };
}

/** Issue 10 §2b: bulk booking ingest through the product's importer next to the raw prepared-statement loop. */
export async function runIngestBench(dataset: Dataset, options: IngestOptions = {}): Promise<IngestResult> {
  const log = options.log ?? (() => undefined);
  const chunkSize = options.chunkSize ?? 5000;
  let importerRows = Math.min(options.importerRows ?? SIZES.bookings, SIZES.bookings);
  const raw = await rawIngest(dataset, chunkSize, log);
  log(`raw loop: ${raw.rows.toLocaleString('en-US')} rows in ${raw.seconds.toFixed(1)} s (${Math.round(raw.rowsPerSecond)} rows/s)`);
  if (options.secondsLeft && importerRows > 0) {
    // The importer has run at 0.7 to 0.8 of the raw loop's rate on this machine; plan with 0.6.
    const affordable = Math.floor((options.secondsLeft() * raw.rowsPerSecond * 0.6) / 100_000) * 100_000;
    if (affordable < importerRows) {
      importerRows = Math.max(100_000, affordable);
      log(`importer: ${importerRows.toLocaleString('en-US')} rows fit in the time left (${Math.round(options.secondsLeft())} s)`);
    }
  }
  let importer: IngestResult['importer'] = null;
  if (importerRows > 0) {
    importer = await importerIngest(dataset, importerRows, chunkSize, options.importerNodeArgs ?? [], log);
    log(`importer: ${importer.report}`);
  }
  const prefix = importer && importer.rows < raw.rows ? raw.checkpoints.find((c) => c.rows >= importer.rows) : undefined;
  return {
    chunkSize,
    raw: {
      rows: raw.rows,
      seconds: raw.seconds,
      rowsPerSecond: raw.rowsPerSecond,
      prefixRows: prefix?.rows ?? raw.rows,
      prefixSeconds: prefix?.seconds ?? raw.seconds,
      prefixRowsPerSecond: prefix?.rowsPerSecond ?? raw.rowsPerSecond,
    },
    importer,
    ratio: importer ? importer.rowsPerSecond / (prefix?.rowsPerSecond ?? raw.rowsPerSecond) : null,
  };
}
