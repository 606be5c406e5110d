import { AsyncLocalStorage } from 'node:async_hooks';
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

/** One open unit of work: its transaction's manager, its events and its instant. */
interface UnitOfWork {
  owner: object;
  em: EntityManager;
  events: DomainEvent[];
  at: Date;
  parent: UnitOfWork | undefined;
}

/**
 * Open units of work belong to the async call chain that opened them, not to the context
 * object: two concurrent chains on one context (parallel lanes of a job, Promise.all in a
 * resolver) each see their own transaction, or none, and can never run inside, commit or
 * release another's.
 */
const units = new AsyncLocalStorage<UnitOfWork>();

let openUnitOf: <T>(ctx: RequestContext, work: (em: EntityManager) => Promise<T>) => Promise<T>;

/**
 * The one way to open a unit of work: runs `work` in one transaction of `ctx` that commits
 * when it resolves and rolls back whole when it throws. Events raised inside are published
 * after the commit. Called inside an open unit of the same context (same async call chain),
 * it joins it, so a use case spanning several domains commits or rolls back as one;
 * concurrent chains each get their own.
 *
 * Callers open it: the mutation runner, the reaction and job runners, a CLI or import, or a
 * package user calling a service directly. Services and port calls never open one; they work
 * in the caller's (`ctx.em`).
 */
export function runUnitOfWork<T>(ctx: RequestContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return openUnitOf(ctx, work);
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
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly shownOnce = new Set<string>();
  /**
   * Who owns this context's units of work. Apollo hands resolvers a shallow copy of the
   * context; the copy shares this object, so both see the same open unit.
   */
  private readonly identity = {};
  /** Per-request values the gateway keeps beside the request (the operation that ran, for metrics). */
  readonly extras = new Map<string, unknown>();

  constructor(options: RequestContextOptions) {
    this.db = options.db;
    this.clock = options.clock;
    this.bus = options.bus;
    this.actor = options.actor;
    this.requestId = options.requestId ?? newId();
    this.visiblePartnerIds =
      options.visiblePartnerIds !== undefined ? options.visiblePartnerIds : options.actor.role === Role.PARTNER ? [options.actor.partnerId ?? ''] : null;
  }

  /** A context for work the system does itself (CLI, scheduled sweeps, event reactions). */
  static system(db: Database, clock: Clock, bus: EventBus, requestId?: string): RequestContext {
    return new RequestContext({ db, clock, bus, actor: SYSTEM_ACTOR, requestId });
  }

  /** This context's unit of work open in the current async call chain, if any. */
  private unit(): UnitOfWork | undefined {
    for (let unit = units.getStore(); unit; unit = unit.parent) if (unit.owner === this.identity) return unit;
    return undefined;
  }

  /** The manager of the transaction open in this call chain, or the plain one outside a transaction. */
  get em(): EntityManager {
    return this.unit()?.em ?? this.db.manager;
  }

  /**
   * The current instant. Inside a unit of work it is the instant the unit began, read once,
   * so every date one unit of work stamps or computes agrees (a case opened at T is due at
   * T + its response time, exactly). Outside a unit it reads the clock.
   */
  now(): Date {
    const unit = this.unit();
    return unit ? new Date(unit.at.getTime()) : this.clock.now();
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

  /** Whether this call chain has a unit of work (transaction) of this context open. */
  get inTransaction(): boolean {
    return this.unit() !== undefined;
  }

  /** Opens (or joins) this context's unit of work; reached only through `runUnitOfWork`. */
  private async openUnit<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const open = this.unit();
    if (open) return work(open.em);
    const events: DomainEvent[] = [];
    // Rows loaded before this unit of work may be about to change.
    this.loaders.clear();
    const parent = units.getStore();
    const result = await this.db.transaction((em) => units.run({ owner: this.identity, em, events, at: this.clock.now(), parent }, () => work(em)));
    // Loaders may hold rows read before the commit.
    this.loaders.clear();
    await this.bus.publish(events);
    return result;
  }

  static {
    openUnitOf = (ctx, work) => ctx.openUnit(work);
  }

  /**
   * Raises an event: recorded in the caller's unit of work (outbox) and published after it
   * commits. Raising one outside a unit of work is a programming error: nothing would commit
   * the change and its event together.
   */
  async publish(event: DomainEvent): Promise<void> {
    const open = this.unit();
    if (!open) throw new Error(`event ${event.type} raised outside a unit of work: run the operation through runUnitOfWork(ctx, ...)`);
    await this.bus.record(open.em, event, open.at);
    open.events.push(event);
  }

  /**
   * Marks a secret this request shows its caller once (a new API key, a webhook signing
   * secret). Whatever keeps a copy of the response (the Idempotency-Key store) drops these
   * values, so the secret exists only in the response that created it.
   */
  revealOnce(secret: string): string {
    this.shownOnce.add(secret);
    return secret;
  }

  /** The secrets this request has shown once (see `revealOnce`). */
  get revealedSecrets(): ReadonlySet<string> {
    return this.shownOnce;
  }

  /**
   * Drops the rows this request's loaders hold, once its response is out. The gateway keeps a
   * request's context beside the request until the connection reads its next one; without
   * this its rows would outlive two young-generation collections and be promoted, and the
   * old-generation collections that follow cost more than the rows' reading did.
   */
  releaseLoaded(): void {
    this.loaders.clear();
  }

  /**
   * The loader `name` of this context, made from a batch function of the context and keys (for
   * loaders defined once at module level: no closure or name is built per call).
   */
  loaderFor<K, V>(name: string, batch: (ctx: RequestContext, keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): RequestLoader<K, V> {
    let loader = this.loaders.get(name) as RequestLoader<K, V> | undefined;
    if (!loader) {
      loader = new RequestLoader<K, V>((keys) => batch(this, keys));
      this.loaders.set(name, loader as RequestLoader<unknown, unknown>);
    }
    return loader;
  }

  /** A DataLoader created once per context, so nested fields load in batches, not row by row. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): RequestLoader<K, V> {
    return this.loaderFor<K, V>(name, (_ctx, keys) => batch(keys));
  }
}

/** A value, or the promise of one: what a loader gives when it may already hold the answer. */
export type Maybe<T> = T | Promise<T>;

/** Applies `next` to a value now, or when its promise resolves: no promise where none is needed. */
export function maybeThen<T, R>(value: Maybe<T>, next: (resolved: T) => Maybe<R>): Maybe<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/**
 * A request's DataLoader that also remembers what its batches returned, so `get` answers a key
 * already loaded synchronously. A page of fifty partners asks for each partner's memberships
 * several times (its `tapActive`, each enrollment's `state`): after the first batch every
 * further ask is a Map read, not a promise, and the compiled execution walks the page without
 * waiting between fields.
 */
export class RequestLoader<K, V> extends DataLoader<K, V> {
  private readonly known: Map<K, V>;
  private readonly remembered: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>;

  constructor(batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>) {
    const known = new Map<K, V>();
    const remembered = async (keys: readonly K[]) => {
      const values = await batch(keys);
      values.forEach((value, index) => {
        if (!(value instanceof Error)) known.set(keys[index], value);
      });
      return values;
    };
    super(remembered, { maxBatchSize: RequestLoader.MAX_BATCH });
    this.known = known;
    this.remembered = remembered;
  }

  /** Keys per batch statement. */
  static readonly MAX_BATCH = 500;

  /** The value of `key`: at once when a batch already loaded it, else through the next batch. */
  get(key: K): Maybe<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }

  /**
   * Loads every key of `keys` not yet known, in batches of at most `MAX_BATCH`; resolves when
   * all are known (a key whose batch gave an error is left to `get` to ask again). It calls the
   * batch function itself, not DataLoader's per-key promises: a page preloads fifty keys or
   * more, and each of those promises would cost more than reading its row.
   */
  async preload(keys: readonly K[]): Promise<void> {
    const missing = [...new Set(keys.filter((key) => !this.known.has(key)))];
    for (let start = 0; start < missing.length; start += RequestLoader.MAX_BATCH) {
      await this.remembered(missing.slice(start, start + RequestLoader.MAX_BATCH));
    }
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
