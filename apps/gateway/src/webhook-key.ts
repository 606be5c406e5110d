import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newWebhookKey } from '@alliance/notices';
import type { GatewayConfig } from './config';

/** The key file beside an SQLite database when WEBHOOK_SECRET_KEY is not set. */
export function webhookKeyFile(sqlitePath: string): string {
  return join(dirname(sqlitePath), 'webhook-secret.key');
}

/**
 * The key webhook signing secrets are derived from. It never goes into the database, so a
 * copy of the database holds no secret a receiver trusts. WEBHOOK_SECRET_KEY when set;
 * otherwise, on SQLite, a key file created once beside the database (readable by its owner
 * only), or a per-process key for an in-memory database. PostgreSQL deployments run several
 * gateways that must sign alike, so there the setting is required.
 */
export function resolveWebhookKey(config: GatewayConfig): string {
  if (config.webhookSecretKey) return config.webhookSecretKey;
  const { database } = config;
  if (database.type === 'postgres') {
    throw new Error(
      'WEBHOOK_SECRET_KEY is required with DATABASE_URL: every gateway on one database must derive the same webhook signing secrets (generate one with `openssl rand -base64 32`)',
    );
  }
  if (database.path === ':memory:') return newWebhookKey();
  const file = webhookKeyFile(database.path);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = newWebhookKey();
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    // Another process on the same file created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
}
