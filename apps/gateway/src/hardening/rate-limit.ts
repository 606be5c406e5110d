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
 * serving one database shares the budget. One atomic upsert per request.
 */
export class RateLimiter {
  constructor(
    private readonly db: Database,
    readonly perMinute: number,
  ) {}

  get enabled(): boolean {
    return this.perMinute > 0;
  }

  async take(keyId: string, now: Date): Promise<RateVerdict> {
    const windowStartMs = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
    const windowStart = new Date(windowStartMs).toISOString();
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStartMs + WINDOW_MS - now.getTime()) / 1000));
    const p = (n: number) => (this.db.isPostgres ? `$${n}` : '?');
    const count = await this.db.transaction(async (em) => {
      const rows: { count: number | string }[] = await em.query(
        `INSERT INTO gw_rate_window ("keyId", "windowStart", "count") VALUES (${p(1)}, ${p(2)}, 1)
         ON CONFLICT ("keyId", "windowStart") DO UPDATE SET "count" = gw_rate_window."count" + 1
         RETURNING "count"`,
        [keyId, windowStart],
      );
      const value = Number(rows[0].count);
      // The first request of a window clears the key's older windows.
      if (value === 1) await em.query(`DELETE FROM gw_rate_window WHERE "keyId" = ${p(1)} AND "windowStart" < ${p(2)}`, [keyId, windowStart]);
      return value;
    });
    return { allowed: count <= this.perMinute, limit: this.perMinute, remaining: Math.max(0, this.perMinute - count), retryAfterSeconds };
  }
}
