import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { combinePlugins } from '../src/combined-plugin';

/**
 * The gateway's own Apollo plugins run as one listener (fewer hook calls per request); what
 * each plugin sees must not change: every plugin's hook runs, a failure still reaches Apollo,
 * and a plugin the combination cannot carry is refused rather than silently dropped.
 */
describe('combinePlugins: the gateway plugins as one Apollo listener', () => {
  const requestContext = {} as never;
  type Listener = GraphQLRequestListener<BaseContext>;

  async function listenerOf(plugins: ApolloServerPlugin[]): Promise<Listener> {
    return (await combinePlugins(plugins).requestDidStart!(requestContext)) as Listener;
  }

  it('calls each hook of every plugin that defines it, once, and only the hooks some plugin defines', async () => {
    const calls: string[] = [];
    const plugin = (name: string, hooks: (keyof Listener)[]): ApolloServerPlugin => ({
      async requestDidStart() {
        return Object.fromEntries(hooks.map((hook) => [hook, async () => void calls.push(`${name}.${hook}`)]));
      },
    });
    const listener = await listenerOf([
      plugin('a', ['didResolveOperation', 'willSendResponse']),
      plugin('b', ['willSendResponse']),
      plugin('c', ['didEncounterErrors']),
    ]);
    expect(Object.keys(listener).sort()).toEqual(['didEncounterErrors', 'didResolveOperation', 'willSendResponse']);
    await listener.didResolveOperation!(requestContext);
    await listener.willSendResponse!(requestContext);
    await listener.didEncounterErrors!(requestContext);
    expect(calls).toEqual(['a.didResolveOperation', 'a.willSendResponse', 'b.willSendResponse', 'c.didEncounterErrors']);
  });

  it('a hook that throws fails the combined hook with its error, and the other plugins still ran', async () => {
    const ran: string[] = [];
    const refusal = new Error('first must not be greater than 100');
    const listener = await listenerOf([
      {
        async requestDidStart() {
          return {
            async didResolveOperation() {
              throw refusal;
            },
          };
        },
      },
      {
        async requestDidStart() {
          return {
            async didResolveOperation() {
              ran.push('operation name recorded');
            },
          };
        },
      },
    ]);
    await expect(listener.didResolveOperation!(requestContext)).rejects.toBe(refusal);
    expect(ran).toEqual(['operation name recorded']);
  });

  it('refuses a plugin with server hooks, and a listener with a hook it cannot combine', async () => {
    expect(() => combinePlugins([{ async serverWillStart() {} }])).toThrow(/serverWillStart must be given to Apollo on its own/);
    const withExecution: ApolloServerPlugin = {
      async requestDidStart() {
        return { async executionDidStart() {} };
      },
    };
    await expect(listenerOf([withExecution])).rejects.toThrow(/the request hook executionDidStart cannot be combined/);
  });
});
