import type { RequestContext } from './context';
import type { DomainEvent, EventBus, EventLog } from './events';
import type { PeriodicJob } from './jobs';
import type { MigrationSet } from './migrations';
import type { NodeType } from './node';
import type { NoticeRule } from './notices';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ClassRef = Function;

/** A reaction to another domain's event; runs after that event's commit, in its own transaction. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reaction = (ctx: RequestContext, event: DomainEvent<any>) => Promise<unknown>;

/** Reactions to one publisher's events, typed by its event map: the payload type comes from the publisher. */
export type ReactionsTo<M> = { [K in keyof M & string]?: (ctx: RequestContext, event: DomainEvent<M[K]> & { type: K }) => Promise<unknown> };

/**
 * Declares reactions to a publisher's events, checked against its event map:
 * `reactions<FeesEventMap>({ 'fees.payment_received': (ctx, event) => ... })`.
 */
export function reactions<M extends object>(handlers: ReactionsTo<M>): Record<string, Reaction> {
  const out: Record<string, Reaction> = {};
  for (const [type, handler] of Object.entries(handlers)) if (handler) out[type] = handler as Reaction;
  return out;
}

/** Background work a long-running host starts with the server and stops on close (webhook delivery). */
export interface ModuleWorker {
  start(contextFor: () => RequestContext, log: EventLog): void;
  stop(): Promise<void>;
}

/**
 * Everything a domain package declares; the host composes a list of them. It builds one
 * DataSource from all modules' entities (and runs their migrations), one schema from all
 * their resolvers, subscribes their reactions, runs their periodic jobs and notice rules,
 * and starts their workers. Adding a domain is adding its module to the list.
 */
export interface DomainModule {
  name: string;
  /** What other domains and package users may call (the API of the package's contracts entry). */
  api?: object;
  entities: ClassRef[];
  resolvers: ClassRef[];
  /**
   * Resolver instances built around this module's services (resolvers whose constructor
   * takes a service). Resolvers not listed here are constructed without arguments.
   */
  resolverInstances?: object[];
  /** Stable codes this domain returns in `userErrors`, with what each means. */
  errorCodes: Record<string, string>;
  /** Read scopes an INTEGRATION key may carry for this domain, with what each opens. */
  scopes?: Record<string, string>;
  /** Event type → reaction: how this domain reacts to events other domains publish. */
  reactions?: Record<string, Reaction>;
  /**
   * The record types `node(id:)` and `nodes(ids:)` read, each with the readers and partner
   * rules of its own queries. Each implements the `Node` interface.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  nodes?: NodeType<any>[];
  /** Dated obligations this domain contributes to the notice sweep (NOT-1). */
  noticeRules?: NoticeRule[];
  /** Periodic work (housekeeping), run by stage: see `runJobs`. */
  jobs?: PeriodicJob[];
  /** This module's schema migrations, when it ships its own. */
  migrations?: MigrationSet;
  /** Called once with the host's event bus (the notice outbox records every event in its transaction). */
  attach?(bus: EventBus): void;
  /** Background work of a long-running host. */
  worker?: ModuleWorker;
}
