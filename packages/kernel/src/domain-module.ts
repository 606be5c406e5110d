import type { RequestContext } from './context';
import type { DomainEvent } from './events';
import type { NoticeRule } from './notices';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ClassRef = Function;

/** A reaction to another domain's event; runs after that event's commit, in its own transaction. */
export type Reaction = (ctx: RequestContext, event: DomainEvent) => Promise<void>;

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
