import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { Actor, Role, STAFF, SYSTEM_ACTOR } from './auth';
import { Clock } from './clock';
import { ForbiddenError, NotFoundError } from './errors';
import { DomainEvent, EventBus } from './events';
import { newId } from './ids';
import { Database } from './transaction';

export interface RequestContextOptions {
  db: Database;
  clock: Clock;
  bus: EventBus;
  actor: Actor;
  requestId?: string;
  /** Partners this actor may see; null means every partner. Defaults from the actor. */
  visiblePartnerIds?: string[] | null;
}

/**
 * Everything one request (or one CLI run, or one sweep) works with: who is acting,
 * the clock, the entity manager of its unit of work, and its request id.
 * Every service method takes it first.
 */
export class RequestContext {
  readonly db: Database;
  readonly clock: Clock;
  readonly bus: EventBus;
  readonly actor: Actor;
  readonly requestId: string;
  readonly visiblePartnerIds: string[] | null;
  /** The manager of the open transaction, or the plain one outside a transaction. */
  em: EntityManager;
  private pending: DomainEvent[] | null = null;
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  /** Per-request scratch space for the gateway (idempotency, audit). */
  readonly extras = new Map<string, unknown>();

  constructor(options: RequestContextOptions) {
    this.db = options.db;
    this.clock = options.clock;
    this.bus = options.bus;
    this.actor = options.actor;
    this.requestId = options.requestId ?? newId();
    this.em = options.db.manager;
    this.visiblePartnerIds =
      options.visiblePartnerIds !== undefined
        ? options.visiblePartnerIds
        : options.actor.role === Role.PARTNER
          ? [options.actor.partnerId ?? '']
          : null;
  }

  /** A context for work the system does itself (CLI, scheduled sweeps, event reactions). */
  static system(db: Database, clock: Clock, bus: EventBus, requestId?: string): RequestContext {
    return new RequestContext({ db, clock, bus, actor: SYSTEM_ACTOR, requestId });
  }

  now(): Date {
    return this.clock.now();
  }

  get isStaff(): boolean {
    return STAFF.includes(this.actor.role);
  }

  hasRole(...roles: Role[]): boolean {
    return roles.includes(this.actor.role);
  }

  /** The single partner a PARTNER key is bound to, or null for every other role. */
  get ownPartnerId(): string | null {
    return this.actor.role === Role.PARTNER ? this.actor.partnerId : null;
  }

  canSeePartner(partnerId: string | null | undefined): boolean {
    if (this.visiblePartnerIds === null) return true;
    return partnerId != null && this.visiblePartnerIds.includes(partnerId);
  }

  /** Another partner's record is reported as not found, so ids do not leak what exists. */
  assertCanSeePartner(partnerId: string | null | undefined, what: string, id?: string): void {
    if (!this.canSeePartner(partnerId)) throw new NotFoundError(what, id);
  }

  /** Writes on behalf of a partner: staff, or the partner itself. Integrations are read-only. */
  assertCanActForPartner(partnerId: string, what: string, id?: string): void {
    if (this.actor.role === Role.INTEGRATION) throw new ForbiddenError('integration keys are read-only');
    this.assertCanSeePartner(partnerId, what, id);
  }

  assertRole(...roles: Role[]): void {
    if (!roles.includes(this.actor.role)) {
      throw new ForbiddenError(`requires one of the roles ${roles.join(', ')}`);
    }
  }

  get inTransaction(): boolean {
    return this.pending !== null;
  }

  /**
   * Runs `work` in one transaction on this context's manager. Nested calls join the
   * open transaction, so a use case spanning several domains commits or rolls back as one.
   * Events raised inside are published after the outermost commit.
   */
  async transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.pending) return work(this.em);
    const outer = this.em;
    const events: DomainEvent[] = [];
    this.pending = events;
    // Rows loaded before this unit of work may be about to change.
    this.loaders.clear();
    let result: T;
    try {
      result = await this.db.transaction(async (em) => {
        this.em = em;
        return work(em);
      });
    } finally {
      this.em = outer;
      this.pending = null;
    }
    // Loaders may hold rows read before the commit.
    this.loaders.clear();
    await this.bus.publish(events);
    return result;
  }

  /**
   * Raises an event: recorded in the open transaction (outbox) and published after it commits.
   * Outside a transaction it is recorded in one of its own, then published.
   */
  async publish(event: DomainEvent): Promise<void> {
    if (this.pending) {
      await this.bus.record(this.em, event);
      this.pending.push(event);
    } else {
      await this.transaction(async (em) => {
        await this.bus.record(em, event);
        this.pending?.push(event);
      });
    }
  }

  /** A DataLoader created once per context, so nested fields load in batches, not row by row. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Groups rows by a key, in the order of `keys`, for DataLoader batch functions. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}

/** One row per key (or null), in the order of `keys`. */
export function indexBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? null);
}
