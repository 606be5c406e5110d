import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';

/** The request hooks a combined plugin passes on: each returns nothing, so they can run side by side. */
const COMBINED_HOOKS = ['didResolveSource', 'didResolveOperation', 'didEncounterErrors', 'willSendResponse'] as const;
type CombinedHook = (typeof COMBINED_HOOKS)[number];

/**
 * The gateway's own Apollo plugins as one: Apollo runs every hook of a request once per
 * listener (an async call and a Promise.all slot each, hooks a listener lacks included), so
 * four listeners cost four times what one does on every request. The combined listener calls,
 * for each hook, only the plugins that define it, all of them started before any is awaited
 * (as Apollo does), failing as the first of them fails. Only plugins made of `requestDidStart` whose
 * listeners use the hooks above can be combined; anything else is refused when it is seen.
 */
export function combinePlugins<TContext extends BaseContext>(plugins: ApolloServerPlugin<TContext>[]): ApolloServerPlugin<TContext> {
  for (const plugin of plugins) {
    const other = Object.keys(plugin).filter((key) => key !== 'requestDidStart');
    if (other.length) throw new Error(`combinePlugins: a plugin with ${other.join(', ')} must be given to Apollo on its own`);
  }
  return {
    async requestDidStart(requestContext) {
      const listeners = (await Promise.all(plugins.map(async (plugin) => plugin.requestDidStart?.(requestContext)))).filter(
        (listener): listener is GraphQLRequestListener<TContext> => Boolean(listener),
      );
      const combined: GraphQLRequestListener<TContext> = {};
      for (const listener of listeners) {
        const unsupported = Object.keys(listener).filter((key) => !(COMBINED_HOOKS as readonly string[]).includes(key));
        if (unsupported.length) throw new Error(`combinePlugins: the request hook ${unsupported.join(', ')} cannot be combined`);
      }
      for (const hook of COMBINED_HOOKS) {
        const defining = listeners.filter((listener) => listener[hook]);
        if (defining.length === 1) (combined as Record<CombinedHook, unknown>)[hook] = defining[0][hook]!.bind(defining[0]);
        else if (defining.length > 1) (combined as Record<CombinedHook, unknown>)[hook] = (context: never) => allOf(defining, hook, context);
      }
      return combined;
    },
  };
}

/** Calls `hook` of every listener (each starts before any is awaited), failing as the first of them fails. */
async function allOf<TContext extends BaseContext>(listeners: GraphQLRequestListener<TContext>[], hook: CombinedHook, context: never): Promise<void> {
  await Promise.all(listeners.map((listener) => (listener[hook] as (context: never) => Promise<void>).call(listener, context)));
}
