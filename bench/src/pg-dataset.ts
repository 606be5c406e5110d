import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DATA_DIR, gatewayEnv, ROOT } from './config';
import { loadGatewayDist } from './gateway';

/**
 * The same dataset on PostgreSQL: a private cluster (`scripts/pg-cluster.sh`), its schema made by
 * the gateway's own PostgreSQL migrations, then every table of the SQLite dataset copied over with
 * `COPY … FROM STDIN` (CSV through psql). The cluster is kept between runs in the temporary
 * directory and loaded again only when the SQLite dataset or the migrations change.
 */
export interface PgDataset {
  url: string;
  /** Seconds spent loading in this run (0 when the loaded cluster was reused). */
  loadedSeconds: number;
  stop(): Promise<void>;
}

const CLUSTER = join(tmpdir(), `alliance-bench-pg-${createHash('sha256').update(DATA_DIR).digest('hex').slice(0, 8)}`);
const SCRIPT = join(ROOT, 'scripts', 'pg-cluster.sh');
/** Tables the migrations own (their history), not data to copy. */
const SKIPPED = new Set(['migrations', 'typeorm_metadata']);

/** What the loaded cluster was copied from: the SQLite file as it was, and the migrations it had run. */
function loadedStamp(sqlitePath: string): string {
  const stat = statSync(sqlitePath);
  const sqlite = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    const migrations = (sqlite.prepare('SELECT name FROM migrations ORDER BY id').all() as { name: string }[]).map((m) => m.name);
    return JSON.stringify({ size: stat.size, mtime: stat.mtimeMs, migrations });
  } finally {
    sqlite.close();
  }
}

function cluster(command: 'start' | 'stop'): string {
  return execFileSync('bash', [SCRIPT, command, CLUSTER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export async function ensurePgDataset(sqlitePath: string, log: (line: string) => void): Promise<PgDataset> {
  const stampFile = join(CLUSTER, 'loaded.json');
  const stamp = loadedStamp(sqlitePath);
  const reuse = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (!reuse) {
    try {
      cluster('stop');
    } catch {
      // nothing running
    }
    rmSync(CLUSTER, { recursive: true, force: true });
  } else {
    try {
      cluster('stop'); // left running by an interrupted run
    } catch {
      // not running
    }
  }
  const url = cluster('start');
  const stop = async () => {
    cluster('stop');
  };
  if (reuse) {
    log(`postgres: reusing the loaded cluster in ${CLUSTER}`);
    return { url, loadedSeconds: 0, stop };
  }
  const started = Date.now();
  try {
    log('postgres: creating the schema with the gateway migrations');
    const { createGateway, loadConfig } = loadGatewayDist();
    const gateway = await createGateway({ config: loadConfig(gatewayEnv(url, 0)), logger: false });
    await gateway.close();
    await copyTables(sqlitePath, url, log);
    writeFileSync(stampFile, stamp);
  } catch (error) {
    await stop();
    throw error;
  }
  const loadedSeconds = (Date.now() - started) / 1000;
  log(`postgres: loaded in ${loadedSeconds.toFixed(0)} s`);
  return { url, loadedSeconds, stop };
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  return `"${String(value).replace(/"/g, '""')}"`;
}

async function copyTables(sqlitePath: string, url: string, log: (line: string) => void): Promise<void> {
  const sqlite = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    const tables = (
      sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]
    )
      .map((t) => t.name)
      .filter((name) => !SKIPPED.has(name));
    const pgColumns = new Map<string, Set<string>>();
    for (const row of (await pg.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`)).rows as {
      table_name: string;
      column_name: string;
    }[]) {
      const set = pgColumns.get(row.table_name) ?? new Set<string>();
      set.add(row.column_name);
      pgColumns.set(row.table_name, set);
    }
    const missing = tables.filter((t) => !pgColumns.has(t));
    if (missing.length) throw new Error(`tables of the SQLite dataset missing on PostgreSQL: ${missing.join(', ')}`);
    // Rows the migrations seeded are in the SQLite dataset too: start from empty tables.
    await pg.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')}`);
    for (const table of tables) {
      const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[])
        .map((c) => c.name)
        .filter((c) => pgColumns.get(table)?.has(c));
      const count = await copyTable(sqlite, url, table, columns);
      if (count >= 100_000) log(`postgres: ${table}: ${count.toLocaleString('en-US')} rows`);
    }
    log('postgres: ANALYZE');
    await pg.query('ANALYZE');
  } finally {
    await pg.end();
    sqlite.close();
  }
}

/** One table through `psql -c "COPY … FROM STDIN"`, written in 1 MiB chunks with back-pressure. */
async function copyTable(sqlite: Database.Database, url: string, table: string, columns: string[]): Promise<number> {
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  // The rows are copied as they are in a consistent dataset: foreign keys need not be checked row by row.
  const psql = spawn(
    'psql',
    [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', 'SET session_replication_role = replica', '-c', `COPY "${table}" (${quoted}) FROM STDIN WITH (FORMAT csv)`],
    {
      stdio: ['pipe', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  psql.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const done = new Promise<void>((resolve, reject) =>
    psql.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`COPY ${table} failed (${code}): ${errors.slice(0, 1000)}`)))),
  );
  let count = 0;
  let buffer = '';
  const flush = async () => {
    if (!psql.stdin.write(buffer)) await new Promise((resolve) => psql.stdin.once('drain', resolve));
    buffer = '';
  };
  for (const row of sqlite.prepare(`SELECT ${quoted} FROM "${table}"`).raw().iterate() as IterableIterator<unknown[]>) {
    buffer += row.map(csvField).join(',') + '\n';
    count++;
    if (buffer.length > 1 << 20) await flush();
  }
  await flush();
  psql.stdin.end();
  await done;
  return count;
}
