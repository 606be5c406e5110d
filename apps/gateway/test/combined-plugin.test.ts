import type { BaseContext, GraphQLRequestListener } from '@apollo/server';
import { combinePlugins, GatewayPlugin } from '../src/combined-plugin';

/**
 * The gateway's own Apollo plugins run as one listener (fewer hook calls per request); what
 * each plugin sees must not change: every plugin's hook runs, once, and a failure, thrown or
 * rejected, still reaches Apollo.
 */
describe('combinePlugins: the gateway plugins as one Apollo listener', () => {
  const requestContext = {} as never;
  type Listener = GraphQLRequestListener<BaseContext>;

  async function listenerOf(plugins: GatewayPlugin<BaseContext>[]): Promise<Listener> {
    return (await combinePlugins(plugins).requestDidStart!(requestContext)) as Listener;
  }

  it('calls each hook of every plugin that defines it, once, and offers Apollo only the hooks some plugin defines', async () => {
    const calls: string[] = [];
    const plugin =
      (name: string, hooks: ('didResolveOperation' | 'didEncounterErrors' | 'willSendResponse')[], started: string[]): GatewayPlugin<BaseContext> =>
      () => {
        started.push(name);
        return Object.fromEntries(hooks.map((hook) => [hook, () => void calls.push(`${name}.${hook}`)]));
      };
    const started: string[] = [];
    const listener = await listenerOf([
      plugin('a', ['didResolveOperation', 'willSendResponse'], started),
      plugin('b', ['willSendResponse'], started),
      plugin('c', ['didEncounterErrors'], started),
    ]);
    expect(started).toEqual(['a', 'b', 'c']);
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
      () => ({
        didResolveOperation() {
          throw refusal;
        },
      }),
      () => ({
        didResolveOperation() {
          ran.push('operation name recorded');
        },
      }),
    ]);
    await expect(listener.didResolveOperation!(requestContext)).rejects.toBe(refusal);
    expect(ran).toEqual(['operation name recorded']);
  });

  it('a hook that returns a promise is waited for, and its rejection fails the combined hook', async () => {
    const written: string[] = [];
    const failure = new Error('audit write failed');
    const waited = await listenerOf([
      () => ({
        willSendResponse: async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          written.push('audit rows');
        },
      }),
      () => ({ willSendResponse: () => void written.push('metrics') }),
    ]);
    await waited.willSendResponse!(requestContext);
    expect(written).toEqual(['metrics', 'audit rows']);
    const rejecting = await listenerOf([() => ({ willSendResponse: () => Promise.reject(failure) })]);
    await expect(rejecting.willSendResponse!(requestContext)).rejects.toBe(failure);
  });
});
