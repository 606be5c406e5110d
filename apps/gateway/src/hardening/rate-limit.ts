import type { EntityManager } from 'typeorm';
import { Database } from '@alliance/kernel';

export interface RateVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  retryAfterSeconds: number;
}

const WINDOW_MS = 60_000;

/** The most requests one claim takes from the database, and the share of the limit it may be. */
const MAX_CLAIM = 100;
const CLAIM_SHARE_OF_LIMIT = 1_000;

/** What this process has claimed of a key's current window: request numbers `next` to `last` are its own to hand out. */
interface Allowance {
  windowStart: string;
  next: number;
  last: number;
  /** Size of the last claim; the next one doubles it, up to the cap. */
  claim: number;
}

/**
 * A fixed one-minute window per API key, counted in the database so every gateway process
 * serving one database shares the budget exactly: a process hands out only request numbers it
 * has claimed there, and the claims are atomic upserts, so all processes together never admit
 * more than the limit.
 *
 * A claim takes a block of request numbers at once, so a busy key does not write on every
 * request: the first claim of a window takes 1, each further one twice the last, up to 100
 * and to a thousandth of the limit. Keys with limits under 2,000 a minute (the default is
 * 1,200) therefore still claim one number per request. What a process has claimed and not
 * used when the window ends is lost: at most a thousandth of the limit per process. On
 * SQLite a claim is a transaction of its own in the request's queue turn (so across
 * processes it takes the write lock as every transaction does, without blocking the event
 * loop); on PostgreSQL it is one statement.
 */
export class RateLimiter {
  private readonly allowances = new Map<string, Allowance>();
  private readonly maxClaim: number;

  constructor(
    private readonly db: Database,
    readonly perMinute: number,
  ) {
    this.maxClaim = Math.max(1, Math.min(MAX_CLAIM, Math.floor(perMinute / CLAIM_SHARE_OF_LIMIT)));
  }

  get enabled(): boolean {
    return this.perMinute > 0;
  }

  /** The ISO start of the window `now` falls in (the `windowStart` of `gw_rate_window`). */
  windowStart(now: Date): string {
    return new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS).toISOString();
  }

  /** Counts one request of the key in its current window and says whether it is within the limit. */
  async take(keyId: string, now: Date): Promise<RateVerdict> {
    const windowStart = this.windowStart(now);
    let allowance = this.allowances.get(keyId);
    if (!allowance || allowance.windowStart !== windowStart) {
      if (this.allowances.size >= 10_000) this.allowances.clear();
      allowance = { windowStart, next: 1, last: 0, claim: 0 };
      this.allowances.set(keyId, allowance);
    }
    if (allowance.next <= allowance.last) return this.verdict(allowance.next++, now);
    const size = Math.min(this.maxClaim, Math.max(1, allowance.claim * 2));
    const claimedTo = await this.claim(keyId, windowStart, size);
    const first = claimedTo - size + 1;
    // Two claims of one process may overlap on PostgreSQL: the one that finds the allowance
    // spent keeps its remainder; the other's remainder is given up (never handed out twice).
    if (allowance.next > allowance.last) Object.assign(allowance, { next: first + 1, last: claimedTo, claim: size });
    return this.verdict(first, now);
  }

  /** Adds `size` to the key's count of the window; returns the new count (the claim's last request number). */
  private async claim(keyId: string, windowStart: string, size: number): Promise<number> {
    const p = (n: number) => (this.db.isPostgres ? `$${n}` : '?');
    const count = async (em: EntityManager) => {
      const rows: { count: number | string }[] = await em.query(
        `INSERT INTO gw_rate_window ("keyId", "windowStart", "count") VALUES (${p(1)}, ${p(2)}, ${p(3)})
         ON CONFLICT ("keyId", "windowStart") DO UPDATE SET "count" = gw_rate_window."count" + excluded."count"
         RETURNING "count"`,
        [keyId, windowStart, size],
      );
      const value = Number(rows[0].count);
      // The window's first claim (of any process) clears the key's older windows.
      if (value === size) await em.query(`DELETE FROM gw_rate_window WHERE "keyId" = ${p(1)} AND "windowStart" < ${p(2)}`, [keyId, windowStart]);
      return value;
    };
    // PostgreSQL: the upsert is atomic on its own. SQLite: a transaction, to take the write lock as every writer does.
    return this.db.isPostgres ? count(this.db.manager) : this.db.transaction(count);
  }

  private verdict(requestNumber: number, now: Date): RateVerdict {
    const windowStartMs = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStartMs + WINDOW_MS - now.getTime()) / 1000));
    return {
      allowed: requestNumber <= this.perMinute,
      limit: this.perMinute,
      remaining: Math.max(0, this.perMinute - requestNumber),
      retryAfterSeconds,
    };
  }
}
