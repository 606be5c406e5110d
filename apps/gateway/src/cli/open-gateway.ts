import { loadConfig } from '../config';
import { createGateway, Gateway } from '../server';
import type { CliIo } from './command-line';

export interface CliDatabaseOptions {
  /** `--create`: the command may create a new database; without it, it works on an existing one only. */
  create: boolean;
}

/**
 * Opens the configured database (SQLITE_PATH or DATABASE_URL, from the command's environment)
 * with every module, for a command. Every command that opens the database comes through here
 * with its `--create` flag.
 */
export async function openGateway(io: CliIo, options: CliDatabaseOptions): Promise<Gateway> {
  const config = loadConfig(io.env);
  return createGateway({ config, logger: false });
}
