import { EntityManager } from 'typeorm';
import { Database } from '@alliance/kernel';

export interface RateVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  retryAfterSeconds: number;
}

const WINDOW_MS = 60_000;

/**
 * A fixed one-minute window per API key, counted in the database so every gateway process
 * serving one database shares the budget. One atomic upsert per request. On SQLite it is a
 * transaction of its own in the request's queue turn (so across processes it takes the write
 * lock as every transaction does, waiting without blocking the event loop); on PostgreSQL it
 * rides in the authentication statement (`ApiKeyService.admit`, then `counted`).
 */
export class RateLimiter {
  constructor(
    private readonly db: Database,
    readonly perMinute: number,
  ) {}

  get enabled(): boolean {
    return this.perMinute > 0;
  }

  /** The ISO start of the window `now` falls in (the `windowStart` of `gw_rate_window`). */
  windowStart(now: Date): string {
    return new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS).toISOString();
  }

  async take(keyId: string, now: Date): Promise<RateVerdict> {
    const windowStart = this.windowStart(now);
    const p = (n: number) => (this.db.isPostgres ? `$${n}` : '?');
    const count = await this.db.transaction(async (em) => {
      const rows: { count: number | string }[] = await em.query(
        `INSERT INTO gw_rate_window ("keyId", "windowStart", "count") VALUES (${p(1)}, ${p(2)}, 1)
         ON CONFLICT ("keyId", "windowStart") DO UPDATE SET "count" = gw_rate_window."count" + 1
         RETURNING "count"`,
        [keyId, windowStart],
      );
      const value = Number(rows[0].count);
      if (value === 1) await this.clearOlder(em, keyId, windowStart);
      return value;
    });
    return this.verdict(count, now);
  }

  /** The verdict for the `count`th request of the key's current window, counted by `ApiKeyService.admit`. */
  async counted(keyId: string, count: number, now: Date): Promise<RateVerdict> {
    if (count === 1) await this.clearOlder(this.db.manager, keyId, this.windowStart(now));
    return this.verdict(count, now);
  }

  /** The first request of a window clears the key's older windows. */
  private async clearOlder(em: EntityManager, keyId: string, windowStart: string): Promise<void> {
    const p = (n: number) => (this.db.isPostgres ? `$${n}` : '?');
    await em.query(`DELETE FROM gw_rate_window WHERE "keyId" = ${p(1)} AND "windowStart" < ${p(2)}`, [keyId, windowStart]);
  }

  private verdict(count: number, now: Date): RateVerdict {
    const windowStartMs = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStartMs + WINDOW_MS - now.getTime()) / 1000));
    return { allowed: count <= this.perMinute, limit: this.perMinute, remaining: Math.max(0, this.perMinute - count), retryAfterSeconds };
  }
}
