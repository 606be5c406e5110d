import { existsSync } from 'node:fs';
import { createGateway, Gateway } from '../server';
import { checkDatabase, databaseStartupError, loadCheckedConfig, StartupError } from '../startup';
import type { CliIo } from './command-line';

export interface CliDatabaseOptions {
  /** `--create`: the command may create a new database; without it, it works on an existing one only. */
  create: boolean;
}

/**
 * Opens the configured database (SQLITE_PATH or DATABASE_URL, from the command's environment)
 * with every module, for a command, the way the server opens it: the same configuration
 * checks (a `ConfigError`, one line per bad value), and the database named in every failure
 * (a `StartupError`). A command never creates a new SQLite database unless asked with
 * `--create`: without it, it says there is none yet and how to make one.
 */
export async function openGateway(io: CliIo, options: CliDatabaseOptions): Promise<Gateway> {
  const config = loadCheckedConfig(io.env);
  const { database } = config;
  if (database.type === 'sqlite' && database.path !== ':memory:' && !existsSync(database.path)) {
    if (!options.create) {
      throw new StartupError(
        `SQLITE_PATH=${database.path}: no database there yet. Start the gateway once with \`npm start\` (it creates the database with the demo data and an admin key), or pass --create to create an empty one`,
      );
    }
    io.stderr.write(`creating an empty database at ${database.path}\n`);
  }
  await checkDatabase(database);
  return createGateway({ config, logger: false }).catch((error: unknown) => {
    throw databaseStartupError(database, error);
  });
}
