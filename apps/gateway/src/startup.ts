import { accessSync, closeSync, constants, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { createServer, Server, Socket } from 'node:net';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { ConfigError, GatewayConfig, loadConfig, problemLine, redactUrl } from './config';

/**
 * What the gateway and its commands check before they open anything, and how they fail:
 * one line naming the setting (the URL without its password, or the path), never a stack.
 * Exit code 2 for invalid configuration, 1 for everything else that stops a start.
 */
export const EXIT_INVALID_CONFIG = 2;
export const EXIT_FAILED = 1;

/** A start-up failure with a message fit for an operator; `exitCode` 1 or 2. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILED,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** Filesystems where a database file makes no sense (and where Node's recursive mkdir never returns). */
const VIRTUAL_ROOTS = ['/proc', '/sys', '/dev'];

/** The setting a database came from, for messages: `SQLITE_PATH=/x/y.sqlite` or `DATABASE_URL=postgres://u:***@h/db`. */
export function databaseSetting(database: GatewayConfig['database']): string {
  return database.type === 'sqlite' ? `SQLITE_PATH=${database.path}` : `DATABASE_URL=${redactUrl(database.url)}`;
}

/**
 * Whether the SQLite file can be used, without creating anything: its directory exists and
 * is writable, or the nearest existing ancestor is; an existing path is a regular file.
 * Returns the problem in words, or null.
 */
export function sqlitePathProblem(path: string): string | null {
  if (path === ':memory:') return null;
  const root = VIRTUAL_ROOTS.find((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  if (root) return `${root} is a virtual filesystem, not a place for a database file`;
  const existing = statOrNull(path);
  if (existing) {
    if (!existing.isFile()) return 'it exists and is not a regular file';
    try {
      accessSync(path, constants.R_OK | constants.W_OK);
    } catch {
      return 'the file is not readable and writable by this user';
    }
  }
  let dir = dirname(path);
  while (!statOrNull(dir)) {
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const stat = statOrNull(dir);
  if (!stat?.isDirectory()) return `${dir} is not a directory`;
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    return `the directory ${dir} is not writable by this user`;
  }
  return null;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Creates the SQLite file's directory one level at a time (Node's recursive mkdir loops
 * forever under /proc), naming the path on failure.
 */
export function ensureSqliteDirectory(path: string): void {
  if (path === ':memory:') return;
  const missing: string[] = [];
  for (let dir = dirname(path); !statOrNull(dir); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      throw new StartupError(`SQLITE_PATH=${path}: cannot create the directory ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
}

/**
 * Loads the configuration and checks what can be checked without opening anything (the
 * SQLite path). Every problem is reported at once, as a ConfigError.
 */
export function loadCheckedConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): GatewayConfig {
  let config: GatewayConfig | null = null;
  let problems: string[] = [];
  try {
    config = loadConfig(env, cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems = [...error.problems];
  }
  // The path is checked even when other values are bad, so every problem shows at once.
  const path = config ? (config.database.type === 'sqlite' ? config.database.path : null) : env.DATABASE_URL ? null : sqlitePathOf(env, cwd);
  const problem = path ? sqlitePathProblem(path) : null;
  if (problem && !problems.some((line) => line.startsWith('invalid SQLITE_PATH='))) {
    problems.push(problemLine('SQLITE_PATH', JSON.stringify(path), `a usable file path: ${problem}`));
  }
  if (problems.length || !config) throw new ConfigError(problems);
  return config;
}

/** The SQLite path the environment names, resolved as loadConfig resolves it. */
function sqlitePathOf(env: NodeJS.ProcessEnv, cwd: string): string | null {
  try {
    const database = loadConfig({ SQLITE_PATH: env.SQLITE_PATH }, cwd).database;
    return database.type === 'sqlite' ? database.path : null;
  } catch {
    return null;
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Opens the database once, briefly, so a bad one is named before anything else happens:
 * an SQLite file that is not a database, a PostgreSQL server that cannot be reached or
 * refuses the credentials. Creates nothing.
 */
export async function checkDatabase(database: GatewayConfig['database'], timeoutMs = 10_000): Promise<void> {
  if (database.type === 'sqlite') {
    if (database.path === ':memory:' || !statOrNull(database.path)) return;
    const header = Buffer.alloc(16);
    let read = 0;
    try {
      const fd = openSync(database.path, 'r');
      try {
        read = readSync(fd, header, 0, 16, 0);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      throw new StartupError(`${databaseSetting(database)}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    // An empty file is what SQLite itself creates before the first write: it is a database.
    if (read === 0) return;
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new StartupError(`${databaseSetting(database)}: the file is not an SQLite database; move it away or point SQLITE_PATH at another file`);
    }
    try {
      const probe = new BetterSqlite3(database.path, { readonly: true, fileMustExist: true });
      try {
        probe.prepare('SELECT count(*) FROM sqlite_master').get();
      } finally {
        probe.close();
      }
    } catch (error) {
      throw new StartupError(`${databaseSetting(database)}: cannot open the database (${(error as Error).message})`);
    }
    return;
  }
  const client = new Client({ connectionString: database.url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(`${databaseSetting(database)}: cannot reach the database (${describeDriverError(error)})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A driver error in one line: its message, with the system error code when there is one. */
export function describeDriverError(error: unknown): string {
  const err = error as { message?: string; code?: string; errors?: { message?: string }[] };
  // Node reports a refused connection to every resolved address as an AggregateError with no message.
  const message = err?.message || err?.errors?.map((inner) => inner.message).join('; ') || String(error);
  const code = err?.code && !message.includes(err.code) ? ` [${err.code}]` : '';
  return `${message.split('\n')[0]}${code}`;
}

/** Wraps a failure to open or migrate the database so it names the database. */
export function databaseStartupError(database: GatewayConfig['database'], error: unknown): StartupError {
  if (error instanceof StartupError) return error;
  return new StartupError(`${databaseSetting(database)}: ${describeDriverError(error)}`);
}

/** Why a listen failed, naming HOST and PORT. */
export function listenStartupError(host: string, port: number, error: unknown): StartupError {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `HOST=${host} PORT=${port}`;
  if (code === 'EADDRINUSE') return new StartupError(`${where}: the address is already in use (another process listens there); stop it or choose another PORT`);
  if (code === 'EACCES') return new StartupError(`${where}: permission denied (ports below 1024 need privileges); choose another PORT`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new StartupError(`${where}: this machine has no such address; check HOST`);
  return new StartupError(`${where}: cannot listen (${describeDriverError(error)})`);
}

/**
 * Binds HOST:PORT before anything is opened or written, so a taken port stops the start
 * with nothing done. Returns a function that releases it just before the gateway listens.
 * Port 0 (any free port) needs no reservation.
 */
export async function reservePort(host: string, port: number): Promise<() => Promise<void>> {
  if (port === 0) return async () => undefined;
  // A request that arrives while the gateway starts (a load balancer's health check) is told
  // so at once, and its connection closed: held open, it would keep the reservation from
  // closing and the start from finishing.
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.end(
      'HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: 22\r\nretry-after: 1\r\nconnection: close\r\n\r\n{"status":"starting"}\n',
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(listenStartupError(host, port, error)));
    server.listen({ host, port, exclusive: true }, () => resolve());
  });
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
}

/** Whether a log level shows stack traces of unexpected errors. */
function verbose(): boolean {
  return ['debug', 'trace'].includes((process.env.LOG_LEVEL ?? '').toLowerCase());
}

/**
 * Prints why a start failed and the exit code to use: every configuration problem on its
 * own line, any other failure on one line (an unexpected error's stack only with
 * LOG_LEVEL=debug).
 */
export function reportStartupFailure(error: unknown, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): number {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) write(problem);
    return EXIT_INVALID_CONFIG;
  }
  if (error instanceof StartupError) {
    write(error.message);
    return error.exitCode;
  }
  write(`error: ${describeDriverError(error)}${verbose() ? '' : ' (LOG_LEVEL=debug shows the stack trace)'}`);
  if (verbose() && error instanceof Error && error.stack) write(error.stack);
  return EXIT_FAILED;
}
