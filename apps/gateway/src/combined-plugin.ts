import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContext,
  GraphQLRequestContextDidEncounterErrors,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';

/**
 * What one of the gateway's own plugins does in a request: plain functions, returning a
 * promise only when they have something to wait for (the audit's write).
 */
export interface GatewayRequestHooks<TContext extends BaseContext> {
  didResolveOperation?(requestContext: GraphQLRequestContextDidResolveOperation<TContext>): void | Promise<void>;
  didEncounterErrors?(requestContext: GraphQLRequestContextDidEncounterErrors<TContext>): void | Promise<void>;
  willSendResponse?(requestContext: GraphQLRequestContextWillSendResponse<TContext>): void | Promise<void>;
}

/** One of the gateway's own plugins: its hooks for a request that starts. */
export type GatewayPlugin<TContext extends BaseContext> = (requestContext: GraphQLRequestContext<TContext>) => GatewayRequestHooks<TContext>;

const HOOKS = ['didResolveOperation', 'didEncounterErrors', 'willSendResponse'] as const;
type HookName = (typeof HOOKS)[number];

/**
 * The gateway's own plugins as one Apollo plugin. Apollo calls every hook of a request once
 * per listener, each an async call and a Promise.all slot (hooks a listener lacks included),
 * so four listeners cost four times what one does on every request. The combined listener
 * calls, for each hook, only the plugins that define it, all of them even when one fails (as
 * Apollo does), waits only for the promises some of them return, and then fails as the first
 * of them failed.
 */
export function combinePlugins<TContext extends BaseContext>(plugins: GatewayPlugin<TContext>[]): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(requestContext) {
      const all = plugins.map((plugin) => plugin(requestContext));
      const listener: GraphQLRequestListener<TContext> = {};
      for (const name of HOOKS) {
        const defining = all.filter((hooks) => hooks[name] !== undefined);
        if (defining.length) (listener as Record<HookName, unknown>)[name] = (context: never) => runAll(defining, name, context);
      }
      return listener;
    },
  };
}

async function runAll<TContext extends BaseContext>(all: GatewayRequestHooks<TContext>[], name: HookName, context: never): Promise<void> {
  let pending: Promise<void>[] | null = null;
  let failed = false;
  let failure: unknown;
  for (const hooks of all) {
    try {
      const result = (hooks[name] as (context: never) => void | Promise<void>).call(hooks, context);
      if (result) (pending ??= []).push(result);
    } catch (error) {
      if (!failed) [failed, failure] = [true, error];
    }
  }
  if (pending) {
    const outcomes = await Promise.allSettled(pending);
    const rejected = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (rejected && !failed) [failed, failure] = [true, rejected.reason];
  }
  if (failed) throw failure;
}
