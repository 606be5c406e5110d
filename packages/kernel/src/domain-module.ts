import type { RequestContext } from './context';
import type { DomainEvent } from './events';
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

/**
 * What a domain package hands the gateway: the gateway builds one DataSource from all
 * modules' entities and one schema from all their resolvers, and wires their ports.
 */
export interface DomainModule {
  name: string;
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
  /** Dated obligations this domain contributes to the notice sweep (NOT-1). */
  noticeRules?: NoticeRule[];
}
