import { existsSync } from 'node:fs';
import { createGateway, Gateway } from '../server';
import { checkDatabase, databaseStartupError, loadCheckedConfig, reportStartupFailure, StartupError } from '../startup';

/**
 * `--create` is understood by every command that opens the database (keys, sweep,
 * import-bookings). It is taken out of `process.argv` when this module loads, before a
 * command reads its own arguments.
 */
export const CREATE_FLAG = '--create';
const createAt = process.argv.indexOf(CREATE_FLAG, 2);
if (createAt >= 0) process.argv.splice(createAt, 1);
const createRequested = createAt >= 0;

/**
 * The gateway a command works through, opened the way the server opens it: the same
 * configuration checks (exit 2 with one line per bad value), and the database named in
 * every failure (exit 1, one line, never an unhandled rejection). A command never creates a
 * new SQLite database unless asked with `--create`: without it, it says there is none yet
 * and how to make one.
 */
export async function openGatewayForCli(options: { create?: boolean } = {}): Promise<Gateway> {
  const create = options.create ?? createRequested;
  try {
    const config = loadCheckedConfig();
    const { database } = config;
    if (database.type === 'sqlite' && database.path !== ':memory:' && !existsSync(database.path)) {
      if (!create) {
        throw new StartupError(
          `SQLITE_PATH=${database.path}: no database there yet. Start the gateway once with \`npm start\` (it creates the database with the demo data and an admin key), or pass ${CREATE_FLAG} to create an empty one`,
        );
      }
      process.stderr.write(`creating an empty database at ${database.path}\n`);
    }
    await checkDatabase(database);
    return await createGateway({ config, logger: false }).catch((error: unknown) => {
      throw databaseStartupError(database, error);
    });
  } catch (error) {
    process.exit(reportStartupFailure(error));
  }
}
