import { createHash } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { addHours, Database } from '@alliance/kernel';
import { IdempotencyRecord, IdempotencyState } from './hardening.entities';

/** Keys are kept at least this long (Stripe keeps them 24 hours). */
export const IDEMPOTENCY_RETENTION_HOURS = 24;
/** An IN_PROGRESS key older than this was left by a crashed request and may be taken over. */
const ABANDONED_AFTER_MS = 60_000;

export type IdempotencyStart =
  { kind: 'proceed'; recordId: string } | { kind: 'replay'; status: number; body: string } | { kind: 'conflict' } | { kind: 'mismatch' };

export function fingerprint(body: { query?: unknown; variables?: unknown; operationName?: unknown }): string {
  return createHash('sha256')
    .update(JSON.stringify([body.query ?? null, body.variables ?? null, body.operationName ?? null]))
    .digest('hex');
}

/**
 * Whether a GraphQL response shows that execution began: some top-level field resolved
 * (possibly to a payload with `userErrors`). A request refused before execution (parse or
 * validation failure, malformed variables, input refused by validation) returns no data, so
 * the client may correct it and send it again under the same key.
 */
export function beganExecuting(responseBody: string): boolean {
  try {
    const parsed = JSON.parse(responseBody) as { data?: Record<string, unknown> | null };
    return Boolean(parsed.data && Object.values(parsed.data).some((value) => value !== null));
  } catch {
    return false;
  }
}

/**
 * The response as kept for replays: every value that is, or contains, a secret the request
 * showed once (see `RequestContext.revealOnce`) becomes null. A replay answers the same
 * outcome and ids, never the secret.
 */
export function withoutSecrets(responseBody: string, secrets: ReadonlySet<string>): string {
  if (!secrets.size) return responseBody;
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return [...secrets].some((secret) => value.includes(secret)) ? null : value;
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrub(inner)]));
    return value;
  };
  return JSON.stringify(scrub(JSON.parse(responseBody)));
}

/**
 * `Idempotency-Key` for mutations, with Stripe's semantics: the same key and the same request
 * returns the first response without doing the work again; the same key with a different
 * request is refused; a duplicate that arrives while the first is still running gets a conflict.
 */
export class IdempotencyStore {
  constructor(private readonly db: Database) {}

  async start(keyId: string, idempotencyKey: string, print: string, now: Date): Promise<IdempotencyStart> {
    try {
      return await this.db.transaction(async (em) => {
        await this.db.lock(em, `idempotency:${keyId}:${idempotencyKey}`);
        const existing = await em.findOneBy(IdempotencyRecord, { keyId, idempotencyKey });
        if (existing) {
          const expired = existing.expiresAt.getTime() <= now.getTime();
          const abandoned = existing.state === IdempotencyState.IN_PROGRESS && now.getTime() - existing.createdAt.getTime() > ABANDONED_AFTER_MS;
          if (!expired && !abandoned) {
            if (existing.fingerprint !== print) return { kind: 'mismatch' };
            if (existing.state === IdempotencyState.IN_PROGRESS) return { kind: 'conflict' };
            return { kind: 'replay', status: existing.responseStatus ?? 200, body: existing.responseBody ?? '' };
          }
          await em.delete(IdempotencyRecord, { id: existing.id });
        }
        const record = await em.save(
          em.create(IdempotencyRecord, {
            keyId,
            idempotencyKey,
            fingerprint: print,
            state: IdempotencyState.IN_PROGRESS,
            responseStatus: null,
            responseBody: null,
            createdAt: now,
            expiresAt: addHours(now, IDEMPOTENCY_RETENTION_HOURS),
          }),
        );
        return { kind: 'proceed', recordId: record.id };
      });
    } catch (error) {
      // Two processes inserted the same key at once: the loser sees a duplicate in flight.
      if (error instanceof QueryFailedError && /unique|duplicate/i.test(error.message)) return { kind: 'conflict' };
      throw error;
    }
  }

  async finish(recordId: string, status: number, body: string): Promise<void> {
    await this.db.transaction((em) =>
      em.update(IdempotencyRecord, { id: recordId }, { state: IdempotencyState.DONE, responseStatus: status, responseBody: body }),
    );
  }

  /** A request that failed unexpectedly keeps no key, so the client may retry it. */
  async abandon(recordId: string): Promise<void> {
    await this.db.transaction((em) => em.delete(IdempotencyRecord, { id: recordId }));
  }

  /** Deletes keys past their retention; housekeeping calls it. */
  async prune(now: Date): Promise<number> {
    const result = await this.db.transaction((em) =>
      em.createQueryBuilder().delete().from(IdempotencyRecord).where('"expiresAt" <= :now', { now: now.toISOString() }).execute(),
    );
    return result.affected ?? 0;
  }
}
