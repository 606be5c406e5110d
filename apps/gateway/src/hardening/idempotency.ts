import { createHash } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { addHours, Database } from '@alliance/kernel';
import { IdempotencyRecord, IdempotencyState } from './hardening.entities';

/** Keys are kept at least this long (Stripe keeps them 24 hours). */
export const IDEMPOTENCY_RETENTION_HOURS = 24;
/** An IN_PROGRESS key older than this was left by a crashed request and may be taken over. */
const ABANDONED_AFTER_MS = 60_000;

export type IdempotencyStart =
  | { kind: 'proceed'; recordId: string }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'conflict' }
  | { kind: 'mismatch' };

export function fingerprint(body: { query?: unknown; variables?: unknown; operationName?: unknown }): string {
  return createHash('sha256')
    .update(JSON.stringify([body.query ?? null, body.variables ?? null, body.operationName ?? null]))
    .digest('hex');
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
    await this.db.transaction((em) => em.update(IdempotencyRecord, { id: recordId }, { state: IdempotencyState.DONE, responseStatus: status, responseBody: body }));
  }

  /** A request that failed unexpectedly keeps no key, so the client may retry it. */
  async abandon(recordId: string): Promise<void> {
    await this.db.transaction((em) => em.delete(IdempotencyRecord, { id: recordId }));
  }

  async prune(now: Date): Promise<number> {
    const result = await this.db.transaction((em) =>
      em.createQueryBuilder().delete().from(IdempotencyRecord).where('"expiresAt" <= :now', { now: now.toISOString() }).execute(),
    );
    return result.affected ?? 0;
  }
}
